/**
 * STA-1: the monthly property status report (月度物业动态信息表). The last twelve months with
 * their state and whether they were late; the chosen month's counts per building and status
 * and its changes; draw it up, the project manager signs it (sent to security and the
 * cashier), print, Excel.
 */
import { useState } from 'react';
import { Card, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useReportMonths, type ReportMonth } from '../api.ts';
import { REPORT_STATE_COLOUR } from './report-labels.ts';
import { StatusReportView } from './StatusReportView.tsx';

export function StatusTab() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const months = useReportMonths(projectId);
  const [month, setMonth] = useState<string | null>(null);
  const chosen = month ?? months.data?.[0]?.month ?? null;
  if (months.isError) return <LoadFailed error={months.error} onRetry={() => void months.refetch()} />;
  return (
    <Flex gap={16} align="start">
      <Card
        size="small"
        title={t('custody.status.months')}
        style={{ width: 330, flex: 'none' }}
        styles={{ body: { padding: 0 } }}
      >
        <Table<ReportMonth>
          size="small"
          rowKey="month"
          loading={months.isPending}
          dataSource={months.data ?? []}
          pagination={false}
          data-testid="report-months"
          onRow={(m) => ({
            onClick: () => setMonth(m.month),
            style: {
              cursor: 'pointer',
              background: m.month === chosen ? 'rgba(22,119,255,0.08)' : undefined,
            },
          })}
          columns={[
            { title: t('custody.status.col.month'), dataIndex: 'month', width: 80 },
            {
              title: t('custody.status.col.state'),
              dataIndex: 'state',
              render: (s: ReportMonth['state'], m) => (
                <Flex gap={4} wrap>
                  <Tag color={REPORT_STATE_COLOUR[s]}>{t(`custody.enums.reportState.${s}`)}</Tag>
                  {m.late ? <Tag color="red">{t('custody.status.late')}</Tag> : null}
                </Flex>
              ),
            },
            { title: t('custody.status.col.due'), dataIndex: 'dueDate', width: 100 },
          ]}
        />
      </Card>
      <div style={{ flex: 1, minWidth: 0 }}>{chosen ? <StatusReportView month={chosen} /> : null}</div>
    </Flex>
  );
}
