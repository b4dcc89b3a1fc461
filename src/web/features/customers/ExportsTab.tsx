/**
 * 导出申请 (CUS-3): owner data leaves the company only after a manager approves. The archivist
 * asks (scope, purpose, recipient); a manager other than the requester approves or refuses;
 * the requester downloads the file once, within 7 days.
 */
import { useState } from 'react';
import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { useAuth } from '../../app/auth.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { exportDownloadUrl, useArchiveWrites, useExports, type ExportDto } from './api.ts';
import { downloadFile } from './transfer.ts';
import { ExportRequestModal } from './ExportRequestModal.tsx';
import { ExportDecisionModal } from './ExportDecisionModal.tsx';

const COLOURS: Record<string, string> = {
  requested: 'blue',
  approved: 'green',
  refused: 'red',
  downloaded: 'default',
  expired: 'default',
};

export function ExportsTab() {
  const { t, i18n } = useTranslation();
  const label = useArchiveLabel();
  const { projectId, can } = useProject();
  const { me } = useAuth();
  const formatTime = useFormatTime();
  const report = useErrorReporter();
  const writes = useArchiveWrites(projectId);
  const exports = useExports(projectId);
  const [asking, setAsking] = useState(false);
  const [deciding, setDeciding] = useState<{ request: ExportDto; approve: boolean } | null>(null);
  const myId = me?.user.userId;

  const download = async (e: ExportDto) => {
    try {
      await downloadFile({
        url: exportDownloadUrl(projectId, e.exportId, i18n.language === 'en' ? 'en' : 'zh-CN'),
        networkMessage: t('errors.network'),
      });
    } catch (err) {
      report(err);
    }
    void writes.refresh();
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('archives.exports.intro')}</Typography.Text>
        {can('archive.open') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAsking(true)}
            data-testid="new-export"
          >
            {t('archives.exports.new')}
          </Button>
        ) : null}
      </Flex>
      {exports.isError ? (
        <LoadFailed error={exports.error} onRetry={() => void exports.refetch()} />
      ) : (
        <Table<ExportDto>
          size="small"
          rowKey="exportId"
          loading={exports.isFetching}
          dataSource={exports.data ?? []}
          pagination={false}
          columns={[
            {
              title: t('archives.exports.requestedAt'),
              key: 'at',
              width: 150,
              render: (_, e) => formatTime(e.requestedAt),
            },
            {
              title: t('archives.exports.requestedBy'),
              key: 'by',
              width: 140,
              render: (_, e) => e.requestedByName ?? '—',
            },
            {
              title: t('archives.exports.scope'),
              key: 'scope',
              width: 140,
              render: (_, e) => e.buildingName ?? t('archives.exports.wholeProject'),
            },
            { title: t('archives.exports.purpose'), dataIndex: 'purpose' },
            { title: t('archives.exports.recipient'), dataIndex: 'recipient', width: 160 },
            {
              title: t('archives.exports.state'),
              key: 'state',
              width: 200,
              render: (_, e) => (
                <Flex vertical>
                  <Tag color={COLOURS[e.state]} style={{ width: 'fit-content' }}>
                    {label('exportState', e.state)}
                  </Tag>
                  {e.decidedByName ? (
                    <Typography.Text type="secondary">
                      {t('archives.exports.decided', { who: e.decidedByName, note: e.decisionNote })}
                    </Typography.Text>
                  ) : null}
                  {e.state === 'approved' && e.expiresAt ? (
                    <Typography.Text type="secondary">
                      {t('archives.exports.until', { at: formatTime(e.expiresAt) })}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 180,
              render: (_, e) => (
                <Space>
                  {e.state === 'requested' && can('archive.approve') && e.requestedBy !== myId ? (
                    <>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDeciding({ request: e, approve: true })}
                      >
                        {t('archives.exports.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => setDeciding({ request: e, approve: false })}>
                        {t('archives.exports.refuse')}
                      </Button>
                    </>
                  ) : null}
                  {e.state === 'approved' && e.requestedBy === myId ? (
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(e)}>
                      {t('archives.exports.download')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      )}
      <ExportRequestModal open={asking} onClose={() => setAsking(false)} />
      <ExportDecisionModal decision={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
