/**
 * One bill: every line and how it was worked out, every entry booked against it, and the
 * reversals and deductions asked for on it (FEE-6/ORG-2) — asked for from here, decided by a
 * second person.
 */
import { useState } from 'react';
import { Button, Descriptions, Drawer, Flex, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import { printUrls, useBill, type BillDto } from './api.ts';
import { AdjustmentsTable } from './AdjustmentsTable.tsx';
import { EntriesTable } from './EntriesTable.tsx';
import { RequestAdjustmentModal, type AdjustmentTarget } from './RequestAdjustmentModal.tsx';

export function BillDrawer({
  billId,
  onClose,
  onPay,
}: {
  billId: string | null;
  onClose(): void;
  onPay(bill: BillDto): void;
}) {
  const { t, i18n } = useTranslation();
  const { projectId, can } = useProject();
  const bill = useBill(projectId, billId);
  const b = bill.data;
  const [asking, setAsking] = useState<AdjustmentTarget | null>(null);
  const canAsk = can('billing.adjust');
  return (
    <Drawer
      open={billId !== null}
      onClose={onClose}
      size={720}
      title={
        b ? t('billing.detail.title', { unit: b.unitCode, period: b.period }) : t('billing.detail.loading')
      }
      extra={
        b ? (
          <Flex gap={8}>
            <Button
              icon={<PrinterOutlined />}
              href={printUrls.bills(projectId, { period: b.period, billId: b.billId }, i18n.language)}
              target="_blank"
            >
              {t('billing.bills.printOne')}
            </Button>
            {canAsk && b.outstandingFen > 0 ? (
              <Button
                onClick={() => setAsking({ kind: 'deduction', bill: b })}
                data-testid="request-deduction"
              >
                {t('billing.adjust.requestDeduction')}
              </Button>
            ) : null}
            {can('billing.collect') && b.outstandingFen > 0 ? (
              <Button type="primary" onClick={() => onPay(b)}>
                {t('billing.pay.title')}
              </Button>
            ) : null}
          </Flex>
        ) : null
      }
    >
      {bill.isError ? <LoadFailed error={bill.error} onRetry={() => void bill.refetch()} /> : null}
      {b ? (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('billing.col.customer')} span={2}>
              {b.customerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('billing.col.dueDate')}>{b.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('billing.col.total')}>{formatYuan(b.totalFen)}</Descriptions.Item>
            <Descriptions.Item label={t('billing.col.paid')}>
              {formatYuan(b.totalFen - b.outstandingFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('billing.col.outstanding')}>
              <Typography.Text strong type={b.outstandingFen > 0 ? 'danger' : 'success'}>
                {formatYuan(b.outstandingFen)}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Table<BillDto['lines'][number]>
            size="small"
            rowKey="lineNo"
            pagination={false}
            dataSource={b.lines}
            data-testid="bill-lines"
            columns={[
              { title: t('billing.detail.item'), dataIndex: 'description' },
              { title: t('billing.detail.basis'), dataIndex: 'quantity' },
              {
                title: t('billing.entry.amount'),
                dataIndex: 'amountFen',
                align: 'right',
                width: 130,
                render: (v: number) => formatYuan(v),
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <strong>{t('billing.col.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <strong>{formatYuan(b.totalFen)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('billing.detail.entries')}
          </Typography.Title>
          <EntriesTable
            entries={b.entries}
            testId="bill-entries"
            onReverse={canAsk ? (entry) => setAsking({ kind: 'reversal', entry }) : undefined}
          />
          {b.adjustments.length ? (
            <>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('billing.adjust.onBill')}
              </Typography.Title>
              <AdjustmentsTable rows={b.adjustments} testId="bill-adjustments" />
            </>
          ) : null}
        </Flex>
      ) : null}
      <RequestAdjustmentModal target={asking} onClose={() => setAsking(null)} />
    </Drawer>
  );
}
