import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedActions,
  canTransition,
  nextState,
  OPEN_STATES,
  TICKET_ACTIONS,
  TICKET_KINDS,
  TICKET_STATES,
  TRANSITIONS,
  type TicketKind,
  type TicketState,
} from './states.ts';

test('every allowed transition leads where the table says', () => {
  for (const kind of TICKET_KINDS) {
    for (const state of TICKET_STATES) {
      for (const action of TICKET_ACTIONS) {
        const t = TRANSITIONS[action];
        const allowed = canTransition(action, kind, state, false);
        const expected =
          t.from.includes(state) && (!t.kinds || t.kinds.includes(kind)) && action !== 'resume';
        assert.equal(allowed, expected, `${kind} ${state} ${action}`);
        if (allowed) assert.ok(TICKET_STATES.includes(nextState(action, kind, state, false)!));
        else assert.equal(nextState(action, kind, state, false), null);
      }
    }
  }
});

test('TKT-3: only a new ticket is forwarded or settled; settling an inquiry closes it, a repair goes to callback (CBK-1)', () => {
  assert.equal(nextState('forward', 'repair', 'new', false), 'forwarded');
  assert.equal(nextState('forward', 'repair', 'forwarded', false), null);
  assert.equal(nextState('settle', 'inquiry', 'new', false), 'closed');
  assert.equal(nextState('settle', 'message', 'new', false), 'closed');
  assert.equal(nextState('settle', 'repair', 'new', false), 'callback');
  assert.equal(nextState('settle', 'complaint', 'new', false), 'callback');
});

test('REP-4/REP-5: completion needs a pick-up first; rework returns to work on the same ticket', () => {
  assert.equal(nextState('complete', 'repair', 'forwarded', false), null);
  assert.equal(nextState('pick_up', 'repair', 'forwarded', false), 'in_progress');
  assert.equal(nextState('complete', 'repair', 'in_progress', false), 'resolved');
  assert.equal(nextState('confirm', 'repair', 'resolved', false), 'callback');
  assert.equal(nextState('rework', 'repair', 'resolved', false), 'in_progress');
  assert.equal(nextState('rework', 'repair', 'callback', false), 'in_progress');
  assert.equal(nextState('rework', 'inquiry', 'resolved', false), null);
});

test('CMP-2: only complaints are closed as invalid, and only before work starts', () => {
  assert.equal(nextState('close_invalid', 'complaint', 'new', false), 'closed');
  assert.equal(nextState('close_invalid', 'complaint', 'in_progress', false), null);
  assert.equal(nextState('close_invalid', 'repair', 'new', false), null);
});

test('TKT-4: closed and cancelled tickets take no action but comments', () => {
  for (const kind of TICKET_KINDS as readonly TicketKind[]) {
    for (const state of ['closed', 'cancelled'] as TicketState[])
      assert.deepEqual(allowedActions(kind, state, false), ['comment']);
  }
  for (const state of OPEN_STATES) assert.ok(allowedActions('repair', state, false).includes('cancel'));
});

test('a paused ticket cannot be picked up or completed until resumed', () => {
  assert.equal(canTransition('pick_up', 'repair', 'forwarded', true), false);
  assert.equal(canTransition('complete', 'repair', 'in_progress', true), false);
  assert.equal(canTransition('pause', 'repair', 'in_progress', true), false);
  assert.equal(canTransition('resume', 'repair', 'in_progress', true), true);
  assert.equal(canTransition('resume', 'repair', 'in_progress', false), false);
  assert.equal(canTransition('chase', 'repair', 'forwarded', true), true);
});

test('CMP-8: written reply and corrective action are complaint steps', () => {
  assert.equal(canTransition('written_reply', 'complaint', 'resolved', false), true);
  assert.equal(canTransition('written_reply', 'repair', 'resolved', false), false);
  assert.equal(canTransition('corrective_action', 'complaint', 'new', false), false);
});
