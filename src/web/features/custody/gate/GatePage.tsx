/**
 * 门岗放行 (REL-5): the guard types the number on the pass the customer hands in, sees the
 * carrier, the items and the signatures — or in red why the pass is not valid (used, expired,
 * refused…) — and lets the items out once.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { documentUrl, passApi, type PassAtGate, type PassDto } from '../api.ts';
import { signerRole } from '../passes/pass-labels.ts';

export default function GatePage() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [number, setNumber] = useState('');
  const [seen, setSeen] = useState<PassAtGate | null>(null);
  const [missing, setMissing] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  const check = async (n: string) => {
    const typed = n.trim();
    if (!typed) return;
    setBusy(true);
    setMissing('');
    try {
      setSeen(await passApi.atGate(projectId, typed));
    } catch (err) {
      setSeen(null);
      if (err instanceof ApiError && err.status === 404) setMissing(typed.toUpperCase());
      else report(err);
    } finally {
      setBusy(false);
    }
  };
  const release = async () => {
    if (!seen?.pass.number) return;
    setBusy(true);
    try {
      await passApi.release(projectId, seen.pass.number, note.trim());
      message.success(t('custody.gate.released', { number: seen.pass.number }));
      setNote('');
      setSeen(await passApi.atGate(projectId, seen.pass.number));
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <PageHeader title={t('custody.gate.title')} subtitle={t('custody.gate.hint')} />
      <Input.Search
        size="large"
        autoFocus
        enterButton={t('custody.gate.check')}
        placeholder={t('custody.gate.placeholder')}
        value={number}
        loading={busy}
        onChange={(e) => setNumber(e.target.value)}
        onSearch={(v) => void check(v)}
        style={{ fontSize: 22 }}
        data-testid="gate-number"
      />
      {missing ? (
        <Alert
          type="error"
          showIcon
          title={t('custody.gate.notFound', { number: missing })}
          data-testid="gate-not-found"
        />
      ) : null}
      {seen ? (
        <GateResult
          seen={seen}
          busy={busy}
          note={note}
          onNote={setNote}
          onRelease={() => void release()}
          projectId={projectId}
        />
      ) : null}
    </Flex>
  );
}

function GateResult({
  seen,
  busy,
  note,
  onNote,
  onRelease,
  projectId,
}: {
  seen: PassAtGate;
  busy: boolean;
  note: string;
  onNote(v: string): void;
  onRelease(): void;
  projectId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  const p: PassDto = seen.pass;
  const valid = seen.verdict === 'valid';
  const why =
    seen.verdict === 'used'
      ? t('custody.gate.usedLine', { at: fmt(p.checkedAt ?? ''), by: p.checkedByName ?? '' })
      : seen.verdict === 'expired'
        ? t('custody.gate.validOn', { day: p.validOn ?? '' })
        : seen.verdict === 'refused'
          ? t(`custody.enums.refusal.${p.refusal as 'arrears'}`)
          : undefined;
  return (
    <Card data-testid="gate-result">
      <Flex vertical gap={16}>
        <Alert
          type={valid ? 'success' : 'error'}
          showIcon
          data-testid="gate-verdict"
          title={
            <span
              style={{ fontSize: 20 }}
            >{`${p.number ?? ''} · ${t(`custody.enums.verdict.${seen.verdict}`)}`}</span>
          }
          description={why ?? (valid ? t('custody.gate.validOn', { day: p.validOn ?? '' }) : undefined)}
        />
        <Descriptions size="small" bordered column={2}>
          <Descriptions.Item label={t('custody.gate.unit')}>
            {p.unitCode} {p.buildingName}
          </Descriptions.Item>
          <Descriptions.Item label={t('custody.gate.purpose')}>
            {t(`custody.enums.purpose.${p.purpose}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('custody.gate.carrier')} span={2}>
            {t('custody.gate.carrierLine', {
              name: p.carrierName,
              type: t(`custody.enums.carrierType.${p.carrierType}`),
            })}
            {p.carrierIdMasked ? ` · ${p.carrierIdMasked}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('custody.gate.call')} span={2}>
            {p.call
              ? `${p.call.name} · ${fmt(p.call.at)} · ${t(`custody.enums.answer.${p.call.answer}`)}`
              : t('custody.wizard.callNotNeeded')}
          </Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={p.items}
          data-testid="gate-items"
          columns={[
            {
              title: t('custody.wizard.itemCategory'),
              dataIndex: 'category',
              width: 140,
              render: (c: PassDto['items'][number]['category']) => t(`custody.enums.category.${c}`),
            },
            { title: t('custody.wizard.itemName'), dataIndex: 'name' },
            { title: t('custody.wizard.itemQuantity'), dataIndex: 'quantity', width: 90, align: 'right' },
          ]}
        />
        <Flex gap={16} wrap data-testid="gate-signatures">
          {p.signatures.map((s) => (
            <Flex key={s.purpose} vertical align="center" gap={4}>
              {s.method === 'pad' ? (
                <img
                  src={documentUrl(projectId, s.documentId)}
                  alt={s.signerName}
                  style={{ height: 48, border: '1px solid #f0f0f0' }}
                />
              ) : null}
              <Typography.Text type="secondary">
                {t('custody.gate.signerLine', {
                  role: t(`custody.enums.signer.${signerRole(s.purpose)}`),
                  name: s.signerName,
                })}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
        {valid ? (
          <Flex gap={12} align="center">
            <Input
              value={note}
              onChange={(e) => onNote(e.target.value)}
              placeholder={t('custody.gate.note')}
              maxLength={200}
              style={{ maxWidth: 360 }}
            />
            <Button
              type="primary"
              size="large"
              loading={busy}
              onClick={onRelease}
              data-testid="gate-release"
              style={{ minWidth: 160 }}
            >
              {t('custody.gate.release')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
