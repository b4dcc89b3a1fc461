/** A manager's decision on an export request (CUS-3): approve with an optional note, refuse saying why. */
import { useEffect, useState } from 'react';
import { App, Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useArchiveWrites, type ExportDto } from './api.ts';

export function ExportDecisionModal({
  decision,
  onClose,
}: {
  decision: { request: ExportDto; approve: boolean } | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (decision) form.resetFields();
  }, [decision, form]);
  const approve = decision?.approve ?? true;

  const submit = async ({ note }: { note: string }) => {
    if (!decision) return;
    setBusy(true);
    try {
      if (approve) await writes.approveExport(decision.request.exportId, note?.trim() ?? '');
      else await writes.refuseExport(decision.request.exportId, note.trim());
      message.success(approve ? t('archives.exports.approved') : t('archives.exports.refused'));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!decision}
      title={approve ? t('archives.exports.approve') : t('archives.exports.refuse')}
      okText={approve ? t('archives.exports.approve') : t('archives.exports.refuse')}
      okButtonProps={{ danger: !approve }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      {decision ? (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('archives.exports.requestedBy')}>
            {decision.request.requestedByName}
          </Descriptions.Item>
          <Descriptions.Item label={t('archives.exports.scope')}>
            {decision.request.buildingName ?? t('archives.exports.wholeProject')}
          </Descriptions.Item>
          <Descriptions.Item label={t('archives.exports.purpose')}>
            {decision.request.purpose}
          </Descriptions.Item>
          <Descriptions.Item label={t('archives.exports.recipient')}>
            {decision.request.recipient}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} name="export-decision">
        <Form.Item
          name="note"
          label={approve ? t('archives.exports.note') : t('archives.exports.refusalNote')}
          rules={approve ? [] : [{ required: true, whitespace: true, min: 2 }]}
        >
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
