/**
 * The counter dialog for an IC-card deposit moving (PRK-3): the amount in large type, so the
 * cashier says the same figure the ledger books, then how it is paid and the paper
 * receipt's number. Issuing and returning a card differ only in words and the card-number
 * field, which the caller passes as children.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Col, Flex, Form, Input, Modal, Radio, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { formatYuan } from '../tickets/money.ts';
import { PAY_METHODS, type MoneyMovement } from './api.ts';

export type CardMoneyValues = MoneyMovement & { cardNo: string };

interface Props {
  open: boolean;
  title: string;
  amountLabel: string;
  /** undefined while the price is still loading. */
  amountFen: number | undefined;
  hint: string;
  methodLabel: string;
  okText: string;
  /** Prefix of the dialog's test ids. */
  testId: string;
  children?: ReactNode;
  onSubmit(values: CardMoneyValues): Promise<void>;
  onClose(): void;
}

export function CardMoneyModal({
  open,
  title,
  amountLabel,
  amountFen,
  hint,
  methodLabel,
  okText,
  testId,
  children,
  onSubmit,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const report = useErrorReporter();
  const [form] = Form.useForm<CardMoneyValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Errors and values of the previous card must not show on this one.
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (v: CardMoneyValues) => {
    setBusy(true);
    try {
      await onSubmit({ ...v, cardNo: (v.cardNo ?? '').trim(), receiptNo: v.receiptNo.trim() });
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      confirmLoading={busy}
      width={480}
      forceRender
      okButtonProps={{ 'data-testid': `${testId}-submit` } as Record<string, string>}
    >
      <Flex
        justify="space-between"
        align="center"
        style={{
          padding: '10px 14px',
          margin: '8px 0',
          background: token.colorFillQuaternary,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <Typography.Text>{amountLabel}</Typography.Text>
        <Typography.Text
          strong
          style={{ fontSize: 22, fontVariantNumeric: 'tabular-nums' }}
          data-testid={`${testId}-amount`}
        >
          {amountFen === undefined ? '—' : formatYuan(amountFen)}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        {hint}
      </Typography.Paragraph>
      <Form<CardMoneyValues>
        form={form}
        name={testId}
        layout="vertical"
        initialValues={{ cardNo: '', method: 'cash', receiptNo: '' }}
        onFinish={(v) => void submit(v)}
      >
        {children}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="method"
              label={methodLabel}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Radio.Group
                optionType="button"
                options={PAY_METHODS.map((m) => ({ value: m, label: t(`billing.method.${m}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="receiptNo" label={t('parkingRentals.card.receiptNo')} rules={[required]}>
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
