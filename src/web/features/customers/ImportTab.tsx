/**
 * 业主清册导入 (CUS-2): upload the developer's .xlsx (with its upload progress) → the preview
 * names every bad row and column → import when clean, or skip the bad rows on purpose, or
 * upload the fixed file → the commit's progress → done. Nothing is imported before that.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Progress,
  Result,
  Space,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useAuth } from '../../app/auth.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { archivesBase, templateUrl, useArchiveWrites, type ImportSummary } from './api.ts';
import { postWithProgress, uploadWithProgress } from './transfer.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { RecentImports } from './RecentImports.tsx';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number }
  | { kind: 'preview'; summary: ImportSummary }
  | { kind: 'committing'; summary: ImportSummary; done: number; total: number }
  | { kind: 'done'; summary: ImportSummary };

export function ImportTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const { me } = useAuth();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const transfer = { csrfToken: me?.csrfToken ?? '', networkMessage: t('errors.network') };

  const upload = async (file: File) => {
    setStage({ kind: 'uploading', sent: 0 });
    try {
      const summary = await uploadWithProgress<ImportSummary>({
        ...transfer,
        url: `${archivesBase(projectId)}/roster/imports?fileName=${encodeURIComponent(file.name)}`,
        file,
        onProgress: (sent) => setStage({ kind: 'uploading', sent }),
      });
      setStage({ kind: 'preview', summary });
      void writes.refresh();
    } catch (err) {
      setStage({ kind: 'idle' });
      report(err);
    }
  };

  const commit = async (summary: ImportSummary, skipBadRows: boolean) => {
    setStage({ kind: 'committing', summary, done: 0, total: summary.goodRows });
    try {
      const result = await postWithProgress<ImportSummary>({
        ...transfer,
        url: `${archivesBase(projectId)}/roster/imports/${summary.importId}/commit`,
        body: { skipBadRows },
        onProgress: (done, total) => setStage({ kind: 'committing', summary, done, total }),
      });
      setStage({ kind: 'done', summary: result });
      void writes.refresh();
    } catch (err) {
      setStage({ kind: 'preview', summary });
      report(err);
    }
  };

  const startOver = async (summary: ImportSummary) => {
    try {
      await writes.discardImport(summary.importId);
      message.info(t('archives.import.discarded'));
    } catch (err) {
      report(err);
    }
    setStage({ kind: 'idle' });
  };

  return (
    <Flex vertical gap={16}>
      {stage.kind === 'idle' || stage.kind === 'uploading' ? (
        <Card size="small">
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('archives.import.intro')}</Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              href={templateUrl(projectId, i18n.language === 'en' ? 'en' : 'zh-CN')}
              download
              data-testid="roster-template"
            >
              {t('archives.import.template')}
            </Button>
          </Flex>
          <div data-testid="roster-upload">
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              showUploadList={false}
              disabled={stage.kind === 'uploading'}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('archives.import.drop')}</p>
              <p className="ant-upload-hint">{t('archives.import.hint')}</p>
            </Upload.Dragger>
          </div>
          {stage.kind === 'uploading' ? (
            <div style={{ marginTop: 12 }} data-testid="upload-progress">
              <Progress percent={Math.round(stage.sent * 100)} status="active" />
              <Typography.Text type="secondary">
                {stage.sent < 1 ? t('archives.import.uploading') : t('archives.import.checking')}
              </Typography.Text>
            </div>
          ) : null}
        </Card>
      ) : null}
      {stage.kind === 'preview' ? (
        <PreviewStage
          summary={stage.summary}
          onCommit={(skip) => void commit(stage.summary, skip)}
          onStartOver={() => void startOver(stage.summary)}
        />
      ) : null}
      {stage.kind === 'committing' ? (
        <Card size="small" data-testid="import-progress">
          <Typography.Text>
            {t('archives.import.committing', { done: stage.done, total: stage.total })}
          </Typography.Text>
          <Progress
            percent={stage.total ? Math.floor((stage.done / stage.total) * 100) : 0}
            status="active"
          />
        </Card>
      ) : null}
      {stage.kind === 'done' ? (
        <Result
          status="success"
          title={t('archives.import.doneTitle', { count: stage.summary.importedRows })}
          subTitle={
            stage.summary.skippedRows
              ? t('archives.import.doneSkipped', { count: stage.summary.skippedRows })
              : t('archives.import.doneAll')
          }
          extra={
            <Button type="primary" icon={<ReloadOutlined />} onClick={() => setStage({ kind: 'idle' })}>
              {t('archives.import.another')}
            </Button>
          }
          data-testid="import-done"
        />
      ) : null}
      <RecentImports />
    </Flex>
  );
}

function PreviewStage({
  summary,
  onCommit,
  onStartOver,
}: {
  summary: ImportSummary;
  onCommit(skipBadRows: boolean): void;
  onStartOver(): void;
}) {
  const { t } = useTranslation();
  const clean = summary.badRows === 0;
  return (
    <Card
      size="small"
      title={t('archives.import.previewTitle', { name: summary.fileName })}
      data-testid="preview"
    >
      <Alert
        type={clean ? 'success' : 'error'}
        showIcon
        data-testid="preview-summary"
        message={
          clean
            ? t('archives.import.clean', { count: summary.totalRows })
            : t('archives.import.problems', { total: summary.totalRows, bad: summary.badRows })
        }
        description={clean ? undefined : t('archives.import.problemsHint')}
        style={{ marginBottom: 12 }}
      />
      <PreviewTable importId={summary.importId} startWithProblems={!clean} />
      <Flex justify="flex-end" style={{ marginTop: 12 }}>
        <Space wrap>
          <Button onClick={onStartOver} data-testid="start-over">
            {t('archives.import.startOver')}
          </Button>
          {clean ? (
            <Button type="primary" onClick={() => onCommit(false)} data-testid="commit-import">
              {t('archives.import.commit', { count: summary.goodRows })}
            </Button>
          ) : (
            <Popconfirm
              title={t('archives.import.skipConfirmTitle')}
              description={t('archives.import.skipConfirm', { bad: summary.badRows, good: summary.goodRows })}
              okText={t('archives.import.skipOk')}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'skip-confirm' } as Record<string, string>}
              onConfirm={() => onCommit(true)}
              disabled={summary.goodRows === 0}
            >
              <Button danger disabled={summary.goodRows === 0} data-testid="skip-import">
                {t('archives.import.skip', { bad: summary.badRows, good: summary.goodRows })}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
    </Card>
  );
}
