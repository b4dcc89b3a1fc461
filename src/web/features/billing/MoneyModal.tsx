/**
 * Every movement of money at the counter — a bill payment, a prepayment, a deposit taken
 * or paid back — is the same form: amount in 元, method, the receipt number from the
 * receipt book, a note. Once saved the modal offers the receipt to print, since the
 * customer is standing at the counter waiting for it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Result } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { validValues } from '../../app/forms.ts';
import { useProject } from '../../app/project.tsx';
import { formatYuan, yuanToFen } from '../tickets/money.ts';
import { PAY_METHODS, printUrls, type EntryDto, type PayMethod } from './api.ts';

export interface MoneyValues {
  amountFen: number;
  method: PayMethod;
  receiptNo: string;
  note: string;
}

interface FormValues {
  amountYuan: number;
  method: PayMethod;
  receiptNo: string;
  note?: string;
}

export function MoneyModal(props: {
  open: boolean;
  title: string;
  /** What the money is for, shown above the form (bill, unit, what is held…). */
  summary: ReactNode;
  defaultFen?: number;
  maxFen?: number;
  noteRequired?: boolean;
  /** Extra fields (e.g. the unit or the deposit kind) rendered inside the same form. */
  extra?: ReactNode;
  submitLabel: string;
  onSubmit(values: MoneyValues, extra: Record<string, unknown>): Promise<EntryDto>;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<EntryDto | null>(null);

  useEffect(() => {
    if (!props.open) return;
    setSaved(null);
    form.resetFields();
    form.setFieldsValue({
      amountYuan: props.defaultFen ? props.defaultFen / 100 : undefined,
      method: 'cash',
    });
  }, [props.open, props.defaultFen, form]);

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const { amountYuan, method, receiptNo, note, ...extra } = v as FormValues & Record<string, unknown>;
    setBusy(true);
    try {
      const entry = await props.onSubmit(
        { amountFen: yuanToFen(amountYuan), method, receiptNo: receiptNo.trim(), note: note?.trim() ?? '' },
        extra,
      );
      message.success(
        t('billing.money.saved', {
          amount: formatYuan(Math.abs(entry.amountFen)),
          receipt: entry.receiptNo ?? '',
        }),
      );
      setSaved(entry);
    } catch (err) {
      report(err, { form: fieldsAsBody(form) });
    } finally {
      setBusy(false);
    }
  };

  const printReceipt = () =>
    saved && window.open(printUrls.receipt(projectId, saved.entryId, i18n.language), '_blank', 'noopener');

  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      destroyOnHidden
      width={520}
      footer={
        saved ? (
          <Flex justify="end" gap={8}>
            <Button onClick={props.onClose}>{t('billing.money.close')}</Button>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={printReceipt}
              data-testid="print-receipt"
            >
              {t('billing.money.printReceipt')}
            </Button>
          </Flex>
        ) : (
          <Flex justify="end" gap={8}>
            <Button onClick={props.onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="money-submit">
              {props.submitLabel}
            </Button>
          </Flex>
        )
      }
    >
      {saved ? (
        <Result
          status="success"
          title={t('billing.money.done', { amount: formatYuan(Math.abs(saved.amountFen)) })}
          subTitle={t('billing.money.receiptNo', { receipt: saved.receiptNo ?? '' })}
        />
      ) : (
        <>
          <div style={{ marginBottom: 12 }}>{props.summary}</div>
          <Form
            form={form}
            layout="vertical"
            name="money"
            onFinish={() => void submit()}
            requiredMark={false}
          >
            {props.extra}
            <Form.Item
              name="amountYuan"
              label={t('billing.money.amount')}
              rules={[
                { required: true, message: t('billing.money.amountRequired') },
                { type: 'number', min: 0.01, message: t('billing.money.amountPositive') },
                ...(props.maxFen !== undefined
                  ? [
                      {
                        type: 'number' as const,
                        max: props.maxFen / 100,
                        message: t('billing.money.amountMax', { max: formatYuan(props.maxFen) }),
                      },
                    ]
                  : []),
              ]}
            >
              <InputNumber<number> style={{ width: 200 }} precision={2} step={1} prefix="¥" autoFocus />
            </Form.Item>
            <Form.Item name="method" label={t('billing.money.method')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={PAY_METHODS.map((m) => ({ value: m, label: t(`billing.method.${m}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="receiptNo"
              label={t('billing.money.receiptNoLabel')}
              rules={[{ required: true, whitespace: true, message: t('billing.money.receiptRequired') }]}
              extra={t('billing.money.receiptHint')}
            >
              <Input maxLength={40} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item
              name="note"
              label={t('billing.money.note')}
              rules={
                props.noteRequired
                  ? [{ required: true, whitespace: true, message: t('billing.money.noteRequired') }]
                  : []
              }
            >
              <Input maxLength={200} />
            </Form.Item>
            <button type="submit" hidden />
          </Form>
        </>
      )}
    </Modal>
  );
}

/**
 * The API names amounts `amountFen`; the form's field is `amountYuan`. Server problems on
 * amountFen are shown on the yuan field.
 */
function fieldsAsBody(form: ReturnType<typeof Form.useForm<FormValues>>[0]) {
  return {
    ...form,
    getFieldsValue: (...args: unknown[]) => ({
      ...(form.getFieldsValue as (...a: unknown[]) => object)(...args),
      amountFen: 0,
    }),
    setFields: (fields: Parameters<typeof form.setFields>[0]) =>
      form.setFields(
        fields.map((f) =>
          Array.isArray(f.name) && (f.name as unknown[])[0] === 'amountFen'
            ? { ...f, name: ['amountYuan'] }
            : f,
        ),
      ),
  } as typeof form;
}
