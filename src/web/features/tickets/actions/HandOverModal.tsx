/** 移交 (TKT-2): first-contact ownership moves only by this explicit hand-over, with a note. */
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { useStaff } from '../../staff/api.ts';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

export function HandOverModal({ ticket, onClose }: { ticket: Ticket; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { projectId } = useProject();
  const staff = useStaff(projectId);
  const [form] = Form.useForm<{ toUserId: string; note: string }>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const people = (staff.data ?? [])
    .filter(
      (s) => s.active && s.userId !== ticket.ownerId && s.memberships.some((m) => m.projectId === projectId),
    )
    .map((s) => ({
      value: s.userId,
      label: `${s.displayName} · ${s.memberships
        .filter((m) => m.projectId === projectId)
        .map((m) => label('role', m.role))
        .join('、')}`,
    }));
  return (
    <ActionModal
      title={`${label('ticketAction', 'hand_over')} · ${ticket.number}`}
      okText={label('ticketAction', 'hand_over')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="hand-over"
        onFinish={(v) => void submit('hand_over', { toUserId: v.toUserId, note: v.note.trim() })}
      >
        <Form.Item
          name="toUserId"
          label={t('tickets.field.toUserId')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={people}
            loading={staff.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            autoFocus
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('tickets.field.note')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
