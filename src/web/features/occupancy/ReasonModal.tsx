/** A refusal with its reason (the owner does not accept the unit; a move-in is cancelled): a choice and/or a note. */
import { Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';

export function ReasonModal({
  open,
  title,
  okText,
  reasons,
  reasonLabel,
  noteLabel,
  noteRequired,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  okText: string;
  reasons?: { value: string; label: string }[];
  reasonLabel?: string;
  noteLabel: string;
  noteRequired?: boolean;
  onSubmit(v: { reason?: string; note: string }): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string; note: string }>();
  const report = useErrorReporter();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, 'data-testid': 'reason-submit' } as ButtonProps}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await onSubmit({ ...v, note: v.note ?? '' });
          onClose();
        } catch (err) {
          report(err, { form });
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ reason: reasons?.[0]?.value, note: '' }}
      >
        {reasons ? (
          <Form.Item name="reason" label={reasonLabel}>
            <Select options={reasons} data-testid="reason-select" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={noteLabel}
          rules={noteRequired ? [{ required: true, message: t('occupancy.common.required') }] : []}
        >
          <Input.TextArea rows={3} maxLength={300} data-testid="reason-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
