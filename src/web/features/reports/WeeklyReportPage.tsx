/**
 * 周报统计 — the service desk's weekly report (RPT-1): complaints by type × level with repeats
 * (CMP-10), on-time resolution per level, requests and suggestions (REQ-3), callbacks (CBK-2)
 * and repairs, for one Monday–Sunday week (the last complete one unless another is picked),
 * with the same week as an Excel workbook. The week lives in the URL (?week=<Monday>).
 */
import { Button, Card, Col, DatePicker, Descriptions, Flex, Row, Statistic, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { FileExcelOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import {
  useWeeklyReport,
  type CallbackRow,
  type ComplaintColumn,
  type MatrixRow,
  type RepeatItem,
  type WeeklyReport,
} from './api.ts';
import {
  formatRate,
  lastCompleteMonday,
  mondayOf,
  todayIn,
  weekFromParam,
  weekRange,
  xlsxUrl,
} from './week.ts';

const COLUMNS: ComplaintColumn[] = ['major', 'important', 'minor', 'invalid', 'ungraded'];
type MatrixLine = Omit<MatrixRow, 'type'> & {
  type: MatrixRow['type'] | 'total';
  key: string;
  isTotal?: boolean;
};
const num = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' };

export default function WeeklyReportPage() {
  const { t, i18n } = useTranslation();
  const { projectId, timeZone } = useProject();
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const thisMonday = mondayOf(today);
  const lastMonday = lastCompleteMonday(today);
  const monday = weekFromParam(params.get('week')) ?? lastMonday;
  const range = weekRange(monday);
  const report = useWeeklyReport(projectId, monday);
  const formatTime = useFormatTime();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';

  const show = (week: string) => setParams({ week }, { replace: true });
  const pick = (d: Dayjs | null) => {
    if (d) show(mondayOf(d.format('YYYY-MM-DD')));
  };

  return (
    <>
      <PageHeader
        title={t('reports.weekly')}
        subtitle={
          report.data ? t('reports.generatedAt', { time: formatTime(report.data.generatedAt) }) : undefined
        }
        extra={
          <>
            {/* One click to the weeks a supervisor asks for most, whatever month the picker shows. */}
            <Button onClick={() => show(thisMonday)} disabled={monday === thisMonday} data-testid="week-this">
              {t('reports.thisWeek')}
            </Button>
            <Button onClick={() => show(lastMonday)} disabled={monday === lastMonday} data-testid="week-last">
              {t('reports.lastWeek')}
            </Button>
            <DatePicker
              picker="week"
              allowClear={false}
              aria-label={t('reports.week')}
              value={dayjs(monday)}
              onChange={pick}
              format={() => t('reports.range', { from: range.from, to: range.to })}
              style={{ width: 230 }}
              data-testid="week-picker"
            />
            <Button
              icon={<FileExcelOutlined />}
              href={xlsxUrl(projectId, monday, lang)}
              download
              data-testid="weekly-export"
            >
              {t('reports.export')}
            </Button>
          </>
        }
      />
      {report.isError ? (
        <LoadFailed error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Card loading size="small" />
      ) : (
        <ReportBody r={report.data} projectId={projectId} loading={report.isFetching} />
      )}
    </>
  );
}

function ReportBody({ r, projectId, loading }: { r: WeeklyReport; projectId: string; loading: boolean }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const c = r.complaints;
  const typeLabel = (type: string) =>
    type === 'unclassified'
      ? t('reports.typeRow.unclassified')
      : t(`enums.complaintType.${type}`, { defaultValue: type });
  const matrixRows: MatrixLine[] = [
    ...c.matrix.map((m) => ({ ...m, key: m.type })),
    { ...c.totals, type: 'total', key: 'total', isTotal: true },
  ];
  const cb = [...r.callbacks.rows.filter((x) => x.kind !== 'total'), r.callbacks.total];

  return (
    <Flex
      vertical
      gap={12}
      style={{ opacity: loading ? 0.6 : 1 }}
      data-testid="weekly-report"
      data-from={r.range.from}
      data-to={r.range.to}
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('reports.complaints')} data-testid="complaints-card">
            <Flex gap={32} style={{ marginBottom: 8 }}>
              <Statistic title={t('reports.received')} value={c.received} data-testid="complaints-received" />
              <Statistic title={t('reports.repeat')} value={c.repeat.count} data-testid="repeat-count" />
              <Statistic title={t('reports.cancelled')} value={c.cancelled} />
            </Flex>
            <Table<MatrixLine>
              size="small"
              pagination={false}
              bordered
              dataSource={matrixRows}
              data-testid="complaint-matrix"
              onRow={(row) =>
                ({
                  'data-type': row.type,
                  style: row.isTotal ? { fontWeight: 600 } : undefined,
                }) as HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  key: 'type',
                  title: t('reports.type'),
                  render: (_: unknown, row) => (row.isTotal ? t('reports.total') : typeLabel(row.type)),
                },
                ...COLUMNS.map((col) => ({
                  key: col,
                  title: t(`reports.col.${col}`),
                  width: 76,
                  align: 'right' as const,
                  render: (_: unknown, row: MatrixLine) => (
                    <span data-col={col} style={{ ...num, color: row[col] === 0 ? '#bbb' : undefined }}>
                      {row[col]}
                    </span>
                  ),
                })),
                {
                  key: 'total',
                  title: t('reports.col.total'),
                  width: 76,
                  align: 'right' as const,
                  render: (_: unknown, row: MatrixLine) => (
                    <strong data-col="total" style={num}>
                      {row.total}
                    </strong>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('reports.onTime')} style={{ marginBottom: 12 }}>
            <Table
              size="small"
              pagination={false}
              rowKey="level"
              dataSource={c.onTime}
              data-testid="on-time"
              columns={[
                {
                  key: 'level',
                  title: t('reports.level'),
                  render: (_: unknown, row) =>
                    t(`enums.complaintLevel.${row.level}`, { defaultValue: row.level }),
                },
                { key: 'met', title: t('reports.met'), dataIndex: 'met', align: 'right' },
                { key: 'breached', title: t('reports.breached'), dataIndex: 'breached', align: 'right' },
                { key: 'pending', title: t('reports.pending'), dataIndex: 'pending', align: 'right' },
                {
                  key: 'rate',
                  title: t('reports.onTimeRate'),
                  align: 'right',
                  render: (_: unknown, row) => <strong>{formatRate(row.onTimeRate)}</strong>,
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('reports.requests')} data-testid="requests-card">
            <Descriptions
              size="small"
              column={3}
              items={[
                { key: 'received', label: t('reports.received'), children: r.requests.received },
                { key: 'answered', label: t('reports.answered'), children: r.requests.answered },
                { key: 'open', label: t('reports.stillOpen'), children: r.requests.stillOpen },
                { key: 'met', label: t('reports.met'), children: r.requests.met },
                { key: 'breached', label: t('reports.breached'), children: r.requests.breached },
                {
                  key: 'rate',
                  label: t('reports.onTimeRate'),
                  children: <strong>{formatRate(r.requests.onTimeRate)}</strong>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`${t('reports.repeat')} · ${c.repeat.count}`} data-testid="repeat-card">
        {c.repeat.items.length === 0 ? (
          <Typography.Text type="secondary">{t('reports.repeatNone')}</Typography.Text>
        ) : (
          <Table<RepeatItem>
            size="small"
            pagination={false}
            rowKey="ticketId"
            dataSource={c.repeat.items}
            columns={[
              {
                key: 'number',
                title: t('reports.repeatNumber'),
                width: 160,
                render: (_: unknown, row) => (
                  <TicketLink projectId={projectId} ticketId={row.ticketId} number={row.number} />
                ),
              },
              { key: 'customer', title: t('reports.repeatCustomer'), dataIndex: 'customerName', width: 140 },
              { key: 'phone', title: t('reports.repeatPhone'), dataIndex: 'phone', width: 130 },
              {
                key: 'received',
                title: t('reports.repeatReceived'),
                width: 150,
                render: (_: unknown, row) => formatTime(row.receivedAt),
              },
              {
                key: 'previous',
                title: t('reports.repeatPrevious'),
                render: (_: unknown, row) => (
                  <Flex gap={12} wrap>
                    {row.previous.map((p) => (
                      <span key={p.ticketId || p.number}>
                        <TicketLink projectId={projectId} ticketId={p.ticketId} number={p.number} />
                        <Typography.Text type="secondary">
                          {' '}
                          {formatTime(p.receivedAt, 'date')}
                        </Typography.Text>
                      </span>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xxl={15}>
          <Card size="small" title={t('reports.callbacks')} data-testid="callbacks-card">
            <Table<CallbackRow>
              size="small"
              pagination={false}
              rowKey="kind"
              dataSource={cb}
              onRow={(row) =>
                ({
                  'data-kind': row.kind,
                  style: row.kind === 'total' ? { fontWeight: 600 } : undefined,
                }) as HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  key: 'kind',
                  title: t('reports.kind'),
                  render: (_: unknown, row) =>
                    row.kind === 'total'
                      ? t('reports.total')
                      : t(`enums.ticketKind.${row.kind}`, { defaultValue: row.kind }),
                },
                { key: 'needed', title: t('reports.needed'), dataIndex: 'needed', align: 'right' },
                {
                  key: 'calledBack',
                  title: t('reports.calledBack'),
                  dataIndex: 'calledBack',
                  align: 'right',
                },
                {
                  key: 'callbackRate',
                  title: t('reports.callbackRate'),
                  align: 'right',
                  render: (_: unknown, row) => (
                    <span data-col="callbackRate">{formatRate(row.callbackRate)}</span>
                  ),
                },
                { key: 'attempts', title: t('reports.attempts'), dataIndex: 'attempts', align: 'right' },
                { key: 'satisfied', title: t('reports.satisfied'), dataIndex: 'satisfied', align: 'right' },
                { key: 'basically', title: t('reports.basically'), dataIndex: 'basically', align: 'right' },
                {
                  key: 'unsatisfied',
                  title: t('reports.unsatisfied'),
                  dataIndex: 'unsatisfied',
                  align: 'right',
                },
                { key: 'unreached', title: t('reports.unreached'), dataIndex: 'unreached', align: 'right' },
                {
                  key: 'satisfactionRate',
                  title: t('reports.satisfactionRate'),
                  align: 'right',
                  render: (_: unknown, row) => (
                    <span data-col="satisfactionRate">{formatRate(row.satisfactionRate)}</span>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={9}>
          <Card size="small" title={t('reports.repairs')} data-testid="repairs-card">
            <Descriptions
              size="small"
              column={{ xs: 2, md: 3, xl: 5, xxl: 3 }}
              items={[
                { key: 'received', label: t('reports.received'), children: r.repairs.received },
                { key: 'urgent', label: t('reports.urgent'), children: r.repairs.urgent },
                { key: 'scheduled', label: t('reports.scheduled'), children: r.repairs.scheduled },
                { key: 'unclassified', label: t('reports.unclassified'), children: r.repairs.unclassified },
                { key: 'completed', label: t('reports.completed'), children: r.repairs.completed },
                { key: 'open', label: t('reports.stillOpen'), children: r.repairs.stillOpen },
                { key: 'reworked', label: t('reports.reworked'), children: r.repairs.reworked },
                { key: 'reworks', label: t('reports.reworks'), children: r.repairs.reworks },
                { key: 'paidCount', label: t('reports.paidCount'), children: r.repairs.paidCount },
                {
                  key: 'paid',
                  label: t('reports.paidSum'),
                  children: <strong data-testid="paid-sum">{formatYuan(r.repairs.paidFen)}</strong>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

function TicketLink({
  projectId,
  ticketId,
  number,
}: {
  projectId: string;
  ticketId?: string;
  number: string;
}) {
  const text = <span style={{ fontFamily: 'monospace' }}>{number}</span>;
  return ticketId ? <Link to={`/p/${projectId}/tickets/${ticketId}`}>{text}</Link> : text;
}
