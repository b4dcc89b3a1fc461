/**
 * A signature for an occupancy form (HND, MVO, REL, KEY): signed on screen, or signed on
 * paper with the scan uploaded. A form control whose value is what the API takes
 * (platform/signatures SignatureBody without the signer's name, which is its own field).
 */
import { useState } from 'react';
import { Button, Flex, Segmented, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api.ts';
import { useErrorReporter } from '../app/errors.ts';
import { SignaturePad } from './SignaturePad.tsx';

export interface SignatureValue {
  method: 'pad' | 'paper';
  image?: string;
  scanDocumentId?: string;
}

export function SignatureField({
  projectId,
  value,
  onChange,
  testId = 'signature',
}: {
  projectId: string;
  value?: SignatureValue;
  onChange?(v: SignatureValue): void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const [fileName, setFileName] = useState('');
  const [busy, setBusy] = useState(false);
  const method = value?.method ?? 'pad';

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const doc = await api<{ documentId: string }>(
        'POST',
        `/api/projects/${projectId}/documents?title=${encodeURIComponent(file.name)}`,
        file,
      );
      setFileName(file.name);
      onChange?.({ method: 'paper', scanDocumentId: doc.documentId });
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Segmented<'pad' | 'paper'>
        value={method}
        onChange={(m) => onChange?.({ method: m })}
        options={[
          { value: 'pad', label: t('signature.onScreen') },
          { value: 'paper', label: t('signature.onPaper') },
        ]}
      />
      {method === 'pad' ? (
        <SignaturePad onChange={(image) => onChange?.({ method: 'pad', image: image ?? undefined })} />
      ) : (
        <Flex gap={8} align="center">
          <Upload
            accept="image/jpeg,image/png,image/webp,application/pdf"
            showUploadList={false}
            beforeUpload={(f) => (void upload(f), false)}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid={`${testId}-upload`}>
              {t('signature.upload')}
            </Button>
          </Upload>
          {value?.scanDocumentId ? (
            <Typography.Text type="success">{t('signature.uploaded', { name: fileName })}</Typography.Text>
          ) : null}
        </Flex>
      )}
    </Flex>
  );
}
