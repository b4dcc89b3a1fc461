/**
 * One unit: its facts, an edit form for what the property structure owns (number, areas,
 * use, note) and the status history. The status itself is not editable here: it changes
 * only through the handover, renovation, move-in/out and transfer workflows (PRP-2).
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnit, usePropertyWrites } from './api.ts';
import { unitStatusColour } from './status.ts';
import { UNIT_USES } from '../../../server/modules/properties/rules.ts';
import { AreaInput } from '../../components/AreaInput.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useEnumOptions, useLabel } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { useFormatTime } from '../../app/time.ts';
import type { UnitDetail } from '../../app/types.ts';

interface UnitValues {
  code: string;
  buildingAreaM2: number;
  innerAreaM2: number;
  use: string;
  note: string;
}

function StatusTag({ status }: { status: string }) {
  const label = useLabel();
  const c = unitStatusColour(status);
  return (
    <Tag
      style={{ background: c.soft, borderColor: c.solid, color: '#1f1f1f', marginInlineEnd: 0 }}
      data-testid="unit-status"
    >
      {label('unitStatus', status)}
    </Tag>
  );
}

function UnitForm({ projectId, unit }: { projectId: string; unit: UnitDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = usePropertyWrites(projectId);
  const [form] = Form.useForm<UnitValues>();
  const [busy, setBusy] = useState(false);

  // A newer version (own save, another clerk's save via live events) refreshes the form.
  useEffect(() => {
    form.setFieldsValue({
      code: unit.code,
      buildingAreaM2: unit.buildingAreaM2,
      innerAreaM2: unit.innerAreaM2,
      use: unit.use,
      note: unit.note,
    });
  }, [form, unit.unitId, unit.version]);

  const save = async (v: UnitValues) => {
    setBusy(true);
    try {
      await writes.updateUnit(unit.unitId, {
        version: unit.version,
        code: v.code.trim(),
        buildingAreaM2: v.buildingAreaM2,
        innerAreaM2: v.innerAreaM2,
        use: v.use,
        note: v.note ?? '',
      });
      message.success(t('common.saved'));
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<UnitValues>
      form={form}
      layout="vertical"
      size="middle"
      onFinish={(v) => void save(v)}
      requiredMark={false}
      data-testid="unit-form"
    >
      <Flex gap={12}>
        <Form.Item
          name="code"
          label={t('properties.unitCode')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          style={{ flex: 1 }}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="use" label={t('properties.use')} style={{ flex: 1 }}>
          <Select options={enumOptions('unitUse', UNIT_USES)} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item
          name="buildingAreaM2"
          label={t('properties.buildingArea')}
          rules={[{ required: true, message: t('common.required') }]}
          style={{ flex: 1 }}
        >
          <AreaInput data-testid="unit-building-area" />
        </Form.Item>
        <Form.Item
          name="innerAreaM2"
          label={t('properties.innerArea')}
          rules={[{ required: true, message: t('common.required') }]}
          style={{ flex: 1 }}
        >
          <AreaInput />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('properties.note')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="unit-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

function History({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const fmt = useFormatTime();
  if (unit.statusHistory.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('properties.noHistory')} />;
  // Newest first: the question at the counter is usually "since when".
  const entries = [...unit.statusHistory].reverse();
  return (
    <Timeline
      data-testid="unit-history"
      items={entries.map((h, i) => ({
        key: `${h.at}-${i}`,
        color: unitStatusColour(h.toStatus).solid,
        title: fmt(h.at),
        content: (
          <Flex vertical gap={2}>
            <span>
              {h.fromStatus ? (
                <>
                  {label('unitStatus', h.fromStatus)} → <strong>{label('unitStatus', h.toStatus)}</strong>
                </>
              ) : (
                <strong>{label('unitStatus', h.toStatus)}</strong>
              )}
              <Typography.Text type="secondary"> · {label('workflow', h.workflow)}</Typography.Text>
            </span>
            {h.reason || h.actorName ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[h.reason, h.actorName].filter(Boolean).join(' · ')}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}

export function UnitDrawer({
  projectId,
  unitId,
  canManage,
  onClose,
}: {
  projectId: string;
  unitId: string | null;
  canManage: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const unit = useUnit(projectId, unitId);
  const u = unit.data;
  return (
    <Drawer
      open={!!unitId}
      onClose={onClose}
      size={480}
      destroyOnHidden
      title={
        u ? (
          <Flex gap={8} align="center">
            <span data-testid="unit-drawer-title">{u.code}</span>
            <StatusTag status={u.status} />
          </Flex>
        ) : (
          t('properties.unit')
        )
      }
    >
      {unit.isPending ? (
        <Skeleton active />
      ) : unit.isError ? (
        <LoadFailed error={unit.error} onRetry={() => void unit.refetch()} />
      ) : u ? (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'b', label: t('properties.building'), children: u.buildingName, span: 2 },
              { key: 'f', label: t('properties.floor'), children: u.floor < 0 ? `B${-u.floor}` : u.floor },
              { key: 'use', label: t('properties.use'), children: label('unitUse', u.use) },
              {
                key: 'ba',
                label: t('properties.buildingArea'),
                children: `${u.buildingAreaM2} ${t('common.m2')}`,
              },
              { key: 'ia', label: t('properties.innerArea'), children: `${u.innerAreaM2} ${t('common.m2')}` },
              { key: 's', label: t('properties.status'), children: <StatusTag status={u.status} />, span: 2 },
            ]}
          />
          <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('properties.statusViaWorkflow')} />
          {canManage ? (
            <>
              <Divider titlePlacement="start" style={{ marginTop: 16 }}>
                {t('properties.editUnit')}
              </Divider>
              <UnitForm projectId={projectId} unit={u} />
            </>
          ) : u.note ? (
            <Typography.Paragraph style={{ marginTop: 12 }}>{u.note}</Typography.Paragraph>
          ) : null}
          <Divider titlePlacement="start">{t('properties.statusHistory')}</Divider>
          <History unit={u} />
        </>
      ) : null}
    </Drawer>
  );
}
