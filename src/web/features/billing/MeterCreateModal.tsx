/**
 * 新建表具 (FEE-1, price.manage): a meter of one unit, or the building's shared-area meter
 * (公摊) whose consumption is split over the units by area. The meter number is suggested
 * from the unit as the demo's meters are numbered (E-1-405), until the user types their own.
 */
import { useEffect, useRef, useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { useProject } from '../../app/project.tsx';
import type { Building } from '../../app/types.ts';
import { useFloors } from '../properties/api.ts';
import { forForm } from './form-errors.ts';
import { useSetupWrites, type MeterKind } from './setup-api.ts';

const KINDS: MeterKind[] = ['electricity', 'water', 'gas'];
/** Meter numbers start with the kind's letter: E-1-405, W-1-405. */
const PREFIX: Record<MeterKind, string> = { electricity: 'E', water: 'W', gas: 'G' };
const SHARED_SUFFIX = '公摊';

interface Values {
  kind: MeterKind;
  place: 'unit' | 'shared';
  unitId?: string;
  code: string;
}

export function MeterCreateModal({
  open,
  building,
  onClose,
}: {
  open: boolean;
  building: Building;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useSetupWrites(projectId);
  const floors = useFloors(projectId, open ? building.buildingId : null);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const typedCode = useRef(false);
  const place = Form.useWatch('place', form);
  const units = (floors.data?.floors ?? []).flatMap((f) => f.units);

  // A fresh form on every opening: the last meter's values and a hand-typed number must not carry over.
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    typedCode.current = false;
  }, [open, form]);

  const suggestCode = (v: Values) => {
    const unit = units.find((u) => u.unitId === v.unitId);
    if (v.place === 'shared') return `${PREFIX[v.kind]}-${building.code}-${SHARED_SUFFIX}`;
    return unit ? `${PREFIX[v.kind]}-${unit.code}` : '';
  };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const body =
        v.place === 'unit'
          ? { code: v.code.trim(), kind: v.kind, unitId: v.unitId }
          : { code: v.code.trim(), kind: v.kind, buildingId: building.buildingId };
      const m = await writes.createMeter(body);
      message.success(t('billing.setup.meter.created', { code: m.code }));
      onClose();
    } catch (err) {
      report(forForm(err, { duplicateOn: 'code' }), { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('billing.setup.meter.title')}
      onCancel={onClose}
      footer={null}
      forceRender
      width={520}
    >
      <Form<Values>
        form={form}
        name="meter"
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: 'electricity', place: 'unit', code: '' }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>, all) => {
          // The suggestion follows kind, scope and unit until the user types a number of their own
          // (only typing reaches here with `code`; setFieldValue does not call onValuesChange).
          if ('code' in changed) typedCode.current = !!changed.code;
          else if (!typedCode.current) form.setFieldValue('code', suggestCode(all));
        }}
      >
        <Form.Item label={t('billing.setup.meter.building')}>
          <Typography.Text strong>{building.name}</Typography.Text>
        </Form.Item>
        <Form.Item name="kind" label={t('billing.setup.meter.kind')}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((k) => ({ value: k, label: t(`billing.setup.meterKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('billing.setup.meter.place')}
          extra={place === 'shared' ? t('billing.setup.meter.sharedHint') : undefined}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'unit', label: t('billing.setup.meter.unitMeter') },
              { value: 'shared', label: t('billing.setup.meter.sharedMeter') },
            ]}
          />
        </Form.Item>
        {place === 'unit' ? (
          <Form.Item
            name="unitId"
            label={t('billing.setup.meter.unit')}
            rules={[{ required: true, message: t('billing.setup.meter.unitRequired') }]}
          >
            <Select
              placeholder={t('billing.setup.meter.unitPlaceholder')}
              loading={floors.isPending}
              options={units.map((u) => ({ value: u.unitId, label: u.code }))}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="meter-unit"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="code"
          label={t('billing.setup.meter.code')}
          extra={t('billing.setup.meter.codeHint')}
          rules={[{ required: true, whitespace: true, message: t('billing.setup.meter.codeRequired') }]}
        >
          <Input maxLength={40} style={{ width: 260 }} />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="meter-submit">
            {t('common.create')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
