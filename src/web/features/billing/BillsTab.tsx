/**
 * The month's bills (FEE-1, FEE-2, FEE-6): generate them, find one by unit or payer, take a
 * payment, print one bill or the whole batch for delivery. Open bills past their due date
 * are marked overdue.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Segmented,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useDebounced } from '../desk/use-debounced.ts';
import { useBuildings } from '../properties/api.ts';
import { formatYuan } from '../tickets/money.ts';
import { printUrls, useBills, type BillRow, type BillStatus } from './api.ts';
import { BillDrawer } from './BillDrawer.tsx';
import { BillRunModal } from './BillRunModal.tsx';
import { PaymentModal, type PayableBill } from './PaymentModal.tsx';
import { billState, previousMonth, type BillState } from './periods.ts';
import { useProjectToday } from './use-project-today.ts';

const STATE_COLOUR: Record<BillState, string> = { paid: 'green', open: 'blue', overdue: 'red' };

export function BillsTab() {
  const { t, i18n } = useTranslation();
  const { projectId, can } = useProject();
  const today = useProjectToday();
  const buildings = useBuildings(projectId);
  const [period, setPeriod] = useState(() => previousMonth(today));
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const [status, setStatus] = useState<BillStatus | 'all'>('all');
  const [text, setText] = useState('');
  const q = useDebounced(text, 250);
  const filter = { period, buildingId, status: status === 'all' ? undefined : status, q };
  const bills = useBills(projectId, filter);
  const [running, setRunning] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const [paying, setPaying] = useState<PayableBill | null>(null);
  const rows = bills.data?.rows ?? [];
  const total = rows.reduce((s, b) => s + b.totalFen, 0);
  const owed = rows.reduce((s, b) => s + b.outstandingFen, 0);
  const canCollect = can('billing.collect');

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} wrap align="center">
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            onChange={(d) => d && setPeriod(d.format('YYYY-MM'))}
            data-testid="bills-period"
          />
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('billing.bills.allBuildings')}
            value={buildingId}
            onChange={setBuildingId}
            options={(buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name }))}
          />
          <Segmented<BillStatus | 'all'>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'all', label: t('common.all') },
              { value: 'open', label: t('billing.state.open') },
              { value: 'paid', label: t('billing.state.paid') },
            ]}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('billing.bills.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="bills-search"
          />
        </Flex>
        <Flex gap={8}>
          <Button
            icon={<PrinterOutlined />}
            disabled={rows.length === 0}
            href={printUrls.bills(projectId, filter, i18n.language)}
            target="_blank"
            data-testid="print-bills"
          >
            {t('billing.bills.printAll', { count: rows.length })}
          </Button>
          {canCollect ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRunning(true)}
              data-testid="run-bills"
            >
              {t('billing.run.title')}
            </Button>
          ) : null}
        </Flex>
      </Flex>

      <Flex gap={12} wrap>
        <Card size="small" style={{ minWidth: 160 }}>
          <Statistic title={t('billing.bills.count')} value={rows.length} />
        </Card>
        <Card size="small" style={{ minWidth: 200 }}>
          <Statistic title={t('billing.bills.total')} value={formatYuan(total)} />
        </Card>
        <Card size="small" style={{ minWidth: 200 }}>
          <Statistic
            title={t('billing.bills.owed')}
            value={formatYuan(owed)}
            styles={{ content: { color: owed > 0 ? '#cf1322' : undefined } }}
          />
        </Card>
      </Flex>

      {bills.isError ? (
        <LoadFailed error={bills.error} onRetry={() => void bills.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<BillRow>
            size="small"
            rowKey="billId"
            loading={bills.isFetching && !bills.data}
            dataSource={rows}
            data-testid="bills-table"
            pagination={{ pageSize: 50, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: t('billing.bills.empty', { period }) }}
            onRow={(b) => ({ onDoubleClick: () => setViewing(b.billId) })}
            columns={[
              { title: t('billing.col.unit'), dataIndex: 'unitCode', width: 100 },
              { title: t('billing.col.customer'), dataIndex: 'customerName', ellipsis: true },
              {
                title: t('billing.col.total'),
                dataIndex: 'totalFen',
                align: 'right',
                width: 130,
                render: (v: number) => formatYuan(v),
              },
              {
                title: t('billing.col.outstanding'),
                dataIndex: 'outstandingFen',
                align: 'right',
                width: 130,
                render: (v: number) => <Typography.Text strong={v > 0}>{formatYuan(v)}</Typography.Text>,
              },
              { title: t('billing.col.dueDate'), dataIndex: 'dueDate', width: 110 },
              {
                title: t('billing.col.state'),
                key: 'state',
                width: 90,
                render: (_: unknown, b) => {
                  const s = billState(b, today);
                  return <Tag color={STATE_COLOUR[s]}>{t(`billing.state.${s}`)}</Tag>;
                },
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 200,
                render: (_: unknown, b) => (
                  <Flex gap={4}>
                    {canCollect && b.outstandingFen > 0 ? (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setPaying(b)}
                        data-testid={`pay-${b.unitCode}`}
                      >
                        {t('billing.pay.short')}
                      </Button>
                    ) : null}
                    <Button
                      size="small"
                      onClick={() => setViewing(b.billId)}
                      data-testid={`view-${b.unitCode}`}
                    >
                      {t('billing.bills.view')}
                    </Button>
                    <Button
                      size="small"
                      type="text"
                      icon={<PrinterOutlined />}
                      aria-label={t('billing.bills.printOne')}
                      title={t('billing.bills.printOne')}
                      href={printUrls.bills(projectId, { period: b.period, billId: b.billId }, i18n.language)}
                      target="_blank"
                    />
                  </Flex>
                ),
              },
            ]}
          />
          {bills.data?.truncated ? (
            <Typography.Text type="warning" style={{ display: 'block', padding: 8 }}>
              {t('billing.bills.truncated')}
            </Typography.Text>
          ) : null}
        </Card>
      )}

      <BillRunModal open={running} period={period} onClose={() => setRunning(false)} onDone={setPeriod} />
      <BillDrawer billId={viewing} onClose={() => setViewing(null)} onPay={(b) => setPaying(b)} />
      <PaymentModal bill={paying} onClose={() => setPaying(null)} />
    </Flex>
  );
}
