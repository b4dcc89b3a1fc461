/**
 * One key: where it is, who keeps it, who may collect it; what can be done with it now
 * (hand over KEY-2, viewing KEY-3, borrowing and irregular requests KEY-4, return, lost);
 * its requests with their approvals, and its log — every movement with the signatures.
 */
import { useState } from 'react';
import { Button, Descriptions, Drawer, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useKey, type KeyDetailDto } from '../api.ts';
import { KEY_STATE_COLOUR } from './key-labels.ts';
import { KeyActionModal, type KeyAction } from './KeyActionModal.tsx';
import { KeyRequests } from './KeyRequests.tsx';

const ACTION_BUTTONS: {
  action: Exclude<KeyAction, 'lend'>;
  when: KeyDetailDto['actions'][number];
  primary?: boolean;
  danger?: boolean;
}[] = [
  { action: 'issue', when: 'issue', primary: true },
  { action: 'view', when: 'view' },
  { action: 'borrow', when: 'borrow' },
  { action: 'ownerCollect', when: 'issue' },
  { action: 'return', when: 'return', primary: true },
  { action: 'lose', when: 'lose', danger: true },
];

export function KeyDrawer({ keyId, onClose }: { keyId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const key = useKey(projectId, keyId);
  const k = key.data;
  const [modal, setModal] = useState<{ action: KeyAction; requestId?: string; customerId?: string } | null>(
    null,
  );
  return (
    <Drawer
      open={keyId !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={k ? t('custody.keys.detailTitle', { number: k.number }) : ''}
      data-testid="key-drawer"
    >
      {key.isError ? (
        <LoadFailed error={key.error} onRetry={() => void key.refetch()} />
      ) : k ? (
        <Flex vertical gap={16}>
          <KeyFacts k={k} />
          <Flex gap={8} wrap>
            {ACTION_BUTTONS.filter((b) => k.actions.includes(b.when)).map((b) => (
              <Button
                key={b.action}
                type={b.primary ? 'primary' : 'default'}
                danger={b.danger}
                onClick={() => setModal({ action: b.action })}
                data-testid={`key-action-${b.action}`}
              >
                {t(`custody.keys.actions.${b.action}`)}
              </Button>
            ))}
          </Flex>
          {k.requests.length ? (
            <KeyRequests
              k={k}
              onLend={(requestId) => setModal({ action: 'lend', requestId })}
              onCollect={(requestId, customerId) => setModal({ action: 'issue', requestId, customerId })}
            />
          ) : null}
          <KeyLog k={k} />
          <KeyActionModal k={k} modal={modal} onClose={() => setModal(null)} />
        </Flex>
      ) : null}
    </Drawer>
  );
}

function KeyFacts({ k }: { k: KeyDetailDto }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Descriptions size="small" bordered column={2}>
      <Descriptions.Item label={t('custody.keys.col.unit')}>
        {k.unitCode} <Typography.Text type="secondary">{label('unitStatus', k.unitStatus)}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.col.slot')}>{k.cabinetSlot}</Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.col.kind')}>
        {t(`custody.enums.keyKind.${k.kind}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.col.state')}>
        <Tag color={KEY_STATE_COLOUR[k.state]} data-testid="key-state">
          {t(`custody.enums.keyState.${k.state}`)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.holder')}>
        {k.holderName || t('custody.keys.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.keeper')}>{k.keeperName}</Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.entrustedBy')}>
        {k.entrustedBy?.name ?? t('custody.keys.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('custody.keys.entrusted')}>
        {k.entrusted.map((e) => e.name).join('、') || t('custody.keys.none')}
      </Descriptions.Item>
    </Descriptions>
  );
}

function KeyLog({ k }: { k: KeyDetailDto }) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  const detail = (d: Record<string, unknown>) =>
    [
      d.cabinetSlot ? `${t('custody.keys.col.slot')} ${String(d.cabinetSlot)}` : '',
      d.viewerName ? t('custody.keys.viewerLine', { name: String(d.viewerName) }) : '',
      d.dueAt ? t('custody.keys.dueLine', { at: fmt(String(d.dueAt)) }) : '',
      d.attributedTo ? t('custody.keys.lostAttributed', { name: String(d.attributedTo) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <div>
      <Typography.Title level={5}>{t('custody.keys.movements')}</Typography.Title>
      <Timeline
        data-testid="key-log"
        items={[...k.movements].reverse().map((m) => ({
          color: m.kind === 'lost' ? 'red' : m.kind === 'issued' ? 'green' : 'blue',
          content: (
            <Flex vertical>
              <Typography.Text strong>
                {t('custody.keys.movementLine', {
                  kind: t(`custody.enums.movement.${m.kind as 'issued'}`),
                  person: m.personName || '—',
                })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {fmt(m.at)} · {t('custody.keys.by', { name: m.actorName ?? '' })}
                {m.idNumberMasked ? ` · ${m.idNumberMasked}` : ''}
                {m.signatures.length ? ` · ${t('custody.keys.signed')}` : ''}
              </Typography.Text>
              {detail(m.detail) ? (
                <Typography.Text type="secondary">{detail(m.detail)}</Typography.Text>
              ) : null}
              {m.note ? <Typography.Text type="secondary">{m.note}</Typography.Text> : null}
            </Flex>
          ),
        }))}
      />
    </div>
  );
}
