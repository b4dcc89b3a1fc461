/**
 * HND-3: what the owner pays — six months of the monthly fees from today, and the period —
 * and, for the cashier, taking it with the receipt number. Anyone else sees that the
 * cashier is next; a project with no management fee sees why nothing can be computed.
 */
import { Alert, Descriptions, Flex, Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { formatYuan } from '../../tickets/money.ts';
import { useFeesQuote, useStep, type HandoverDto, type PrepaymentQuote } from '../api.ts';
import { StepForm } from '../StepForm.tsx';

interface Values {
  method: 'cash' | 'transfer' | 'card';
  receiptNo: string;
}

function QuoteTable({ quote }: { quote: PrepaymentQuote }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('occupancy.handover.fees.period')}>
          <span data-testid="fees-period">
            {quote.from} ~ {quote.to}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('occupancy.handover.fees.total')}>
          <strong data-testid="fees-total">{formatYuan(quote.totalFen)}</strong>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={quote.lines}
        columns={[
          { title: t('occupancy.handover.fees.item'), dataIndex: 'name' },
          {
            title: t('occupancy.handover.fees.monthly'),
            dataIndex: 'monthlyFen',
            align: 'right',
            render: (v: number) => formatYuan(v),
          },
          {
            title: t('occupancy.handover.fees.sixMonths'),
            dataIndex: 'totalFen',
            align: 'right',
            render: (v: number) => formatYuan(v),
          },
        ]}
      />
    </Flex>
  );
}

export function FeesStep({ h }: { h: HandoverDto }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const [form] = Form.useForm<Values>();
  const quote = useFeesQuote(projectId, h.handoverId);
  const step = useStep(projectId, 'handovers', h.handoverId);
  if (quote.isError)
    return (
      <Alert
        type="error"
        showIcon
        message={t('occupancy.handover.fees.noFee')}
        description={(quote.error as Error).message}
        data-testid="fees-error"
      />
    );
  if (!quote.data) return null;
  const q = quote.data;
  if (!can('billing.collect')) {
    return (
      <>
        <Alert
          type="info"
          showIcon
          message={t('occupancy.handover.stepHint.fees')}
          style={{ marginBottom: 16 }}
        />
        <QuoteTable quote={q} />
        <Alert
          type="warning"
          showIcon
          message={t('occupancy.common.waitingFor', { who: t('occupancy.common.cashier') })}
          description={t('occupancy.handover.fees.waiting')}
          data-testid="fees-waiting"
        />
      </>
    );
  }
  return (
    <StepForm<Values>
      form={form}
      testId="step-fees"
      hint={t('occupancy.handover.stepHint.fees')}
      submitLabel={t('occupancy.handover.fees.submit', { amount: formatYuan(q.totalFen) })}
      initialValues={{ method: 'cash' }}
      onSubmit={(v) =>
        step.mutateAsync({
          step: 'fees',
          body: { amountFen: q.totalFen, method: v.method, receiptNo: v.receiptNo },
        })
      }
    >
      <QuoteTable quote={q} />
      <Flex gap={16} wrap>
        <Form.Item name="method" label={t('occupancy.handover.fees.method')}>
          <Select
            style={{ width: 160 }}
            options={(['cash', 'transfer', 'card'] as const).map((m) => ({
              value: m,
              label: t(`billing.method.${m}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="receiptNo"
          label={t('occupancy.handover.fees.receiptNo')}
          rules={[{ required: true, message: t('occupancy.common.required') }]}
        >
          <Input style={{ width: 200 }} maxLength={40} data-testid="fees-receipt" />
        </Form.Item>
      </Flex>
    </StepForm>
  );
}
