/**
 * 预付费电表 (FEE-5): each prepaid meter with the money left on it — red once it is below
 * the owner's alert level — the top-ups taken at the counter and the usage the meter
 * reports, and below them the low-balance notices customer service passes on to the owner.
 */
import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import { LowBalanceNotices } from './LowBalanceNotices.tsx';
import { PrepaidEntryModal, type PrepaidEntryKind } from './PrepaidEntryModal.tsx';
import { PrepaidMeterModal } from './PrepaidMeterModal.tsx';
import { usePrepaidMeters, type PrepaidMeterRow } from './setup-api.ts';

export function PrepaidTab() {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const meters = usePrepaidMeters(projectId);
  const [registering, setRegistering] = useState(false);
  const [entry, setEntry] = useState<{ meter: PrepaidMeterRow; kind: PrepaidEntryKind } | null>(null);
  const canCollect = can('billing.collect');
  const rows = meters.data ?? [];
  const lowCount = rows.filter((m) => m.low).length;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} align="center">
          {meters.data ? (
            <Typography.Text type="secondary">
              {t('billing.setup.pp.count', { count: rows.length })}
            </Typography.Text>
          ) : null}
          {lowCount > 0 ? <Tag color="red">{t('billing.setup.pp.lowCount', { count: lowCount })}</Tag> : null}
        </Flex>
        {canCollect ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRegistering(true)}
            data-testid="new-prepaid"
          >
            {t('billing.setup.pp.register')}
          </Button>
        ) : null}
      </Flex>

      {meters.isError ? (
        <LoadFailed error={meters.error} onRetry={() => void meters.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<PrepaidMeterRow>
            size="small"
            rowKey="prepaidMeterId"
            loading={meters.isPending}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, size: 'small', showSizeChanger: false } : false}
            data-testid="prepaid-table"
            locale={{ emptyText: t('billing.setup.pp.empty') }}
            onRow={(m) => ({ 'data-testid': `prepaid-${m.meterNo}` }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('billing.setup.pp.col.meterNo'),
                dataIndex: 'meterNo',
                width: 140,
                render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
              },
              { title: t('billing.setup.pp.col.unit'), dataIndex: 'unitCode', width: 100 },
              { title: t('billing.setup.pp.col.customer'), dataIndex: 'customerName', ellipsis: true },
              {
                title: t('billing.setup.pp.col.balance'),
                dataIndex: 'balanceFen',
                align: 'right',
                width: 130,
                render: (v: number, m) => (
                  <Typography.Text strong type={m.low ? 'danger' : undefined} data-testid="prepaid-balance">
                    {formatYuan(v)}
                  </Typography.Text>
                ),
              },
              {
                title: t('billing.setup.pp.col.threshold'),
                dataIndex: 'thresholdFen',
                align: 'right',
                width: 120,
                render: (v: number) => formatYuan(v),
              },
              {
                title: t('billing.setup.pp.col.state'),
                key: 'state',
                width: 110,
                render: (_: unknown, m) =>
                  m.low ? (
                    <Tag color="red">{t('billing.setup.pp.low')}</Tag>
                  ) : (
                    <Tag color="green">{t('billing.setup.pp.ok')}</Tag>
                  ),
              },
              ...(canCollect
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 190,
                      render: (_: unknown, m: PrepaidMeterRow) => (
                        <Flex gap={4}>
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setEntry({ meter: m, kind: 'top_up' })}
                            data-testid={`topup-${m.meterNo}`}
                          >
                            {t('billing.setup.pp.topUp')}
                          </Button>
                          <Button
                            size="small"
                            onClick={() => setEntry({ meter: m, kind: 'usage' })}
                            data-testid={`usage-${m.meterNo}`}
                          >
                            {t('billing.setup.pp.usage')}
                          </Button>
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}

      <LowBalanceNotices />
      <PrepaidMeterModal open={registering} onClose={() => setRegistering(false)} />
      <PrepaidEntryModal
        meter={entry?.meter ?? null}
        kind={entry?.kind ?? 'top_up'}
        onClose={() => setEntry(null)}
      />
    </Flex>
  );
}
