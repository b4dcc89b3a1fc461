/**
 * 访问日志 (CUS-3), for managers: every full archive view, owner-data export download and
 * emergency-list print — who, when, which archive, why, and what it showed.
 */
import { useState } from 'react';
import { Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useAccessLog, type AccessLogRow } from './api.ts';

const KINDS = ['', 'open', 'export', 'emergency_list', 'pass_call'] as const;
const PAGE_SIZE = 50;

export function AccessLogTab() {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { projectId } = useProject();
  const formatTime = useFormatTime();
  const [kind, setKind] = useState<string>('');
  const [page, setPage] = useState(1);
  const log = useAccessLog(projectId, { kind, page, pageSize: PAGE_SIZE });
  const shown = (r: AccessLogRow) => {
    const fields = r.shown.fields as string[] | undefined;
    if (fields) return fields.map((f) => label('logField', f)).join('、');
    return t('archives.log.rows', { count: Number(r.shown.rows ?? 0) });
  };
  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={kind}
        onChange={(v) => {
          setKind(String(v));
          setPage(1);
        }}
        options={KINDS.map((k) => ({ value: k, label: k ? label('logKind', k) : t('common.all') }))}
      />
      {log.isError ? (
        <LoadFailed error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Table<AccessLogRow>
          size="small"
          rowKey="accessId"
          loading={log.isFetching}
          dataSource={log.data?.rows ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: log.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          onRow={() => ({ 'data-testid': 'log-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('archives.log.at'), key: 'at', width: 150, render: (_, r) => formatTime(r.at) },
            { title: t('archives.log.who'), key: 'who', width: 150, render: (_, r) => r.actorName ?? '—' },
            {
              title: t('archives.log.kind'),
              key: 'kind',
              width: 130,
              render: (_, r) => (
                <Tag color={r.kind === 'open' ? 'blue' : r.kind === 'export' ? 'red' : 'orange'}>
                  {label('logKind', r.kind)}
                </Tag>
              ),
            },
            {
              title: t('archives.log.archive'),
              key: 'archive',
              width: 160,
              render: (_, r) => r.customerName ?? '—',
            },
            { title: t('archives.log.reason'), dataIndex: 'reason' },
            { title: t('archives.log.shown'), key: 'shown', width: 220, render: (_, r) => shown(r) },
          ]}
        />
      )}
    </>
  );
}
