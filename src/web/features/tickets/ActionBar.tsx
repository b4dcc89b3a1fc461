/**
 * The ticket's action buttons: what the state machine allows now (Ticket.allowedActions)
 * and this person may do; the next step of the work is the primary button.
 */
import { Button, Flex } from 'antd';
import { useLabel } from '../../app/labels.ts';
import { useProject } from '../../app/project.tsx';
import { useAuth } from '../../app/auth.tsx';
import { primaryAction, visibleActions } from './visible-actions.ts';
import type { Ticket } from './types.ts';
import type { DialogAction } from './actions/ActionDialog.tsx';

/** Leaving these is not the way forward: shown as quiet danger buttons at the end. */
const DANGER = new Set(['cancel', 'close_invalid']);

export function ActionBar({ ticket, onAction }: { ticket: Ticket; onAction(a: DialogAction): void }) {
  const label = useLabel();
  const { can } = useProject();
  const { me } = useAuth();
  const ctx = {
    kind: ticket.kind,
    state: ticket.state,
    level: ticket.level,
    written: ticket.written,
    allowed: ticket.allowedActions,
    can,
    isOwner: ticket.ownerId === me?.user.userId,
  };
  const visible = visibleActions(ctx);
  const primary = primaryAction(ctx, visible);
  return (
    <Flex gap={8} wrap justify="flex-end" data-testid="actions">
      {visible.map((a) => (
        <Button
          key={a}
          type={a === primary ? 'primary' : 'default'}
          danger={DANGER.has(a)}
          onClick={() => onAction(a)}
          data-testid={`action-${a}`}
        >
          {label('ticketAction', a)}
        </Button>
      ))}
    </Flex>
  );
}
