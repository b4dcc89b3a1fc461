/**
 * Sending one action of a ticket from its dialog: the ticket's version goes along (a stale
 * one gets the reload prompt), field problems land on the form, and an action the ticket
 * has moved past (409 ILLEGAL_TRANSITION) closes the dialog and refreshes the buttons.
 */
import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { useTicketWrites } from '../api.ts';
import type { Ticket, TicketAction } from '../types.ts';

export function useActionSubmit(ticket: Ticket, onDone: () => void, form?: FormInstance) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const { projectId } = useProject();
  const writes = useTicketWrites(projectId, ticket.ticketId);
  const [busy, setBusy] = useState(false);
  const submit = async (
    action: TicketAction | 'link_event',
    body: Record<string, unknown>,
  ): Promise<boolean> => {
    setBusy(true);
    try {
      await writes.act(action, { version: ticket.version, ...body });
      message.success(t('tickets.done'));
      onDone();
      return true;
    } catch (err) {
      report(err, { form, onConflict: onDone });
      if (err instanceof ApiError && err.code === 'ILLEGAL_TRANSITION') {
        onDone();
        void writes.refresh();
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy };
}
