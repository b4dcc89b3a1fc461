/** Cancel a pass not yet used, with the reason (kept in its history). */
import { useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PassDto } from '../api.ts';
import { usePassStep } from './use-pass-step.ts';

export function CancelPassButton({ pass }: { pass: PassDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const step = usePassStep(pass.passId);
  const submit = async () => {
    const v = await form.validateFields();
    if (await step.run('cancel', { reason: v.reason.trim() }, form)) setOpen(false);
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="pass-cancel">
        {t('custody.wizard.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('custody.wizard.cancelTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        confirmLoading={step.busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.Item
            name="reason"
            label={t('custody.wizard.cancelReason')}
            rules={[{ required: true, whitespace: true, message: t('custody.wizard.cancelReasonRequired') }]}
          >
            <Input maxLength={200} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
