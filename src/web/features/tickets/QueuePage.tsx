/**
 * 工单队列 — the dense work queue: overdue first, a live countdown on every row that turns the
 * row red the moment its deadline passes (TKT-5), filters in the URL, live updates over SSE.
 */
import { Button, Card, Flex, Table, Typography, theme } from 'antd';
import type { HTMLAttributes } from 'react';
import { PhoneOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useDepartmentName } from '../../app/departments.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useQueue } from './api.ts';
import { apiQuery, PAGE_SIZE, readFilters, writeFilters, type QueueFilters } from './queue-params.ts';
import { overdueIds } from './countdown.ts';
import { useServerClockKey } from './server-clock.ts';
import { QueueFilterBar } from './QueueFilterBar.tsx';
import { DueCountdown } from './DueCountdown.tsx';
import { KindTag, LevelTag, StateBadge, UrgentTag } from './tags.tsx';
import type { Ticket } from './types.ts';

export default function QueuePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { projectId, can } = useProject();
  const departmentName = useDepartmentName();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const queue = useQueue(projectId, apiQuery(filters, can('customer.caller_id')));
  const items = queue.data?.items ?? [];
  // Re-renders only when the set of overdue rows changes, not on every tick.
  const overdueKey = useServerClockKey((now) => overdueIds(items, now).join(','));
  const overdue = new Set(overdueKey.split(','));

  const change = (patch: Partial<QueueFilters>) =>
    setParams(writeFilters({ ...filters, page: 1, ...patch }), { replace: true });

  return (
    <>
      <PageHeader
        title={t('tickets.queue')}
        subtitle={queue.data ? t('tickets.count', { count: queue.data.total }) : undefined}
        extra={
          can('ticket.create') ? (
            <Button type="primary" icon={<PhoneOutlined />} onClick={() => navigate(`/p/${projectId}/desk`)}>
              {t('tickets.newIntake')}
            </Button>
          ) : null
        }
      />
      <QueueFilterBar filters={filters} onChange={change} />
      {queue.isError ? (
        <LoadFailed error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Ticket>
            size="small"
            rowKey="ticketId"
            tableLayout="fixed"
            loading={queue.isPending}
            dataSource={items}
            locale={{ emptyText: t('tickets.empty') }}
            data-testid="queue-table"
            onRow={(r) =>
              ({
                onClick: () => navigate(`/p/${projectId}/tickets/${r.ticketId}`),
                style: {
                  cursor: 'pointer',
                  background: overdue.has(r.ticketId) ? token.colorErrorBg : undefined,
                },
                'data-overdue': overdue.has(r.ticketId) ? '1' : '0',
                'data-number': r.number,
              }) as HTMLAttributes<HTMLElement>
            }
            pagination={{
              current: filters.page,
              pageSize: PAGE_SIZE,
              total: queue.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: (page) => setParams(writeFilters({ ...filters, page })),
            }}
            columns={[
              {
                key: 'number',
                title: t('tickets.col.number'),
                width: 150,
                render: (_: unknown, r) => (
                  <Typography.Text
                    strong
                    style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
                    type={overdue.has(r.ticketId) ? 'danger' : undefined}
                  >
                    {r.number}
                  </Typography.Text>
                ),
              },
              {
                key: 'kind',
                title: t('tickets.col.kind'),
                width: 96,
                render: (_: unknown, r) => (
                  <Flex gap={4}>
                    <KindTag kind={r.kind} />
                    {r.urgency === 'urgent' ? <UrgentTag /> : null}
                  </Flex>
                ),
              },
              {
                key: 'level',
                title: t('tickets.col.level'),
                width: 60,
                render: (_: unknown, r) => <LevelTag level={r.level} />,
              },
              {
                key: 'customer',
                title: t('tickets.col.customer'),
                width: 140,
                ellipsis: true,
                render: (_: unknown, r) => (
                  <span title={[r.customerName, r.company].filter(Boolean).join(' · ')}>
                    {r.customerName}
                    {r.company ? <Typography.Text type="secondary"> · {r.company}</Typography.Text> : null}
                  </span>
                ),
              },
              {
                key: 'place',
                title: t('tickets.col.place'),
                width: 110,
                ellipsis: true,
                render: (_: unknown, r) => r.unitCode ?? (r.publicArea || '—'),
              },
              {
                key: 'description',
                title: t('tickets.col.description'),
                dataIndex: 'description',
                ellipsis: { showTitle: true },
              },
              {
                key: 'state',
                title: t('tickets.col.state'),
                width: 100,
                render: (_: unknown, r) => <StateBadge state={r.state} />,
              },
              {
                key: 'handler',
                title: t('tickets.col.handler'),
                width: 130,
                ellipsis: true,
                render: (_: unknown, r) =>
                  r.department ? (
                    [departmentName(r.department), r.assigneeName].filter(Boolean).join(' · ')
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
              {
                key: 'due',
                title: t('tickets.col.due'),
                width: 136,
                render: (_: unknown, r) => (
                  <DueCountdown dueAt={r.nextDueAt} kind={r.nextDueKind} paused={!!r.pausedSince} />
                ),
              },
            ]}
          />
        </Card>
      )}
    </>
  );
}
