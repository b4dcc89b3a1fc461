/** FEE-5: the low-balance notices recorded so far, newest first — the list customer service works through. */
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import { useLowBalanceNotices, type LowBalanceNotice } from './setup-api.ts';

export function LowBalanceNotices() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const formatTime = useFormatTime();
  const notices = useLowBalanceNotices(projectId);
  return (
    <Card
      size="small"
      title={t('billing.setup.pp.notices.title')}
      extra={<Typography.Text type="secondary">{t('billing.setup.pp.notices.hint')}</Typography.Text>}
      styles={{ body: { padding: 0 } }}
    >
      {notices.isError ? (
        <LoadFailed error={notices.error} onRetry={() => void notices.refetch()} />
      ) : (
        <Table<LowBalanceNotice>
          size="small"
          rowKey="noticeId"
          loading={notices.isPending}
          dataSource={notices.data ?? []}
          pagination={
            (notices.data?.length ?? 0) > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false
          }
          data-testid="low-balance-notices"
          locale={{ emptyText: t('billing.setup.pp.notices.empty') }}
          columns={[
            {
              title: t('billing.setup.pp.notices.col.at'),
              dataIndex: 'createdAt',
              width: 160,
              render: (v: string) => formatTime(v),
            },
            { title: t('billing.setup.pp.col.meterNo'), dataIndex: 'meterNo', width: 140 },
            { title: t('billing.setup.pp.col.unit'), dataIndex: 'unitCode', width: 100 },
            { title: t('billing.setup.pp.col.customer'), dataIndex: 'customerName', ellipsis: true },
            {
              title: t('billing.setup.pp.notices.col.balance'),
              dataIndex: 'balanceFen',
              align: 'right',
              width: 130,
              render: (v: number) => <Typography.Text type="danger">{formatYuan(v)}</Typography.Text>,
            },
            {
              title: t('billing.setup.pp.col.threshold'),
              dataIndex: 'thresholdFen',
              align: 'right',
              width: 120,
              render: (v: number) => formatYuan(v),
            },
          ]}
        />
      )}
    </Card>
  );
}
