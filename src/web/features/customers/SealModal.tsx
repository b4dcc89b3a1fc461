/** 封存 (CUS-5): with the reason; from then on the archive is read-only. */
import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useArchiveWrites } from './api.ts';

export function SealModal({ customerId, onClose }: { customerId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (customerId) form.resetFields();
  }, [customerId, form]);

  const submit = async ({ reason }: { reason: string }) => {
    if (!customerId) return;
    setBusy(true);
    try {
      await writes.seal(customerId, reason.trim());
      message.success(t('archives.seal.done'));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!customerId}
      title={t('archives.seal.title')}
      okText={t('archives.seal.button')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('archives.seal.notice')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={submit} name="seal-archive">
        <Form.Item
          name="reason"
          label={t('archives.seal.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('archives.seal.reasonRequired') }]}
        >
          <Input maxLength={200} placeholder={t('archives.seal.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
