/** MVO-4: what the customer owes now, bill by bill — shown at the clearing so the desk can send them to the cashier. */
import { Alert, Button, Table, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { formatYuan } from '../tickets/money.ts';
import { useMoveOutOwed, type MoveOutDto } from './api.ts';

export function ArrearsPanel({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const owed = useMoveOutOwed(projectId, m.moveOutId, true);
  const bills = owed.data?.bills ?? [];
  const total = bills.reduce((s, b) => s + b.outstandingFen, 0);
  return (
    <div data-testid="arrears-panel" style={{ marginBottom: 16 }}>
      <Alert
        type={bills.length ? 'error' : 'success'}
        showIcon
        title={`${t('moveout.clear.owedTitle')}：${bills.length ? t('moveout.clear.owed', { total: formatYuan(total) }) : t('moveout.clear.nothingOwed')}`}
        action={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => void owed.refetch()}
            loading={owed.isFetching}
          >
            {t('moveout.clear.refresh')}
          </Button>
        }
        style={{ marginBottom: bills.length ? 8 : 0 }}
      />
      {bills.length ? (
        <Table
          size="small"
          rowKey="billId"
          pagination={false}
          dataSource={bills}
          data-testid="arrears-bills"
          columns={[
            {
              title: t('moveout.list.unit'),
              render: (_, b) => owed.data?.unitCodes[b.unitId] ?? '',
              width: 90,
            },
            { title: t('moveout.clear.period'), dataIndex: 'period', width: 100 },
            {
              title: t('moveout.clear.dueDate'),
              render: (_, b) => (
                <>
                  {b.dueDate} {b.overdue ? <Tag color="red">{t('moveout.clear.overdue')}</Tag> : null}
                </>
              ),
            },
            {
              title: t('moveout.clear.amount'),
              align: 'right',
              render: (_, b) => `${formatYuan(b.outstandingFen)}`,
            },
          ]}
        />
      ) : null}
    </div>
  );
}
