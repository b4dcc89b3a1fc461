/**
 * Photos of the problem (TKT-1) and the customer's signature (REP-5), as thumbnails that open
 * large; a photo from the clerk's computer is uploaded as it is (JPEG, PNG or WebP, ≤ 8 MB).
 */
import { useRef, useState } from 'react';
import { App, Button, Card, Empty, Flex, Image, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { attachmentUrl, useTicketWrites } from './api.ts';
import type { AttachmentRow } from './types.ts';

const MAX_BYTES = 8 * 1024 * 1024;

export function PhotosCard({
  projectId,
  ticketId,
  attachments,
}: {
  projectId: string;
  ticketId: string;
  attachments: AttachmentRow[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useTicketWrites(projectId, ticketId);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return void message.error(t('tickets.photoTooLarge'));
    setBusy(true);
    try {
      await writes.uploadPhoto(file);
      message.success(t('tickets.uploaded'));
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card
      size="small"
      title={t('tickets.photos')}
      extra={
        <Button size="small" icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {t('tickets.upload')}
        </Button>
      }
    >
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        hidden
        onChange={(e) => void upload(e.target.files?.[0])}
        data-testid="photo-input"
      />
      {attachments.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('tickets.noPhotos')}
          style={{ margin: 0 }}
        />
      ) : (
        <Image.PreviewGroup>
          <Flex gap={8} wrap data-testid="photos">
            {attachments.map((a) => (
              <Flex key={a.attachmentId} vertical align="center" gap={2}>
                <Image
                  src={attachmentUrl(projectId, ticketId, a.attachmentId)}
                  width={a.kind === 'signature' ? 132 : 88}
                  height={66}
                  style={{
                    objectFit: a.kind === 'signature' ? 'contain' : 'cover',
                    borderRadius: 4,
                    background: '#fff',
                    border: '1px solid #f0f0f0',
                  }}
                  alt={a.kind}
                />
                {a.kind === 'signature' ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('tickets.signature')}
                  </Typography.Text>
                ) : null}
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
