/**
 * 工作日历: the year's public holidays (休) and make-up working days (班), as a month
 * calendar and as a list; managers replace the year by importing a list of lines.
 */
import { useState } from 'react';
import { Button, Calendar, Card, DatePicker, Empty, Flex, Table, Tag, Typography } from 'antd';
import { ImportOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCalendar } from './api.ts';
import { toRanges, type DayRange } from './calendar.ts';
import { CalendarImportModal } from './CalendarImportModal.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import type { CalendarDay } from '../../app/types.ts';

const KIND_STYLE: Record<CalendarDay['kind'], { color: string; bg: string }> = {
  holiday: { color: '#cf1322', bg: '#fff1f0' },
  workday: { color: '#0958d9', bg: '#e6f4ff' },
};

function DayMark({ day }: { day: CalendarDay }) {
  const { t } = useTranslation();
  const s = KIND_STYLE[day.kind];
  return (
    <span
      title={day.name}
      style={{
        position: 'absolute',
        top: -2,
        right: -2,
        fontSize: 10,
        lineHeight: '14px',
        padding: '0 2px',
        borderRadius: 2,
        color: '#fff',
        background: s.color,
      }}
    >
      {day.kind === 'holiday' ? t('calendar.holidayMark') : t('calendar.workdayMark')}
    </span>
  );
}

export function CalendarCard({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => dayjs().year());
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [importing, setImporting] = useState(false);
  const cal = useCalendar(projectId, year);
  const days = cal.data ?? [];
  const byDay = new Map(days.map((d) => [d.day, d]));
  const ranges = toRanges(days);
  const shownMonth = month.year() === year ? month : dayjs(`${year}-01-01`);

  return (
    <Card
      size="small"
      title={t('calendar.title')}
      extra={
        <Flex gap={8}>
          <DatePicker
            picker="year"
            size="small"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => {
              if (!d) return;
              setYear(d.year());
              setMonth(d.month(month.month()));
            }}
            data-testid="calendar-year"
          />
          {canEdit ? (
            <Button
              size="small"
              icon={<ImportOutlined />}
              onClick={() => setImporting(true)}
              data-testid="calendar-import"
            >
              {t('calendar.import')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {cal.isError ? (
        <LoadFailed error={cal.error} onRetry={() => void cal.refetch()} />
      ) : (
        <Flex gap={16} wrap align="start">
          <div style={{ width: 300, flex: 'none' }}>
            <Calendar
              fullscreen={false}
              value={shownMonth}
              onPanelChange={(d) => setMonth(d)}
              validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
              headerRender={({ value, onChange }) => (
                <Flex align="center" justify="space-between" style={{ padding: '4px 4px 8px' }}>
                  <Button
                    size="small"
                    type="text"
                    icon={<LeftOutlined />}
                    aria-label={t('calendar.prevMonth')}
                    disabled={value.month() === 0}
                    onClick={() => onChange(value.subtract(1, 'month'))}
                  />
                  <Typography.Text strong data-testid="calendar-month">
                    {value.locale(dayjs.locale()).format(t('format.yearMonth'))}
                  </Typography.Text>
                  <Button
                    size="small"
                    type="text"
                    icon={<RightOutlined />}
                    aria-label={t('calendar.nextMonth')}
                    disabled={value.month() === 11}
                    onClick={() => onChange(value.add(1, 'month'))}
                  />
                </Flex>
              )}
              fullCellRender={(d, info) => {
                if (info.type !== 'date') return info.originNode;
                const mark = byDay.get(d.format('YYYY-MM-DD'));
                const weekend = d.day() === 0 || d.day() === 6;
                const inMonth = d.month() === shownMonth.month();
                const rest = mark ? mark.kind === 'holiday' : weekend;
                return (
                  <div
                    title={mark?.name}
                    style={{
                      position: 'relative',
                      margin: '0 auto',
                      width: 30,
                      height: 26,
                      lineHeight: '26px',
                      borderRadius: 4,
                      opacity: inMonth ? 1 : 0.35,
                      background: mark ? KIND_STYLE[mark.kind].bg : undefined,
                      color: rest ? '#cf1322' : undefined,
                      fontWeight: mark ? 600 : undefined,
                    }}
                  >
                    {d.date()}
                    {mark && inMonth ? <DayMark day={mark} /> : null}
                  </div>
                );
              }}
            />
          </div>
          <div style={{ flex: 1, minWidth: 280 }}>
            <Table<DayRange>
              size="small"
              rowKey="from"
              loading={cal.isPending}
              dataSource={ranges}
              pagination={false}
              scroll={{ y: 300 }}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.empty', { year })} />
                ),
              }}
              onRow={(r) => ({ onClick: () => setMonth(dayjs(r.from)), style: { cursor: 'pointer' } })}
              data-testid="calendar-list"
              columns={[
                {
                  key: 'dates',
                  title: t('calendar.dates'),
                  width: 128,
                  render: (_: unknown, r: DayRange) => (
                    <Typography.Text style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {r.from === r.to
                        ? dayjs(r.from).format(t('format.monthDay'))
                        : `${dayjs(r.from).format(t('format.monthDay'))} – ${dayjs(r.to).format(t('format.monthDay'))}`}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'kind',
                  title: t('calendar.kind'),
                  width: 80,
                  render: (_: unknown, r: DayRange) => (
                    <Tag color={r.kind === 'holiday' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
                      {r.kind === 'holiday' ? t('calendar.holiday') : t('calendar.workday')}
                    </Tag>
                  ),
                },
                { key: 'name', title: t('calendar.name'), dataIndex: 'name', ellipsis: true },
                { key: 'days', title: t('calendar.days'), dataIndex: 'days', width: 60, align: 'right' },
              ]}
            />
          </div>
        </Flex>
      )}
      {canEdit ? (
        <CalendarImportModal
          projectId={projectId}
          year={year}
          open={importing}
          current={ranges}
          onClose={() => setImporting(false)}
        />
      ) : null}
    </Card>
  );
}
