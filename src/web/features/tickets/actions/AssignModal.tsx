/** 派工: a person of the ticket's department takes it (left empty: the next in turn). */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { PersonSelect } from '../DepartmentPersonFields.tsx';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

export function AssignModal({ ticket, onClose }: { ticket: Ticket; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<{ assigneeId?: string; note?: string }>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  return (
    <ActionModal
      title={`${label('ticketAction', 'assign')} · ${ticket.number}`}
      okText={label('ticketAction', 'assign')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="assign"
        initialValues={{ assigneeId: ticket.assigneeId ?? undefined }}
        onFinish={(v) =>
          void submit('assign', {
            ...(v.assigneeId ? { assigneeId: v.assigneeId } : {}),
            note: v.note?.trim() ?? '',
          })
        }
      >
        <Form.Item name="assigneeId" label={t('tickets.field.assignee')}>
          <PersonSelect department={ticket.department ?? undefined} autoFocus />
        </Form.Item>
        <Form.Item name="note" label={t('tickets.field.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
