/**
 * The ticket's deadlines (TKT-5, TKT-6): what was due when, met or breached, and — when a
 * deadline was extended or moved by a pause — the original time beside the new one.
 */
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import { useFormatTime } from '../../app/time.ts';
import type { DeadlineRow } from './types.ts';

const STATUS_COLOURS: Record<string, string> = {
  open: 'processing',
  met: 'success',
  breached: 'error',
  cancelled: 'default',
};

export function DeadlinesCard({ deadlines }: { deadlines: DeadlineRow[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const fmt = useFormatTime();
  return (
    <Card size="small" title={t('tickets.deadlines')} styles={{ body: { padding: 0 } }}>
      <Table<DeadlineRow>
        size="small"
        rowKey={(d) => `${d.kind}-${d.originalDueAt}-${d.status}`}
        dataSource={deadlines}
        pagination={false}
        data-testid="deadlines"
        columns={[
          {
            key: 'kind',
            title: t('tickets.deadline'),
            render: (_: unknown, d) => label('deadlineKind', d.kind),
          },
          {
            key: 'due',
            title: t('tickets.due'),
            render: (_: unknown, d) => (
              <>
                <span style={{ whiteSpace: 'nowrap' }}>{fmt(d.dueAt)}</span>
                {d.originalDueAt !== d.dueAt ? (
                  <div>
                    <Typography.Text type="secondary" delete style={{ fontSize: 12 }}>
                      {t('tickets.extendedFrom', { time: fmt(d.originalDueAt) })}
                    </Typography.Text>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            key: 'status',
            title: t('tickets.col.state'),
            render: (_: unknown, d) => (
              <Tag color={STATUS_COLOURS[d.status] ?? 'default'} style={{ marginInlineEnd: 0 }}>
                {d.status === 'breached' && d.metAt
                  ? t('tickets.lateMet')
                  : label('deadlineStatus', d.status)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
