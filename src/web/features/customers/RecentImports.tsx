/** The project's latest roster imports: who uploaded what, and what became of it (CUS-2). */
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { useImports, type ImportSummary } from './api.ts';

const COLOURS: Record<string, string> = { previewed: 'blue', committed: 'green', discarded: 'default' };

export function RecentImports() {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { projectId } = useProject();
  const formatTime = useFormatTime();
  const imports = useImports(projectId, true);
  if (!imports.data?.length) return null;
  return (
    <Card size="small" title={t('archives.import.recent')} styles={{ body: { padding: 0 } }}>
      <Table<ImportSummary>
        size="small"
        rowKey="importId"
        pagination={false}
        dataSource={imports.data}
        columns={[
          { title: t('archives.import.file'), dataIndex: 'fileName' },
          {
            title: t('archives.import.uploadedBy'),
            key: 'by',
            width: 160,
            render: (_, r) => r.createdByName ?? '—',
          },
          {
            title: t('archives.import.uploadedAt'),
            key: 'at',
            width: 150,
            render: (_, r) => formatTime(r.createdAt),
          },
          {
            title: t('archives.import.rows'),
            key: 'rows',
            width: 210,
            render: (_, r) => t('archives.import.rowsCell', { total: r.totalRows, bad: r.badRows }),
          },
          {
            title: t('archives.import.status'),
            key: 'status',
            width: 180,
            render: (_, r) => (
              <Tag color={COLOURS[r.status]}>
                {r.status === 'committed'
                  ? t('archives.import.statusCommitted', { count: r.importedRows })
                  : label('importStatus', r.status)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
