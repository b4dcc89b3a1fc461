/** Buttons follow the state machine and the person's permissions (TKT, REP-4, CMP-2). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedActions } from '../../../server/modules/tickets/states.ts';
import { permissionsOf } from '../../../server/platform/access/roles.ts';
import { canLinkEvent, primaryAction, visibleActions, type ActionContext } from './visible-actions.ts';

function ctx(
  role: string,
  kind: 'repair' | 'complaint',
  state: 'new' | 'forwarded' | 'in_progress' | 'resolved' | 'callback',
  extra: Partial<ActionContext> = {},
): ActionContext {
  const perms = permissionsOf([role]);
  return {
    kind,
    state,
    level: null,
    written: false,
    allowed: allowedActions(kind, state, false),
    can: (p) => perms.has(p),
    isOwner: false,
    ...extra,
  };
}

test('REP-4: the engineer is offered pick-up on a forwarded repair; the clerk is offered the chase', () => {
  const eng = ctx('engineering', 'repair', 'forwarded');
  assert.deepEqual(visibleActions(eng), ['pick_up', 'assign', 'pause', 'comment']);
  assert.equal(primaryAction(eng, visibleActions(eng)), 'pick_up');
  const clerk = ctx('cs_clerk', 'repair', 'forwarded');
  assert.ok(visibleActions(clerk).includes('chase'));
  assert.ok(!visibleActions(clerk).includes('pick_up'));
  assert.equal(primaryAction(clerk, visibleActions(clerk)), null);
});

test('TKT-3: a new repair offers the clerk forward first, and settle; not cancel', () => {
  const clerk = ctx('cs_clerk', 'repair', 'new', { isOwner: true });
  const v = visibleActions(clerk);
  assert.equal(v[0], 'classify');
  assert.equal(primaryAction(clerk, v), 'forward');
  assert.ok(v.includes('settle') && v.includes('hand_over'));
  assert.ok(!v.includes('cancel') && !v.includes('close_invalid'));
});

test('CMP-2: an unclassified complaint asks the supervisor to classify first; a clerk cannot classify or link', () => {
  const sup = ctx('cs_supervisor', 'complaint', 'new');
  assert.equal(primaryAction(sup, visibleActions(sup)), 'classify');
  assert.ok(visibleActions(sup).includes('close_invalid'));
  assert.equal(canLinkEvent(sup), true);
  const clerk = ctx('cs_clerk', 'complaint', 'new');
  assert.ok(!visibleActions(clerk).includes('classify'));
  assert.equal(canLinkEvent(clerk), false);
});

test('REP-5/REP-6: the desk confirms a resolved repair and calls it back; CMP-8 buttons only on written complaints', () => {
  assert.equal(
    primaryAction(
      ctx('cs_clerk', 'repair', 'resolved'),
      visibleActions(ctx('cs_clerk', 'repair', 'resolved')),
    ),
    'confirm',
  );
  assert.equal(
    primaryAction(
      ctx('cs_clerk', 'repair', 'callback'),
      visibleActions(ctx('cs_clerk', 'repair', 'callback')),
    ),
    'callback',
  );
  assert.ok(!visibleActions(ctx('cs_clerk', 'complaint', 'in_progress')).includes('written_reply'));
  assert.ok(
    visibleActions(ctx('cs_clerk', 'complaint', 'in_progress', { written: true })).includes('written_reply'),
  );
});
