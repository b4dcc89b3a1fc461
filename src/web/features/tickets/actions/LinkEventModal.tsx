/**
 * 关联同一事件 (CMP-4): find another complaint by its number or customer and link it to this
 * one as one event; the fifth distinct customer makes every complaint of the event major.
 */
import { useState } from 'react';
import { Alert, Form, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { useDebounced } from '../../desk/use-debounced.ts';
import { searchComplaints } from '../api.ts';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { EventMember, Ticket } from '../types.ts';

export function LinkEventModal({
  ticket,
  event,
  onClose,
}: {
  ticket: Ticket;
  event: EventMember[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { projectId } = useProject();
  const [form] = Form.useForm<{ otherTicketId: string }>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const [typed, setTyped] = useState('');
  const text = useDebounced(typed.trim(), 250);
  const found = useQuery({
    queryKey: ['tickets', projectId, 'link-search', text],
    queryFn: () => searchComplaints(projectId, text),
    enabled: text.length > 0,
  });
  const linked = new Set([ticket.ticketId, ...event.map((e) => e.ticketId)]);
  const options = (found.data?.items ?? [])
    .filter((c) => !linked.has(c.ticketId))
    .map((c) => ({
      value: c.ticketId,
      label: (
        <span>
          <Typography.Text strong style={{ fontFamily: 'monospace' }}>
            {c.number}
          </Typography.Text>{' '}
          {c.customerName}
          {c.level ? ` · ${label('complaintLevel', c.level)}` : ''}
          <Typography.Text type="secondary"> · {c.description}</Typography.Text>
        </span>
      ),
    }));
  return (
    <ActionModal
      title={`${t('tickets.linkEvent')} · ${ticket.number}`}
      okText={t('tickets.linkEvent')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('tickets.linkHint')} />
      <Form
        form={form}
        layout="vertical"
        name="link-event"
        onFinish={(v) => void submit('link_event', { otherTicketId: v.otherTicketId })}
      >
        <Form.Item
          name="otherTicketId"
          label={t('tickets.field.otherTicketId')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setTyped }}
            placeholder={t('tickets.linkSearch')}
            options={options}
            loading={found.isFetching}
            notFoundContent={text && !found.isFetching ? t('tickets.empty') : null}
            autoFocus
            data-testid="link-search"
          />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
