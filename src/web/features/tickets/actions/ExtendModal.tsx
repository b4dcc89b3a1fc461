/** 延期 (TKT-6): one open deadline moved later, with a reason, by the level's approver. */
import { Alert, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { EXTENDABLE_DEADLINES } from '../values.ts';
import { beforeToday, zonedIso } from '../zoned-input.ts';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { DeadlineRow, Ticket } from '../types.ts';

export function ExtendModal({
  ticket,
  deadlines,
  onClose,
}: {
  ticket: Ticket;
  deadlines: DeadlineRow[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const fmt = useFormatTime();
  const { timeZone } = useProject();
  const [form] = Form.useForm<{ deadline: string; newDueAt: Dayjs; reason: string }>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const outstanding = deadlines.filter(
    (d) =>
      (d.status === 'open' || d.status === 'breached') &&
      !d.metAt &&
      (EXTENDABLE_DEADLINES as readonly string[]).includes(d.kind),
  );
  const required = { required: true, message: t('common.required') };
  return (
    <ActionModal
      title={`${label('ticketAction', 'extend')} · ${ticket.number}`}
      okText={label('ticketAction', 'extend')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('tickets.extendHint')} />
      <Form
        form={form}
        layout="vertical"
        name="extend"
        initialValues={{ deadline: outstanding[0]?.kind }}
        onFinish={(v) =>
          void submit('extend', {
            deadline: v.deadline,
            newDueAt: zonedIso(v.newDueAt, timeZone),
            reason: v.reason.trim(),
          })
        }
      >
        <Form.Item name="deadline" label={t('tickets.field.deadline')} rules={[required]}>
          <Select
            options={outstanding.map((d) => ({
              value: d.kind,
              label: `${label('deadlineKind', d.kind)} · ${fmt(d.dueAt)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="newDueAt" label={t('tickets.field.newDueAt')} rules={[required]}>
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={beforeToday}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('tickets.field.reason')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
