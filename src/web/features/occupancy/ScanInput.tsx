/**
 * A scanned page a step files (ID copy, lease copy, move-in notice): uploaded as soon as it
 * is chosen, the form keeps its document id. A form control (value = documentId).
 */
import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { useProject } from '../../app/project.tsx';

export function ScanInput({
  value,
  onChange,
  testId,
}: {
  value?: string;
  onChange?(documentId: string): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const doc = await api<{ documentId: string }>(
        'POST',
        `/api/projects/${projectId}/documents?title=${encodeURIComponent(file.name)}`,
        file,
      );
      setName(file.name);
      onChange?.(doc.documentId);
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={8} align="center" wrap data-testid={testId}>
      <Upload
        accept="image/jpeg,image/png,image/webp,application/pdf"
        showUploadList={false}
        beforeUpload={(f) => (void upload(f), false)}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid={`${testId}-button`}>
          {t('occupancy.common.scan')}
        </Button>
      </Upload>
      {value ? (
        <Typography.Text type="success">{t('occupancy.common.scanned', { name })}</Typography.Text>
      ) : null}
    </Flex>
  );
}
