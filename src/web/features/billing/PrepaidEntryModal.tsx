/**
 * A top-up taken at the counter (with method and receipt number) or the usage a prepaid
 * meter reports (FEE-5). When the balance falls below the alert level the server records a
 * low-balance notice; the cashier is told at once so the owner can be called.
 */
import { useEffect, useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { useProject } from '../../app/project.tsx';
import { formatYuan, yuanToFen } from '../tickets/money.ts';
import { PAY_METHODS, type PayMethod } from './api.ts';
import { forForm } from './form-errors.ts';
import type { billingSetupZh } from './messages.setup.zh.ts';
import { useSetupWrites, type PrepaidMeterRow } from './setup-api.ts';

export type PrepaidEntryKind = 'top_up' | 'usage';

interface Values {
  amountYuan?: number;
  method?: PayMethod;
  receiptNo?: string;
}

export function PrepaidEntryModal({
  meter,
  kind,
  onClose,
}: {
  meter: PrepaidMeterRow | null;
  kind: PrepaidEntryKind;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useSetupWrites(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const topUp = kind === 'top_up';

  useEffect(() => {
    if (!meter) return;
    form.resetFields();
    form.setFieldsValue({ method: 'cash' });
  }, [meter, kind, form]);

  const submit = async (v: Values) => {
    if (!meter) return;
    setBusy(true);
    try {
      const s = await writes.recordPrepaidEntry(meter.prepaidMeterId, {
        kind,
        amountFen: yuanToFen(v.amountYuan ?? 0),
        ...(topUp && { method: v.method, receiptNo: v.receiptNo?.trim() }),
      });
      const params = {
        meterNo: s.meterNo,
        balance: formatYuan(s.balanceFen),
        threshold: formatYuan(s.thresholdFen),
      };
      if (s.noticeCreated) message.warning(t('billing.setup.pp.entry.lowNotice', params), 8);
      else message.success(t('billing.setup.pp.entry.saved', params));
      onClose();
    } catch (err) {
      report(forForm(err, { rename: { amountFen: 'amountYuan' } }), { form });
    } finally {
      setBusy(false);
    }
  };

  const e = (key: keyof typeof billingSetupZh.pp.entry) => t(`billing.setup.pp.entry.${key}`);
  return (
    <Modal
      open={meter !== null}
      title={
        meter
          ? topUp
            ? t('billing.setup.pp.entry.topUpTitle', { meterNo: meter.meterNo })
            : t('billing.setup.pp.entry.usageTitle', { meterNo: meter.meterNo })
          : ''
      }
      onCancel={onClose}
      footer={null}
      forceRender
      width={480}
    >
      {meter ? (
        <Typography.Paragraph type="secondary">
          {t('billing.setup.pp.entry.summary', {
            unit: meter.unitCode,
            customer: meter.customerName,
            balance: formatYuan(meter.balanceFen),
            threshold: formatYuan(meter.thresholdFen),
          })}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        name="prepaidEntry"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="amountYuan"
          label={e(topUp ? 'amount' : 'usageAmount')}
          extra={topUp ? undefined : e('usageHint')}
          rules={[
            { required: true, message: t('billing.money.amountRequired') },
            { type: 'number', min: 0.01, message: t('billing.money.amountPositive') },
          ]}
        >
          <InputNumber<number> precision={2} step={10} prefix="¥" style={{ width: 200 }} autoFocus />
        </Form.Item>
        {topUp ? (
          <>
            <Form.Item name="method" label={t('billing.money.method')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={PAY_METHODS.map((m) => ({ value: m, label: t(`billing.method.${m}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="receiptNo"
              label={t('billing.money.receiptNoLabel')}
              extra={t('billing.money.receiptHint')}
              rules={[{ required: true, whitespace: true, message: t('billing.money.receiptRequired') }]}
            >
              <Input maxLength={40} style={{ width: 240 }} />
            </Form.Item>
          </>
        ) : null}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="prepaid-entry-submit">
            {topUp ? t('billing.setup.pp.topUp') : t('billing.setup.pp.usage')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
