/** The dialog of an action made of plain fields (complete, rework, cancel, pause, comment …). */
import type { ReactNode } from 'react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions, useLabel } from '../../../app/labels.ts';
import { TabooHint } from '../../desk/TabooHint.tsx';
import { ActionModal } from './ActionModal.tsx';
import { fieldsBody, type FieldSpec } from './action-fields.ts';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket, TicketAction } from '../types.ts';

function ReplyCheck({ name }: { name: string }) {
  const text = (Form.useWatch(name) as string | undefined) ?? '';
  return <TabooHint text={text} />;
}

export interface FieldsModalProps {
  ticket: Ticket;
  action: TicketAction;
  specs: FieldSpec[];
  onClose(): void;
  /** Shown above the fields (what the action needs first, what is already decided). */
  intro?: ReactNode;
  /** The action cannot be sent yet; `intro` says why. */
  blocked?: boolean;
}

export function FieldsModal({ ticket, action, specs, onClose, intro, blocked = false }: FieldsModalProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const enumOptions = useEnumOptions();
  const [form] = Form.useForm<Record<string, unknown>>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  return (
    <ActionModal
      title={`${label('ticketAction', action)} · ${ticket.number}`}
      okText={label('ticketAction', action)}
      busy={busy}
      okDisabled={blocked}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {intro}
      <Form
        form={form}
        layout="vertical"
        name={`action-${action}`}
        onFinish={(v) => void submit(action, fieldsBody(specs, v))}
      >
        {specs.map((s, i) => (
          <div key={s.name}>
            <Form.Item
              name={s.name}
              label={t(`tickets.field.${s.name}`)}
              rules={
                s.required ? [{ required: true, whitespace: !s.options, message: t('common.required') }] : []
              }
            >
              {s.options ? (
                <Select options={enumOptions(s.options.group, s.options.values)} autoFocus={i === 0} />
              ) : s.short ? (
                <Input maxLength={2000} autoFocus={i === 0} />
              ) : (
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} autoFocus={i === 0} />
              )}
            </Form.Item>
            {s.reply ? <ReplyCheck name={s.name} /> : null}
          </div>
        ))}
      </Form>
    </ActionModal>
  );
}
