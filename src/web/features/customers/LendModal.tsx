/**
 * 借出档案 (CUS-4): which file (a customer's archive or a record, found by name, unit or
 * reference), who borrows it, the manager who approved, the day out and the day due.
 */
import { useEffect, useState } from 'react';
import { App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { todayIn } from '../reports/week.ts';
import { useApprovers, useArchiveList, useArchiveWrites } from './api.ts';

interface Values {
  /** 'customer:<id>' or 'record:<id>'; server problems on subjectId land here. */
  subjectId: string | undefined;
  borrower: string;
  purpose: string;
  approverId: string | undefined;
  outDay: Dayjs;
  dueDay: Dayjs;
}

export function LendModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId, timeZone } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const [busy, setBusy] = useState(false);
  const files = useArchiveList(projectId, { q, class: 'all', state: 'all', page: 1, pageSize: 20 });
  const approvers = useApprovers(projectId, open);
  useEffect(() => {
    if (!open) return;
    const today = dayjs(todayIn(timeZone));
    form.resetFields();
    form.setFieldsValue({ outDay: today, dueDay: today.add(7, 'day') });
  }, [open, form, timeZone]);

  const submit = async (v: Values) => {
    const [subjectType, subjectId] = (v.subjectId ?? ':').split(':') as ['customer' | 'record', string];
    setBusy(true);
    try {
      const loan = await writes.lend({
        subjectType,
        subjectId,
        borrower: v.borrower.trim(),
        purpose: v.purpose?.trim() ?? '',
        approverId: v.approverId!,
        outDay: v.outDay.format('YYYY-MM-DD'),
        dueDay: v.dueDay.format('YYYY-MM-DD'),
      });
      message.success(t('archives.loan.lent', { file: loan.subjectTitle, borrower: loan.borrower }));
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
      title={t('archives.loan.lend')}
      okText={t('archives.loan.lendOk')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      width={560}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name="lend" requiredMark="optional">
        <Form.Item name="subjectId" label={t('archives.loan.file')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            placeholder={t('archives.loan.findFile')}
            loading={files.isFetching}
            options={(files.data?.rows ?? []).map((r) => ({
              value: `${r.type}:${r.id}`,
              label: `${r.title}${r.type === 'customer' ? ` ${r.units?.map((u) => u.code).join('、') ?? ''}` : ` ${r.subtitle}`}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="borrower"
          label={t('archives.loan.borrower')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} placeholder={t('archives.loan.borrowerPlaceholder')} />
        </Form.Item>
        <Form.Item name="purpose" label={t('archives.loan.purpose')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="approverId" label={t('archives.loan.approver')} rules={[{ required: true }]}>
          <Select
            options={(approvers.data ?? []).map((a) => ({ value: a.userId, label: a.displayName }))}
            loading={approvers.isPending}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="outDay"
            label={t('archives.loan.outDay')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="dueDay"
            label={t('archives.loan.dueDay')}
            rules={[{ required: true }]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
