/**
 * A customer's account at the counter (FEE-6, HND-3): what they owe and hold as of any day,
 * the open bills to pay, the units they pay for, their deposits, and every entry. From here
 * the cashier takes a prepayment (e.g. six months at handover), a deposit, or pays one back.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Select, Statistic, Table, Tag, Typography, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import {
  useAccounts,
  useBillingWrites,
  useDeposits,
  useStatement,
  type CustomerDto,
  type DepositRow,
  type Owed,
} from './api.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { AdjustmentsTable } from './AdjustmentsTable.tsx';
import { EntriesTable } from './EntriesTable.tsx';
import { RequestAdjustmentModal, type AdjustmentTarget } from './RequestAdjustmentModal.tsx';
import { MoneyModal } from './MoneyModal.tsx';
import { PaymentModal, type PayableBill } from './PaymentModal.tsx';

type Dialog = { kind: 'prepay' } | { kind: 'deposit' } | { kind: 'refund'; deposit: DepositRow } | null;
const DEPOSIT_KINDS: DepositRow['kind'][] = ['management', 'renovation', 'ic_card'];

export function AccountTab() {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const writes = useBillingWrites(projectId);
  const [customer, setCustomer] = useState<CustomerDto | null>(null);
  const [asOf, setAsOf] = useState<string | undefined>();
  const id = customer?.customerId ?? null;
  const statement = useStatement(projectId, id, asOf);
  const accounts = useAccounts(projectId, id);
  const deposits = useDeposits(projectId, id);
  const [paying, setPaying] = useState<PayableBill | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [asking, setAsking] = useState<AdjustmentTarget | null>(null);
  const s = statement.data;
  const units = (accounts.data ?? []).filter((a) => a.endDay === null);
  const unitCode = (unitId: string | null) =>
    (accounts.data ?? []).find((a) => a.unitId === unitId)?.unitCode ??
    customer?.units.find((u) => u.unitId === unitId)?.code ??
    '';
  const canCollect = can('billing.collect');
  const unitOptions = (customer?.units ?? []).map((u) => ({ value: u.unitId, label: u.code }));

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} wrap align="center">
          <CustomerPicker value={customer} onChange={setCustomer} />
          <DatePicker
            placeholder={t('billing.account.asOfToday')}
            value={asOf ? dayjs(asOf) : null}
            onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : undefined)}
          />
        </Flex>
        {customer && canCollect ? (
          <Flex gap={8}>
            <Button
              onClick={() => setDialog({ kind: 'prepay' })}
              disabled={units.length === 0}
              data-testid="prepay"
            >
              {t('billing.account.prepay')}
            </Button>
            <Button onClick={() => setDialog({ kind: 'deposit' })} data-testid="take-deposit">
              {t('billing.account.takeDeposit')}
            </Button>
          </Flex>
        ) : null}
      </Flex>

      {!customer ? <Empty description={t('billing.account.pickFirst')} /> : null}
      {statement.isError ? (
        <LoadFailed error={statement.error} onRetry={() => void statement.refetch()} />
      ) : null}
      {s ? (
        <>
          <Flex gap={12} wrap>
            <Balance label={t('billing.account.owed')} fen={s.owedFen} danger testId="owed" />
            <Balance label={t('billing.account.overdue')} fen={s.overdueFen} danger />
            <Balance label={t('billing.account.credit')} fen={s.creditFen} />
            <Card size="small" style={{ minWidth: 220 }}>
              <Typography.Text type="secondary">{t('billing.account.pays')}</Typography.Text>
              <div>
                {units.length
                  ? units.map((a) => (
                      <Tag key={a.accountId}>
                        {t('billing.account.since', { unit: a.unitCode, from: a.startDay })}
                      </Tag>
                    ))
                  : t('billing.account.paysNothing')}
              </div>
            </Card>
          </Flex>
          <Card size="small" title={t('billing.account.openBills')}>
            <Table<Owed['bills'][number]>
              size="small"
              rowKey="billId"
              pagination={false}
              dataSource={s.bills}
              locale={{ emptyText: t('billing.account.noOpenBills') }}
              data-testid="open-bills"
              columns={[
                { title: t('billing.col.period'), dataIndex: 'period', width: 100 },
                {
                  title: t('billing.col.unit'),
                  dataIndex: 'unitId',
                  width: 100,
                  render: (u: string) => unitCode(u),
                },
                {
                  title: t('billing.col.total'),
                  dataIndex: 'totalFen',
                  align: 'right',
                  render: (v: number) => formatYuan(v),
                },
                {
                  title: t('billing.col.outstanding'),
                  dataIndex: 'outstandingFen',
                  align: 'right',
                  render: (v: number) => <strong>{formatYuan(v)}</strong>,
                },
                {
                  title: t('billing.col.dueDate'),
                  dataIndex: 'dueDate',
                  width: 110,
                  render: (d: string, b) =>
                    b.overdue ? (
                      <Tag color="red">
                        {t('billing.state.overdue')} {d}
                      </Tag>
                    ) : (
                      d
                    ),
                },
                {
                  title: '',
                  key: 'pay',
                  width: 80,
                  render: (_: unknown, b) =>
                    canCollect ? (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() =>
                          setPaying({ ...b, customerName: customer!.name, unitCode: unitCode(b.unitId) })
                        }
                      >
                        {t('billing.pay.short')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('billing.account.deposits')}>
            <Table<DepositRow>
              size="small"
              rowKey="depositId"
              pagination={false}
              dataSource={deposits.data ?? []}
              locale={{ emptyText: t('billing.account.noDeposits') }}
              data-testid="deposits"
              columns={[
                {
                  title: t('billing.account.depositKind'),
                  dataIndex: 'kind',
                  render: (k: DepositRow['kind']) => t(`billing.depositKind.${k}`),
                },
                {
                  title: t('billing.col.unit'),
                  dataIndex: 'unitId',
                  render: (u: string | null) => unitCode(u),
                },
                {
                  title: t('billing.account.held'),
                  dataIndex: 'heldFen',
                  align: 'right',
                  render: (v: number) => formatYuan(v),
                },
                {
                  title: '',
                  key: 'refund',
                  width: 100,
                  render: (_: unknown, d) =>
                    canCollect && d.heldFen > 0 ? (
                      <Button size="small" onClick={() => setDialog({ kind: 'refund', deposit: d })}>
                        {t('billing.account.refundDeposit')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('billing.account.entries')} styles={{ body: { padding: 0 } }}>
            <EntriesTable
              entries={[...s.entries].reverse()}
              testId="account-entries"
              onReverse={
                can('billing.adjust') ? (entry) => setAsking({ kind: 'reversal', entry }) : undefined
              }
            />
          </Card>
          {s.adjustments.length ? (
            <Card size="small" title={t('billing.adjust.onBill')} styles={{ body: { padding: 0 } }}>
              <AdjustmentsTable rows={s.adjustments} testId="account-adjustments" />
            </Card>
          ) : null}
        </>
      ) : null}

      <PaymentModal bill={paying} onClose={() => setPaying(null)} />
      <RequestAdjustmentModal target={asking} onClose={() => setAsking(null)} />
      <MoneyModal
        open={dialog?.kind === 'prepay'}
        title={t('billing.account.prepay')}
        submitLabel={t('billing.account.prepaySubmit')}
        summary={<Typography.Text type="secondary">{t('billing.account.prepayHint')}</Typography.Text>}
        extra={
          <Form.Item
            name="unitId"
            label={t('billing.col.unit')}
            rules={[{ required: true, message: t('billing.account.unitRequired') }]}
            initialValue={units[0]?.unitId}
          >
            <Select
              style={{ width: 200 }}
              options={units.map((a) => ({ value: a.unitId, label: a.unitCode }))}
            />
          </Form.Item>
        }
        onSubmit={(v, extra) =>
          writes.prepay({ customerId: id!, unitId: String(extra.unitId), ...v, note: v.note || undefined })
        }
        onClose={() => setDialog(null)}
      />
      <MoneyModal
        open={dialog?.kind === 'deposit'}
        title={t('billing.account.takeDeposit')}
        submitLabel={t('billing.account.takeDepositSubmit')}
        summary={null}
        extra={
          <>
            <Form.Item
              name="kind"
              label={t('billing.account.depositKind')}
              rules={[{ required: true }]}
              initialValue="renovation"
            >
              <Select
                style={{ width: 200 }}
                options={DEPOSIT_KINDS.map((k) => ({ value: k, label: t(`billing.depositKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="unitId" label={t('billing.col.unit')}>
              <Select allowClear style={{ width: 200 }} options={unitOptions} />
            </Form.Item>
          </>
        }
        onSubmit={async (v, extra) =>
          (
            await writes.takeDeposit({
              customerId: id!,
              unitId: (extra.unitId as string | undefined) ?? null,
              kind: extra.kind as DepositRow['kind'],
              amountFen: v.amountFen,
              method: v.method,
              receiptNo: v.receiptNo,
            })
          ).entry
        }
        onClose={() => setDialog(null)}
      />
      <MoneyModal
        open={dialog?.kind === 'refund'}
        title={t('billing.account.refundDeposit')}
        submitLabel={t('billing.account.refundSubmit')}
        defaultFen={dialog?.kind === 'refund' ? dialog.deposit.heldFen : undefined}
        maxFen={dialog?.kind === 'refund' ? dialog.deposit.heldFen : undefined}
        summary={
          dialog?.kind === 'refund' ? (
            <Typography.Text>
              {t('billing.account.refundHint', {
                kind: t(`billing.depositKind.${dialog.deposit.kind}`),
                held: formatYuan(dialog.deposit.heldFen),
              })}
            </Typography.Text>
          ) : null
        }
        onSubmit={(v) => writes.refundDeposit((dialog as { deposit: DepositRow }).deposit.depositId, v)}
        onClose={() => setDialog(null)}
      />
    </Flex>
  );
}

function Balance({
  label,
  fen,
  danger,
  testId,
}: {
  label: string;
  fen: number;
  danger?: boolean;
  testId?: string;
}) {
  return (
    <Card size="small" style={{ minWidth: 180 }} data-testid={testId}>
      <Statistic
        title={label}
        value={formatYuan(fen)}
        styles={{ content: { color: danger && fen > 0 ? '#cf1322' : undefined } }}
      />
    </Card>
  );
}
