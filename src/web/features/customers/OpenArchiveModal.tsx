/**
 * 查看完整档案 (CUS-3): the reason is asked first and logged with the view; the archive comes
 * back unmasked for this one view.
 */
import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useArchiveWrites, type ArchiveDetail } from './api.ts';

export function OpenArchiveModal({
  customerId,
  onClose,
  onOpened,
}: {
  customerId: string | null;
  onClose(): void;
  onOpened(detail: ArchiveDetail, reason: string): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    if (!customerId) return;
    setBusy(true);
    try {
      onOpened(await writes.open(customerId, reason.trim()), reason.trim());
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!customerId}
      title={t('archives.open.title')}
      okText={t('archives.open.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'open-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('archives.open.notice')} style={{ marginBottom: 12 }} />
      {/* preserve={false}: the last reason goes with the closed dialog. (Resetting the form in an
          effect after opening could wipe the "reason required" message a quick click had just
          raised.) */}
      <Form form={form} layout="vertical" onFinish={submit} name="open-archive" preserve={false}>
        <Form.Item
          name="reason"
          label={t('archives.open.reason')}
          rules={[
            { required: true, whitespace: true, message: t('archives.open.reasonRequired') },
            { min: 2, message: t('archives.open.reasonRequired') },
          ]}
        >
          <Input.TextArea
            rows={2}
            maxLength={200}
            showCount
            placeholder={t('archives.open.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
