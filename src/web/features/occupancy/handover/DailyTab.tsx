/** HND-5: the daily handover report — units handed over, units not accepted with the reason, the running totals; printable. */
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Statistic, Table } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { formatYuan } from '../../tickets/money.ts';
import { useProjectToday } from '../../billing/use-project-today.ts';
import { printUrl, useDailyReport, type DailyHandoverReport } from '../api.ts';

type Done = DailyHandoverReport['handedOver'][number];
type Refused = DailyHandoverReport['notAccepted'][number];

export function DailyTab({ onOpen }: { onOpen(handoverId: string): void }) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  const [day, setDay] = useState(useProjectToday());
  const q = useDailyReport(projectId, day);
  if (q.isError) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const rowClick = (x: { handoverId: string }) => ({
    onClick: () => onOpen(x.handoverId),
    style: { cursor: 'pointer' },
  });
  return (
    <Flex vertical gap={16} data-testid="daily-report">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <DatePicker
          value={dayjs(day)}
          allowClear={false}
          onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
          data-testid="daily-day"
        />
        <Button
          icon={<PrinterOutlined />}
          href={printUrl.daily(projectId, day, i18n.language)}
          target="_blank"
        >
          {t('occupancy.daily.print')}
        </Button>
      </Flex>
      <Flex gap={16} wrap>
        {(
          [
            ['handedOver', r?.totals.handedOver],
            ['notAccepted', r?.totals.notAccepted],
            ['toDate', r?.totals.handedOverToDate],
            ['waiting', r?.totals.stillNotReceived],
          ] as const
        ).map(([k, v]) => (
          <Card key={k} size="small" style={{ minWidth: 150 }}>
            <Statistic title={t(`occupancy.daily.${k}`)} value={v ?? 0} data-testid={`daily-${k}`} />
          </Card>
        ))}
      </Flex>
      <Card size="small" title={t('occupancy.daily.handedOver')}>
        <Table<Done>
          size="small"
          rowKey="handoverId"
          pagination={false}
          dataSource={r?.handedOver ?? []}
          onRow={rowClick}
          data-testid="daily-handed-over"
          locale={{ emptyText: t('occupancy.common.empty') }}
          columns={[
            { title: t('occupancy.common.unit'), dataIndex: 'unitCode', width: 100 },
            { title: t('occupancy.daily.owner'), dataIndex: 'ownerName' },
            {
              title: t('occupancy.daily.at'),
              dataIndex: 'completedAt',
              width: 150,
              render: (v: string) => fmt(v),
            },
            {
              title: t('occupancy.daily.fees'),
              key: 'fees',
              width: 210,
              render: (_: unknown, x) => `${x.feesFrom} ~ ${x.feesTo}`,
            },
            {
              title: t('occupancy.daily.prepaid'),
              dataIndex: 'prepaidFen',
              width: 120,
              align: 'right',
              render: (v: number) => formatYuan(v),
            },
            { title: t('occupancy.daily.openItems'), dataIndex: 'openItems', width: 100, align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t('occupancy.daily.notAccepted')}>
        <Table<Refused>
          size="small"
          rowKey="handoverId"
          pagination={false}
          dataSource={r?.notAccepted ?? []}
          onRow={rowClick}
          data-testid="daily-not-accepted"
          locale={{ emptyText: t('occupancy.common.empty') }}
          columns={[
            { title: t('occupancy.common.unit'), dataIndex: 'unitCode', width: 100 },
            { title: t('occupancy.daily.owner'), dataIndex: 'ownerName', width: 160 },
            {
              title: t('occupancy.daily.reason'),
              key: 'reason',
              render: (_: unknown, x) =>
                x.note
                  ? t('occupancy.common.labelled', {
                      label: t(`occupancy.handover.reasons.${x.reason as 'other'}`),
                      value: x.note,
                    })
                  : t(`occupancy.handover.reasons.${x.reason as 'other'}`),
            },
            {
              title: t('occupancy.daily.at'),
              dataIndex: 'declinedAt',
              width: 150,
              render: (v: string) => fmt(v),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
