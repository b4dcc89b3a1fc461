/** MVO-6: completed move-outs and their deposit refunds — due date 15 working days after the inspection passed, overdue in red. */
import { Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import { useMoveOuts, type MoveOutDto } from './api.ts';
import { RefundTag } from './StateTag.tsx';

export function DepositsTab({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const list = useMoveOuts(projectId, 'deposits');
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('moveout.deposit.dueHint')}</Typography.Paragraph>
      <Table<MoveOutDto>
        size="small"
        rowKey="moveOutId"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('moveout.deposit.empty') }}
        data-testid="deposits-table"
        columns={[
          { title: t('moveout.list.unit'), dataIndex: 'unitCode', width: 100 },
          { title: t('moveout.list.customer'), dataIndex: 'customerName' },
          { title: t('moveout.deposit.due'), render: (_, r) => r.deposit.dueOn ?? '—', width: 140 },
          {
            title: t('moveout.list.state'),
            render: (_, r) => <RefundTag status={r.deposit.status} />,
            width: 110,
          },
          {
            title: t('moveout.deposit.refunded'),
            align: 'right',
            render: (_, r) => (r.deposit.refundedFen === null ? '—' : `${formatYuan(r.deposit.refundedFen)}`),
            width: 140,
          },
          {
            title: '',
            render: (_, r) => (
              <Button size="small" type="link" onClick={() => onOpen(r.moveOutId)}>
                {t('moveout.list.open')}
              </Button>
            ),
            width: 120,
          },
        ]}
      />
    </>
  );
}
