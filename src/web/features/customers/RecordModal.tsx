/** Registering (or editing) a service contract, letter, rule or internal record (CUS-5). */
import { useEffect, useState } from 'react';
import { App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { RECORD_CLASSES, useArchiveWrites, type RecordDetail } from './api.ts';

interface Values {
  class: string;
  title: string;
  reference: string;
  counterparty: string;
  recordDay: Dayjs | null;
  note: string;
}

const blank: Values = {
  class: 'contract',
  title: '',
  reference: '',
  counterparty: '',
  recordDay: null,
  note: '',
};

export function RecordModal({
  open,
  record,
  onClose,
}: {
  open: boolean;
  record?: RecordDetail;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open)
      form.setFieldsValue(
        record ? { ...record, recordDay: record.recordDay ? dayjs(record.recordDay) : null } : blank,
      );
  }, [open, record, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    const input = {
      class: v.class,
      title: v.title.trim(),
      reference: v.reference?.trim() ?? '',
      counterparty: v.counterparty?.trim() ?? '',
      recordDay: v.recordDay ? v.recordDay.format('YYYY-MM-DD') : null,
      note: v.note?.trim() ?? '',
    };
    try {
      if (record) await writes.updateRecord(record.recordId, { ...input, version: record.version });
      else await writes.createRecord(input);
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      report(err, { form, onConflict: onClose });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={record ? t('archives.record.edit') : t('archives.record.new')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      width={600}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name="record" requiredMark="optional">
        <Flex gap={12}>
          <Form.Item
            name="class"
            label={t('archives.list.class')}
            rules={[{ required: true }]}
            style={{ width: 160 }}
          >
            <Select options={RECORD_CLASSES.map((c) => ({ value: c, label: label('class', c) }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('archives.record.titleField')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="reference" label={t('archives.record.reference')} style={{ flex: 1 }}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="recordDay" label={t('archives.record.recordDay')} style={{ width: 180 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="counterparty" label={t('archives.record.counterparty')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('archives.record.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
