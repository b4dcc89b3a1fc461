/** 转交 (TKT-3): to the responsible department, optionally to one person in it. */
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { DepartmentPersonFields, type DepartmentPersonValues } from '../DepartmentPersonFields.tsx';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

/** Where a kind of ticket usually goes first; the clerk can always choose another. */
export function defaultDepartment(kind: string): string | undefined {
  return kind === 'repair' ? 'engineering' : undefined;
}

export function ForwardModal({ ticket, onClose }: { ticket: Ticket; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<DepartmentPersonValues & { note?: string }>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  return (
    <ActionModal
      title={`${label('ticketAction', 'forward')} · ${ticket.number}`}
      okText={label('ticketAction', 'forward')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('desk.forwardRule')} />
      <Form
        form={form}
        layout="vertical"
        name="forward"
        initialValues={{ department: ticket.department ?? defaultDepartment(ticket.kind) }}
        onFinish={(v) =>
          void submit('forward', {
            department: v.department,
            ...(v.assigneeId ? { assigneeId: v.assigneeId } : {}),
            note: v.note?.trim() ?? '',
          })
        }
      >
        <DepartmentPersonFields form={form} />
        <Form.Item name="note" label={t('tickets.field.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
