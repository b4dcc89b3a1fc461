/**
 * The cashier asks for a reversal of an entry or a deduction on a bill (FEE-6/ORG-2). Only a
 * request: a CS manager or project manager approves it before anything is booked, so the
 * bill and what is owed stay as they are meanwhile.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, InputNumber, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { validValues } from '../../app/forms.ts';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { formatYuan, yuanToFen } from '../tickets/money.ts';
import { useBillingWrites, type EntryDto } from './api.ts';
import { forForm } from './form-errors.ts';

export type AdjustmentTarget =
  | { kind: 'reversal'; entry: EntryDto }
  | { kind: 'deduction'; bill: { billId: string; unitCode: string; period: string; outstandingFen: number } };

interface FormValues {
  amountYuan?: number;
  reason: string;
}

export function RequestAdjustmentModal({
  target,
  onClose,
}: {
  target: AdjustmentTarget | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const time = useFormatTime();
  const writes = useBillingWrites(projectId);
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  const submit = async () => {
    const v = await validValues(form);
    if (!v || !target) return;
    setBusy(true);
    try {
      if (target.kind === 'reversal') await writes.requestReversal(target.entry.entryId, v.reason.trim());
      else await writes.requestDeduction(target.bill.billId, yuanToFen(v.amountYuan ?? 0), v.reason.trim());
      message.success(t('billing.adjust.requested'));
      onClose();
    } catch (err) {
      report(forForm(err, { rename: { amountFen: 'amountYuan' } }), { form });
    } finally {
      setBusy(false);
    }
  };

  const summary =
    target?.kind === 'reversal'
      ? t('billing.adjust.reversalOf', {
          when: time(target.entry.at),
          kind: t(`billing.entryKind.${target.entry.kind}`),
          amount: formatYuan(target.entry.amountFen),
        })
      : target
        ? t('billing.adjust.deductionOn', {
            unit: target.bill.unitCode,
            period: target.bill.period,
            outstanding: formatYuan(target.bill.outstandingFen),
          })
        : '';

  return (
    <Modal
      open={target !== null}
      title={
        target?.kind === 'reversal'
          ? t('billing.adjust.requestReversal')
          : t('billing.adjust.requestDeduction')
      }
      okText={t('billing.adjust.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'adjust-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph strong data-testid="adjust-summary">
        {summary}
      </Typography.Paragraph>
      <Alert type="info" showIcon title={t('billing.adjust.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="adjust" requiredMark={false} onFinish={() => void submit()}>
        {target?.kind === 'deduction' ? (
          <Form.Item
            name="amountYuan"
            label={t('billing.adjust.amount')}
            rules={[
              { required: true, message: t('billing.money.amountRequired') },
              { type: 'number', min: 0.01, message: t('billing.money.amountPositive') },
              {
                type: 'number',
                max: target.bill.outstandingFen / 100,
                message: t('billing.money.amountMax', { max: formatYuan(target.bill.outstandingFen) }),
              },
            ]}
          >
            <InputNumber<number> style={{ width: 200 }} precision={2} step={1} prefix="¥" autoFocus />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('billing.adjust.reason')}
          rules={[{ required: true, whitespace: true, message: t('billing.adjust.reasonRequired') }]}
        >
          <Input maxLength={200} autoFocus={target?.kind === 'reversal'} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
