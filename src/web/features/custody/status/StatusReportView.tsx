/** One month's property status report (STA-1): the counts, the changes, and its workflow — draw up, sign and send, print, Excel. */
import { useState } from 'react';
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth.tsx';
import { useErrorReporter } from '../../../app/errors.ts';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { reportApi, useRefresh, useStatusReport, type StatusReportDto } from '../api.ts';
import { REPORT_STATE_COLOUR, UNIT_STATUSES } from './report-labels.ts';
import { SignReportModal } from './SignReportModal.tsx';

type CountRow = StatusReportDto['data']['buildings'][number];
type ChangeRow = StatusReportDto['data']['changes'][number];

export function StatusReportView({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const fmt = useFormatTime();
  const { me } = useAuth();
  const { projectId, project } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const r = useStatusReport(projectId, month);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);
  if (r.isError) return <LoadFailed error={r.error} onRetry={() => void r.refetch()} />;
  const d = r.data;
  if (!d) return <Card loading />;
  const isPm = project.roles.includes('project_manager') || !!me?.user.isCompanyAdmin;

  const prepare = async () => {
    setBusy(true);
    try {
      await reportApi.prepare(projectId, month);
      await refresh();
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };
  const rows: CountRow[] = [
    ...d.data.buildings,
    { buildingId: 'total', code: '', name: t('custody.status.allBuildings'), counts: d.data.totals },
  ];

  return (
    <Flex vertical gap={12} data-testid="status-report">
      <Card size="small">
        <Flex justify="space-between" gap={12} wrap>
          <Flex vertical gap={4}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('custody.status.title', { month })}
              </Typography.Title>
              <Tag color={REPORT_STATE_COLOUR[d.state]} data-testid="report-state">
                {t(`custody.enums.reportState.${d.state}`)}
              </Tag>
              {d.late ? (
                <Tag color="red" data-testid="report-late">
                  {t('custody.status.late')}
                </Tag>
              ) : null}
            </Flex>
            <Typography.Text type="secondary">
              {t('custody.status.asOf', { at: fmt(d.data.asOf) })} ·{' '}
              {t('custody.status.surveyBy', { date: d.surveyBy })} ·{' '}
              {t('custody.status.dueDate', { date: d.dueDate })}
            </Typography.Text>
            {d.state === 'none' ? (
              <Typography.Text type="warning">{t('custody.status.draftNote')}</Typography.Text>
            ) : null}
            {d.preparedAt ? (
              <Typography.Text type="secondary">
                {t('custody.status.prepared', { name: d.preparedByName ?? '', at: fmt(d.preparedAt) })}
              </Typography.Text>
            ) : null}
            {d.signedAt ? (
              <Typography.Text type="success" data-testid="report-signed">
                {t('custody.status.signed', { name: d.signedByName ?? '', at: fmt(d.signedAt) })}
              </Typography.Text>
            ) : null}
          </Flex>
          <Flex gap={8} wrap align="start">
            {d.state !== 'sent' ? (
              <Button loading={busy} onClick={() => void prepare()} data-testid="prepare-report">
                {t(d.state === 'none' ? 'custody.status.prepare' : 'custody.status.prepareAgain')}
              </Button>
            ) : null}
            {d.state === 'prepared' && isPm ? (
              <Button type="primary" onClick={() => setSigning(true)} data-testid="sign-report">
                {t('custody.status.sign')}
              </Button>
            ) : null}
            <Button
              icon={<PrinterOutlined />}
              href={reportApi.printUrl(projectId, month, i18n.language)}
              target="_blank"
            >
              {t('custody.status.print')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              href={reportApi.xlsxUrl(projectId, month, i18n.language)}
              download
              data-testid="report-xlsx"
            >
              {t('custody.status.export')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<CountRow>
          size="small"
          rowKey="buildingId"
          dataSource={rows}
          pagination={false}
          data-testid="report-counts"
          columns={[
            {
              title: t('custody.status.building'),
              dataIndex: 'name',
              render: (v: string, b) => (b.buildingId === 'total' ? <strong>{v}</strong> : v),
            },
            ...UNIT_STATUSES.map((s) => ({
              title: label('unitStatus', s),
              key: s,
              align: 'right' as const,
              width: 100,
              render: (_: unknown, b: CountRow) => b.counts[s],
            })),
            {
              title: t('custody.status.total'),
              key: 'total',
              align: 'right' as const,
              width: 80,
              render: (_: unknown, b: CountRow) => <strong>{b.counts.total}</strong>,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('custody.status.changes', { count: d.data.changes.length })}
        styles={{ body: { padding: 0 } }}
      >
        <Table<ChangeRow>
          size="small"
          rowKey={(c) => `${c.unitCode}-${c.at}-${c.toStatus}`}
          dataSource={d.data.changes}
          pagination={{ pageSize: 10, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('custody.status.noChanges') }}
          columns={[
            { title: t('custody.status.col2.unit'), dataIndex: 'unitCode', width: 90 },
            {
              title: t('custody.status.col2.from'),
              dataIndex: 'fromStatus',
              width: 120,
              render: (s: string | null) => (s ? label('unitStatus', s) : '—'),
            },
            {
              title: t('custody.status.col2.to'),
              dataIndex: 'toStatus',
              width: 120,
              render: (s: string) => label('unitStatus', s),
            },
            {
              title: t('custody.status.col2.workflow'),
              dataIndex: 'workflow',
              width: 120,
              render: (w: string) => t(`custody.enums.workflow.${w as 'handover'}`),
            },
            { title: t('custody.status.col2.reason'), dataIndex: 'reason', ellipsis: true },
            {
              title: t('custody.status.col2.at'),
              dataIndex: 'at',
              width: 140,
              render: (v: string) => fmt(v),
            },
          ]}
        />
      </Card>
      <SignReportModal
        open={signing}
        month={month}
        onClose={() => setSigning(false)}
        onSigned={() => {
          setSigning(false);
          message.success(t('custody.status.sentToast'));
        }}
      />
    </Flex>
  );
}
