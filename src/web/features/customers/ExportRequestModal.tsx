/** 申请导出业主资料 (CUS-3): which owners (a building or the whole project), why, and for whom. */
import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useBuildings } from '../properties/api.ts';
import { useArchiveWrites } from './api.ts';

interface Values {
  buildingId: string;
  purpose: string;
  recipient: string;
}

export function ExportRequestModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const buildings = useBuildings(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) form.setFieldsValue({ buildingId: '', purpose: '', recipient: '' });
  }, [open, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await writes.requestExport({
        buildingId: v.buildingId || null,
        purpose: v.purpose.trim(),
        recipient: v.recipient.trim(),
      });
      message.success(t('archives.exports.asked'));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('archives.exports.new')}
      okText={t('archives.exports.ask')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon message={t('archives.exports.notice')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={submit} name="export" requiredMark="optional">
        <Form.Item name="buildingId" label={t('archives.exports.scope')}>
          <Select
            options={[
              { value: '', label: t('archives.exports.wholeProject') },
              ...(buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('archives.exports.purpose')}
          rules={[{ required: true, whitespace: true, min: 4 }]}
        >
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="recipient"
          label={t('archives.exports.recipient')}
          rules={[{ required: true, whitespace: true, min: 2 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
