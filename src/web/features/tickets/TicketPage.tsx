/**
 * One ticket: its number and marks, the live countdown to the next deadline, the actions this
 * person may take now, the facts, the whole timeline (TKT-4), deadlines, callbacks, photos
 * and — for a complaint — the other complaints of the same event.
 */
import { useState } from 'react';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useLabel } from '../../app/labels.ts';
import { useFormatTime } from '../../app/time.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { printUrl, useServerClockSync, useTicket } from './api.ts';
import { canLinkEvent } from './visible-actions.ts';
import { usePeopleNames } from './use-people-names.ts';
import { DueCountdown } from './DueCountdown.tsx';
import { TicketHeaderTags } from './TicketHeaderTags.tsx';
import { ActionBar } from './ActionBar.tsx';
import { ActionDialog, type DialogAction } from './actions/ActionDialog.tsx';
import { TicketFacts } from './TicketFacts.tsx';
import { TicketTimeline } from './TicketTimeline.tsx';
import { DeadlinesCard } from './DeadlinesCard.tsx';
import { CallbacksCard } from './CallbacksCard.tsx';
import { PhotosCard } from './PhotosCard.tsx';
import { EventCard } from './EventCard.tsx';

/** Repairs print as the work order (REP-1), complaints and requests as the reply form (CMP-8). */
const PRINTABLE = new Set(['repair', 'complaint', 'request']);

export default function TicketPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const fmt = useFormatTime();
  const { ticketId = '' } = useParams();
  const { projectId, can } = useProject();
  const navigate = useNavigate();
  useServerClockSync(projectId);
  const detail = useTicket(projectId, ticketId);
  const names = usePeopleNames(detail.data);
  const [dialog, setDialog] = useState<DialogAction | null>(null);

  if (detail.isPending) return <Skeleton active />;
  if (detail.isError) return <LoadFailed error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const tk = d.ticket;
  return (
    <>
      <PageHeader
        title={tk.number}
        subtitle={<TicketHeaderTags ticket={tk} />}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/p/${projectId}/tickets`)}>
              {t('tickets.back')}
            </Button>
            {PRINTABLE.has(tk.kind) ? (
              <Button
                icon={<PrinterOutlined />}
                href={printUrl(projectId, tk.ticketId)}
                target="_blank"
                rel="noopener"
                data-testid="print"
              >
                {t('tickets.print')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          {tk.nextDueAt || tk.pausedSince ? (
            <DueCountdown dueAt={tk.nextDueAt} kind={tk.nextDueKind} paused={!!tk.pausedSince} size="large" />
          ) : (
            <Typography.Text type="secondary">
              {tk.closedAt
                ? `${label('ticketState', tk.state)} · ${fmt(tk.closedAt)}`
                : label('ticketState', tk.state)}
            </Typography.Text>
          )}
          <ActionBar ticket={tk} onAction={setDialog} />
        </Flex>
      </Card>
      <Flex gap={12} align="start">
        <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
          <TicketFacts ticket={tk} />
          <Card size="small" title={t('tickets.timeline')}>
            <TicketTimeline entries={d.timeline} names={names} />
          </Card>
        </Flex>
        <Flex vertical gap={12} style={{ width: 380, flex: 'none' }}>
          <DeadlinesCard deadlines={d.deadlines} />
          {tk.kind === 'complaint' ? (
            <EventCard
              projectId={projectId}
              ticketId={tk.ticketId}
              event={d.event}
              canLink={canLinkEvent({ kind: tk.kind, state: tk.state, can })}
              onLink={() => setDialog('link_event')}
            />
          ) : null}
          <CallbacksCard callbacks={d.callbacks} />
          <PhotosCard projectId={projectId} ticketId={tk.ticketId} attachments={d.attachments} />
        </Flex>
      </Flex>
      {dialog ? (
        <ActionDialog action={dialog} detail={d} onClose={() => setDialog(null)} onSwitch={setDialog} />
      ) : null}
    </>
  );
}
