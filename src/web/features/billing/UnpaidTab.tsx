/**
 * FEE-3's CS board: the bills of a due date with money still owed, whether the second
 * reminder notice has gone out, and the notices to print for delivery with the
 * customer's signature. The list fills itself three days before the due date.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import { printUrls, useUnpaid, type UnpaidBill } from './api.ts';
import { defaultDueDate, previousMonth } from './periods.ts';
import { useProjectToday } from './use-project-today.ts';

export function UnpaidTab() {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const time = useFormatTime();
  const today = useProjectToday();
  const [dueDate, setDueDate] = useState(() => defaultDueDate(previousMonth(today)));
  const unpaid = useUnpaid(projectId, dueDate);
  const items = unpaid.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} align="center">
          <Typography.Text>{t('billing.unpaid.dueDate')}</Typography.Text>
          <DatePicker
            allowClear={false}
            value={dayjs(dueDate)}
            onChange={(d) => d && setDueDate(d.format('YYYY-MM-DD'))}
            data-testid="unpaid-due"
          />
        </Flex>
        <Button
          icon={<PrinterOutlined />}
          disabled={items.length === 0}
          href={printUrls.bills(projectId, { dueDate, status: 'open', reminder: '1' }, i18n.language)}
          target="_blank"
          data-testid="print-reminders"
        >
          {t('billing.unpaid.print', { count: items.length })}
        </Button>
      </Flex>
      <Flex gap={12}>
        <Card size="small" style={{ minWidth: 160 }}>
          <Statistic title={t('billing.unpaid.count')} value={items.length} />
        </Card>
        <Card size="small" style={{ minWidth: 200 }}>
          <Statistic
            title={t('billing.unpaid.total')}
            value={formatYuan(unpaid.data?.totalFen ?? 0)}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Card>
      </Flex>
      {unpaid.isError ? (
        <LoadFailed error={unpaid.error} onRetry={() => void unpaid.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<UnpaidBill>
            size="small"
            rowKey="billId"
            dataSource={items}
            pagination={{ pageSize: 50, size: 'small', hideOnSinglePage: true }}
            locale={{ emptyText: t('billing.unpaid.none', { due: dueDate }) }}
            data-testid="unpaid-table"
            columns={[
              { title: t('billing.col.unit'), dataIndex: 'unitCode', width: 100 },
              {
                title: t('billing.col.customer'),
                key: 'c',
                render: (_: unknown, b) =>
                  b.company && b.company !== b.customerName
                    ? `${b.customerName}（${b.company}）`
                    : b.customerName,
              },
              { title: t('billing.col.period'), dataIndex: 'period', width: 100 },
              {
                title: t('billing.col.outstanding'),
                dataIndex: 'outstandingFen',
                align: 'right',
                width: 140,
                render: (v: number) => <strong>{formatYuan(v)}</strong>,
              },
              {
                title: t('billing.unpaid.second'),
                dataIndex: 'secondNoticeAt',
                width: 170,
                render: (v: string | null) =>
                  v ? (
                    <Tag color="orange">{time(v)}</Tag>
                  ) : (
                    <Typography.Text type="secondary">{t('billing.unpaid.notYet')}</Typography.Text>
                  ),
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
