/**
 * 登记预付费电表 (FEE-5): the meter number, who pays for it and the balance below which the
 * owner is told. The payer is found like any customer; the unit is then one of the units
 * that customer owns or rents, since the server takes prepaid money only from those.
 */
import { useEffect, useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { useLabel } from '../../app/labels.ts';
import { useProject } from '../../app/project.tsx';
import { yuanToFen } from '../tickets/money.ts';
import type { CustomerDto } from './api.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { forForm } from './form-errors.ts';
import type { billingSetupZh } from './messages.setup.zh.ts';
import { useSetupWrites } from './setup-api.ts';

interface Values {
  meterNo: string;
  customerId?: string;
  unitId?: string;
  thresholdYuan?: number;
}

const PAYER_RELATIONS = ['owner', 'tenant'];

/** The picker works with whole customers; the form keeps only the id the API takes. */
function PayerField({
  customer,
  onPick,
  onChange,
}: {
  customer: CustomerDto | null;
  onPick(c: CustomerDto | null): void;
  value?: string;
  onChange?(id: string | undefined): void;
}) {
  return (
    <CustomerPicker
      value={customer}
      onChange={(c) => {
        onPick(c);
        onChange?.(c?.customerId);
      }}
    />
  );
}

export function PrepaidMeterModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useSetupWrites(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [customer, setCustomer] = useState<CustomerDto | null>(null);
  const units = (customer?.units ?? []).filter((u) => PAYER_RELATIONS.includes(u.relation));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setCustomer(null);
  }, [open, form]);

  const pick = (c: CustomerDto | null) => {
    setCustomer(c);
    const eligible = (c?.units ?? []).filter((u) => PAYER_RELATIONS.includes(u.relation));
    // One office rented: nothing to choose.
    form.setFieldValue('unitId', eligible.length === 1 ? eligible[0]!.unitId : undefined);
  };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const m = await writes.createPrepaidMeter({
        meterNo: v.meterNo.trim(),
        customerId: v.customerId!,
        unitId: v.unitId!,
        thresholdFen: yuanToFen(v.thresholdYuan ?? 0),
      });
      message.success(t('billing.setup.pp.form.created', { meterNo: m.meterNo }));
      onClose();
    } catch (err) {
      report(forForm(err, { rename: { thresholdFen: 'thresholdYuan' }, duplicateOn: 'meterNo' }), { form });
    } finally {
      setBusy(false);
    }
  };

  const f = (key: keyof typeof billingSetupZh.pp.form) => t(`billing.setup.pp.form.${key}`);
  return (
    <Modal open={open} title={f('title')} onCancel={onClose} footer={null} forceRender width={520}>
      <Form<Values>
        form={form}
        name="prepaid"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="meterNo"
          label={f('meterNo')}
          rules={[{ required: true, whitespace: true, message: f('meterNoRequired') }]}
        >
          <Input maxLength={40} style={{ width: 240 }} autoFocus />
        </Form.Item>
        <Form.Item
          name="customerId"
          label={f('customer')}
          rules={[{ required: true, message: f('customerRequired') }]}
        >
          <PayerField customer={customer} onPick={pick} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={f('unit')}
          rules={[{ required: true, message: f('unitRequired') }]}
          help={customer && units.length === 0 ? f('noUnits') : undefined}
          validateStatus={customer && units.length === 0 ? 'warning' : undefined}
        >
          <Select
            style={{ width: 240 }}
            disabled={!customer}
            placeholder={f('unitPlaceholder')}
            options={units.map((u) => ({
              value: u.unitId,
              label: t('desk.unitRelation', { unit: u.code, relation: label('unitRelation', u.relation) }),
            }))}
            data-testid="prepaid-unit"
          />
        </Form.Item>
        <Form.Item
          name="thresholdYuan"
          label={f('threshold')}
          extra={f('thresholdHint')}
          rules={[{ required: true, message: t('billing.money.amountRequired') }]}
        >
          <InputNumber<number> min={0} precision={2} step={10} prefix="¥" style={{ width: 200 }} />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="prepaid-submit">
            {f('submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
