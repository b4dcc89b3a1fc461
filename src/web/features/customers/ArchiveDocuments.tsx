/**
 * Signed documents in an archive (CUS-1): the scans filed to it, and an upload that files a
 * new one. Opening a scan needs the archivist's permission (CUS-3); others see the titles.
 */
import { useState } from 'react';
import { App, Button, List, Typography, Upload } from 'antd';
import { FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useFormatTime } from '../../app/time.ts';
import { documentUrl, useArchiveWrites } from './api.ts';
import type { ArchiveDetail } from './api.ts';

export function ArchiveDocuments({
  subject,
  documents,
  canAdd,
}: {
  subject: { type: 'customer' | 'record'; id: string };
  documents: ArchiveDetail['documents'];
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId, can } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const formatTime = useFormatTime();
  const [busy, setBusy] = useState(false);
  // Scans of a customer open with archive.open; a record's also with archive.manage.
  const canRead = can('archive.open') || (subject.type === 'record' && can('archive.manage'));

  const upload = async (file: File) => {
    setBusy(true);
    try {
      await writes.fileScan(subject, file);
      message.success(t('archives.documents.filed', { name: file.name }));
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <List
      size="small"
      header={
        <Typography.Text strong>
          {t('archives.documents.title')}
          {canAdd ? (
            <Upload
              accept="image/jpeg,image/png,image/webp,application/pdf"
              showUploadList={false}
              beforeUpload={(f) => {
                void upload(f);
                return false;
              }}
            >
              <Button
                size="small"
                icon={<UploadOutlined />}
                loading={busy}
                style={{ marginLeft: 12 }}
                data-testid="upload-scan"
              >
                {t('archives.documents.upload')}
              </Button>
            </Upload>
          ) : null}
        </Typography.Text>
      }
      locale={{ emptyText: t('archives.documents.none') }}
      dataSource={documents}
      renderItem={(d) => (
        <List.Item extra={<Typography.Text type="secondary">{formatTime(d.createdAt)}</Typography.Text>}>
          <FileOutlined style={{ marginRight: 8 }} />
          {canRead ? (
            <a href={documentUrl(projectId, d.documentId)} target="_blank" rel="noopener">
              {d.title || d.documentId}
            </a>
          ) : (
            <span>{d.title || d.documentId}</span>
          )}
        </List.Item>
      )}
    />
  );
}
