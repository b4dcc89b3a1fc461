/**
 * What a ticket records (TKT-1, REP-1, CMP-1): customer, phone, place, who received it and
 * owns it (首问责任人, TKT-2), the department and person working it, its times, and the
 * kind's own facts — urgency, appointment and price for a repair, validity and level for a
 * complaint.
 */
import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import { useDepartmentName } from '../../app/departments.ts';
import { useFormatTime } from '../../app/time.ts';
import { formatYuan } from './money.ts';
import type { Ticket } from './types.ts';

export function TicketFacts({ ticket: tk }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const label = useLabel();
  const department = useDepartmentName();
  const fmt = useFormatTime();
  const items: NonNullable<DescriptionsProps['items']> = [
    // What the customer said comes first: it is what everyone opening the ticket reads.
    {
      key: 'description',
      label: t('tickets.fact.description'),
      span: 2,
      children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{tk.description}</Typography.Text>,
    },
    {
      key: 'customer',
      label: t('tickets.fact.customer'),
      children: [tk.customerName, tk.company].filter(Boolean).join(' · '),
    },
    { key: 'phone', label: t('tickets.fact.phone'), children: tk.contactPhone || '—' },
    { key: 'place', label: t('tickets.fact.place'), children: tk.unitCode ?? (tk.publicArea || '—') },
    { key: 'channel', label: t('tickets.fact.channel'), children: label('channel', tk.channel) },
    { key: 'receiver', label: t('tickets.fact.receiver'), children: tk.receiverName ?? '—' },
    {
      key: 'owner',
      label: t('tickets.fact.owner'),
      children: <span data-testid="owner">{tk.ownerName ?? '—'}</span>,
    },
    { key: 'department', label: t('tickets.fact.department'), children: department(tk.department) || '—' },
    { key: 'assignee', label: t('tickets.fact.assignee'), children: tk.assigneeName ?? '—' },
  ];
  if (tk.kind === 'repair') {
    items.push({
      key: 'urgency',
      label: t('tickets.fact.urgency'),
      children: tk.urgency ? label('urgency', tk.urgency) : '—',
    });
    items.push({
      key: 'appointment',
      label: t('tickets.fact.appointmentAt'),
      children: tk.appointmentAt ? fmt(tk.appointmentAt) : '—',
    });
    items.push({
      key: 'charge',
      label: t('tickets.fact.charge'),
      span: 2,
      children: tk.charge
        ? `${label('charge', tk.charge)}${tk.priceFen !== null ? ` · ${formatYuan(tk.priceFen)}` : ''}`
        : '—',
    });
  }
  if (tk.kind === 'complaint') {
    items.push({
      key: 'validity',
      label: t('tickets.fact.validity'),
      children: tk.validity ? label('validity', tk.validity) : '—',
    });
    items.push({
      key: 'type',
      label: t('tickets.fact.complaintType'),
      children: tk.complaintType ? label('complaintType', tk.complaintType) : '—',
    });
  }
  if (tk.written)
    items.push({ key: 'written', label: t('tickets.fact.written'), children: t('tickets.yes') });
  const times: [string, string | null][] = [
    ['receivedAt', tk.receivedAt],
    ['forwardedAt', tk.forwardedAt],
    ['pickedUpAt', tk.pickedUpAt],
    ['completedAt', tk.completedAt],
    ['answeredAt', tk.answeredAt],
    ['closedAt', tk.closedAt],
  ];
  for (const [key, at] of times)
    if (at) items.push({ key, label: t(`tickets.fact.${key as 'receivedAt'}`), children: fmt(at) });
  if (tk.satisfaction)
    items.push({
      key: 'satisfaction',
      label: t('tickets.fact.satisfaction'),
      children: label('satisfaction', tk.satisfaction),
    });
  return (
    <Card size="small" title={t('tickets.facts')}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={items}
        data-testid="facts"
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      />
    </Card>
  );
}
