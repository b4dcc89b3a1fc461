/** 归还 (CUS-4): the day the paper file came back. */
import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { todayIn } from '../reports/week.ts';
import { useArchiveWrites, type LoanDto } from './api.ts';

export function ReturnModal({ loan, onClose }: { loan: LoanDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId, timeZone } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<{ backDay: Dayjs }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loan) form.setFieldsValue({ backDay: dayjs(todayIn(timeZone)) });
  }, [loan, form, timeZone]);

  const submit = async (v: { backDay: Dayjs }) => {
    if (!loan) return;
    setBusy(true);
    try {
      await writes.giveBack(loan.loanId, v.backDay.format('YYYY-MM-DD'));
      message.success(t('archives.loan.returned', { file: loan.subjectTitle }));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!loan}
      title={t('archives.loan.return')}
      okText={t('archives.loan.returnOk')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph>
        {loan
          ? t('archives.loan.returnOf', {
              file: loan.subjectTitle,
              borrower: loan.borrower,
              outDay: loan.outDay,
            })
          : null}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} name="return-loan">
        <Form.Item name="backDay" label={t('archives.loan.backDay')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
