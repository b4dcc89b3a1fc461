/**
 * Right after saving (TKT-3): the ticket's number, the 10-minute forwarding countdown, and a
 * quick forward — department, optionally a person with their open work — with the Forward
 * button already focused, so Enter sends it. Then the next call gets a fresh form.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { CheckCircleFilled, ExportOutlined, PhoneOutlined, SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useDepartmentName } from '../../app/departments.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { useTicketWrites } from '../tickets/api.ts';
import { DepartmentPersonFields, type DepartmentPersonValues } from '../tickets/DepartmentPersonFields.tsx';
import { defaultDepartment } from '../tickets/actions/ForwardModal.tsx';
import { DueCountdown } from '../tickets/DueCountdown.tsx';
import { useServerNow } from '../tickets/server-clock.ts';
import { KindTag, StateBadge, UrgentTag } from '../tickets/tags.tsx';
import type { Ticket } from '../tickets/types.ts';

export function AfterSave({ ticket, onNext }: { ticket: Ticket; onNext(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const { projectId, can } = useProject();
  const departmentName = useDepartmentName();
  const writes = useTicketWrites(projectId, ticket.ticketId);
  const [form] = Form.useForm<DepartmentPersonValues>();
  const [busy, setBusy] = useState(false);
  const waiting = ticket.state === 'new';
  const forwardDue = ticket.nextDueKind === 'forward' ? ticket.nextDueAt : null;
  const now = useServerNow();
  const late = !!forwardDue && Date.parse(forwardDue) < now;
  // CMP-2: a complaint is forwarded once the supervisor has classified it.
  const canForward =
    waiting && ticket.allowedActions.includes('forward') && can('ticket.desk') && ticket.kind !== 'complaint';

  const forward = async (v: DepartmentPersonValues) => {
    setBusy(true);
    try {
      await writes.act('forward', {
        version: ticket.version,
        department: v.department,
        ...(v.assigneeId ? { assigneeId: v.assigneeId } : {}),
        note: '',
      });
      message.success(t('desk.forwarded', { department: departmentName(v.department) }));
      onNext();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-testid="after-save">
      <Flex vertical gap={16}>
        <Flex align="center" gap={12} wrap>
          <CheckCircleFilled style={{ fontSize: 28, color: '#52c41a' }} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('desk.savedTitle')}
            <span data-testid="saved-number" style={{ fontFamily: 'monospace', marginInlineStart: 12 }}>
              {ticket.number}
            </span>
          </Typography.Title>
          <KindTag kind={ticket.kind} />
          {ticket.urgency === 'urgent' ? <UrgentTag /> : null}
          <StateBadge state={ticket.state} />
        </Flex>
        {waiting ? (
          <Flex align="baseline" gap={12} data-testid="forward-countdown">
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('desk.forwardCountdown')}
            </Typography.Text>
            <span style={{ fontSize: 28 }}>
              <DueCountdown dueAt={forwardDue} kind={null} size="large" />
            </span>
            {late ? (
              <Typography.Text type="danger">{t('desk.forwardLate')}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('desk.forwardRule')}</Typography.Text>
            )}
          </Flex>
        ) : (
          <Alert type="success" showIcon title={t('desk.settledDone')} />
        )}
        {waiting && ticket.kind === 'complaint' ? (
          <Alert type="info" showIcon title={t('desk.complaintNeedsLevel')} />
        ) : null}
        {canForward ? (
          <Form
            form={form}
            layout="vertical"
            name="quick-forward"
            initialValues={{ department: defaultDepartment(ticket.kind) }}
            onFinish={(v) => void forward(v)}
          >
            <Flex gap={12} align="end" wrap>
              <DepartmentPersonFields form={form} layout="inline" />
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SendOutlined />}
                  loading={busy}
                  autoFocus
                  data-testid="quick-forward"
                >
                  {t('desk.forward')}
                </Button>
              </Form.Item>
            </Flex>
          </Form>
        ) : null}
        <Flex gap={8}>
          <Link to={`/p/${projectId}/tickets/${ticket.ticketId}`}>
            <Button icon={<ExportOutlined />}>{t('desk.openTicket')}</Button>
          </Link>
          {/* Nothing to forward: Enter goes on to the next call. */}
          <Button icon={<PhoneOutlined />} onClick={onNext} autoFocus={!canForward} data-testid="next-call">
            {t('desk.nextCall')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
