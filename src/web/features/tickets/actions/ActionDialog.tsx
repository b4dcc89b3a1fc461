/** Opens the dialog of one action; each action's body has its own form (ActionBodies in schema.ts). */
import { FieldsModal } from './FieldsModal.tsx';
import { FIELD_ACTIONS } from './action-fields.ts';
import { ForwardModal } from './ForwardModal.tsx';
import { AssignModal } from './AssignModal.tsx';
import { HandOverModal } from './HandOverModal.tsx';
import { ClassifyComplaintModal } from './ClassifyComplaintModal.tsx';
import { ClassifyRepairModal } from './ClassifyRepairModal.tsx';
import { ConfirmModal } from './ConfirmModal.tsx';
import { CallbackModal } from './CallbackModal.tsx';
import { ExtendModal } from './ExtendModal.tsx';
import { LinkEventModal } from './LinkEventModal.tsx';
import { CompleteRepairModal } from './CompleteRepairModal.tsx';
import type { TicketAction, TicketDetail } from '../types.ts';

export type DialogAction = TicketAction | 'link_event';

/** `onSwitch` replaces this dialog with another action's (a completion that needs the classification first). */
export function ActionDialog({
  action,
  detail,
  onClose,
  onSwitch,
}: {
  action: DialogAction;
  detail: TicketDetail;
  onClose(): void;
  onSwitch(a: DialogAction): void;
}) {
  const ticket = detail.ticket;
  switch (action) {
    case 'complete':
      return ticket.kind === 'repair' ? (
        <CompleteRepairModal ticket={ticket} onClose={onClose} onClassify={() => onSwitch('classify')} />
      ) : (
        <FieldsModal ticket={ticket} action={action} specs={FIELD_ACTIONS.complete ?? []} onClose={onClose} />
      );
    case 'forward':
      return <ForwardModal ticket={ticket} onClose={onClose} />;
    case 'assign':
      return <AssignModal ticket={ticket} onClose={onClose} />;
    case 'hand_over':
      return <HandOverModal ticket={ticket} onClose={onClose} />;
    case 'classify':
      return ticket.kind === 'complaint' ? (
        <ClassifyComplaintModal
          ticket={ticket}
          canCloseInvalid={ticket.allowedActions.includes('close_invalid')}
          onClose={onClose}
        />
      ) : (
        <ClassifyRepairModal ticket={ticket} onClose={onClose} />
      );
    case 'confirm':
      return <ConfirmModal ticket={ticket} onClose={onClose} />;
    case 'callback':
      return <CallbackModal ticket={ticket} onClose={onClose} />;
    case 'extend':
      return <ExtendModal ticket={ticket} deadlines={detail.deadlines} onClose={onClose} />;
    case 'link_event':
      return <LinkEventModal ticket={ticket} event={detail.event} onClose={onClose} />;
    default: {
      const specs = FIELD_ACTIONS[action];
      return specs ? <FieldsModal ticket={ticket} action={action} specs={specs} onClose={onClose} /> : null;
    }
  }
}
