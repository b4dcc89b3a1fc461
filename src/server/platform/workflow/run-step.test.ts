/**
 * The runner's promises, on a made-up workflow whose record lives in memory: who may act is
 * asked first, a refused step runs no effect and writes nothing, a failing effect rolls the
 * history back, the outcome may decide the state, and the event follows the commit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../../../../tests/support/harness.ts';
import { SYSTEM_ACTOR, type Actor } from '../access/actor.ts';
import { AppError, notFound } from '../errors.ts';
import type { LiveEvent } from '../events/bus.ts';
import { listHistory, recordHistory } from '../history/record-history.ts';
import type { Deps } from '../http/context.ts';
import { runStep, type StepEffect, type Workflow } from './run-step.ts';
import { stepTarget, type TransitionTable } from './transitions.ts';

type State = 'open' | 'done' | 'refused';
type Step = 'finish' | 'cancel';
interface Thing {
  id: string;
  state: State;
}

const TABLE: TransitionTable<State, Step> = {
  finish: { from: ['open'], to: 'done' },
  cancel: { from: ['open'], to: null },
};

interface Effect extends StepEffect<State> {
  note?: string;
}

/** A workflow over an in-memory record, so each test sees exactly what the runner saved. */
function thingWorkflow(
  things: Map<string, Thing>,
  saves: string[],
): Workflow<Thing, Step, State, string, Effect, Thing> {
  return {
    entityType: 'test_thing',
    idOf: (t) => t.id,
    permission: (step) => (step === 'cancel' ? 'billing.adjust' : 'project.read'),
    async lock(_trx, { id }) {
      const t = things.get(id);
      if (!t) throw notFound('what.thing');
      return t;
    },
    transition: (t, step) =>
      stepTarget(TABLE, t.state, step) ?? new AppError('ILLEGAL_TRANSITION', { details: { state: t.state } }),
    async save(_trx, { row, to }) {
      const saved = { ...row, state: to };
      things.set(row.id, saved);
      saves.push(`${row.id}:${to}`);
      return saved;
    },
    history: ({ row, to, effect }) => ({
      action: 'step',
      before: { state: row.state },
      after: { state: to, note: effect.note },
    }),
    event: 'thing.updated',
  };
}

function recording(deps: Deps): { deps: Deps; events: LiveEvent[] } {
  const events: LiveEvent[] = [];
  return {
    events,
    deps: {
      ...deps,
      bus: {
        publish: async (e) => void events.push(e),
        subscribe: () => () => undefined,
        close: async () => undefined,
      },
    },
  };
}

forEachDatabase('workflow step runner', (ctx) => {
  const clerk = (projectId: string): Actor => ({
    ...SYSTEM_ACTOR,
    userId: 'u-clerk',
    isCompanyAdmin: false,
    roles: new Map([[projectId, ['cs_clerk']]]),
  });

  test('a step the table allows: effect, save, history entry and event, in that order', async () => {
    const projectId = ctx().projects.CAMPUS;
    const things = new Map([['t1', { id: 't1', state: 'open' as State }]]);
    const saves: string[] = [];
    const { deps, events } = recording(ctx().deps);
    const done = await runStep(
      deps,
      thingWorkflow(things, saves),
      { actor: SYSTEM_ACTOR, projectId, id: 't1', step: 'finish' },
      async ({ to, row }) => {
        assert.equal(to, 'done');
        assert.equal(row.state, 'open');
        assert.equal(events.length, 0, 'nothing announced before the commit');
        return { note: 'ok' };
      },
    );
    assert.deepEqual(done.saved, { id: 't1', state: 'done' });
    assert.deepEqual(saves, ['t1:done']);
    const history = await listHistory(deps.db.k, projectId, 'test_thing', 't1');
    assert.deepEqual(
      history.map((h) => [h.action, h.before, h.after]),
      [['step', { state: 'open' }, { state: 'done', note: 'ok' }]],
    );
    assert.deepEqual(
      events.map((e) => [e.type, e.entityId, e.data]),
      [['thing.updated', 't1', { action: 'finish' }]],
    );
  });

  test('a refused transition runs no effect and writes nothing; the refusal keeps its code', async () => {
    const projectId = ctx().projects.CAMPUS;
    const things = new Map([['t2', { id: 't2', state: 'done' as State }]]);
    const saves: string[] = [];
    const { deps, events } = recording(ctx().deps);
    let ran = false;
    await assert.rejects(
      runStep(
        deps,
        thingWorkflow(things, saves),
        { actor: SYSTEM_ACTOR, projectId, id: 't2', step: 'finish' },
        async () => {
          ran = true;
          return {};
        },
      ),
      (e: unknown) => e instanceof AppError && e.code === 'ILLEGAL_TRANSITION',
    );
    assert.equal(ran, false);
    assert.deepEqual(saves, []);
    assert.deepEqual(events, []);
    assert.equal((await listHistory(deps.db.k, projectId, 'test_thing', 't2')).length, 0);
  });

  test('who may act is asked before the record is read', async () => {
    const projectId = ctx().projects.CAMPUS;
    const saves: string[] = [];
    const { deps } = recording(ctx().deps);
    const missing = new Map<string, Thing>();
    await assert.rejects(
      runStep(
        deps,
        thingWorkflow(missing, saves),
        { actor: clerk(projectId), projectId, id: 'nowhere', step: 'cancel' },
        async () => ({}),
      ),
      (e: unknown) => e instanceof AppError && e.code === 'FORBIDDEN',
    );
    await assert.rejects(
      runStep(
        deps,
        thingWorkflow(missing, saves),
        { actor: clerk(projectId), projectId, id: 'nowhere', step: 'finish' },
        async () => ({}),
      ),
      (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND',
    );
  });

  test('the outcome may decide the state; a failing save rolls back what it wrote', async () => {
    const projectId = ctx().projects.CAMPUS;
    const things = new Map([['t3', { id: 't3', state: 'open' as State }]]);
    const saves: string[] = [];
    const { deps } = recording(ctx().deps);
    const done = await runStep(
      deps,
      thingWorkflow(things, saves),
      { actor: SYSTEM_ACTOR, projectId, id: 't3', step: 'cancel' },
      async ({ to }) => {
        assert.equal(
          to,
          'open',
          'a step whose table target is null stays, unless its outcome says otherwise',
        );
        return { to: 'refused' };
      },
    );
    assert.equal(done.to, 'refused');

    // A save that writes and then fails: what it wrote goes with the transaction.
    const failing: Workflow<Thing, Step, State, string, Effect, Thing> = {
      ...thingWorkflow(new Map([['t4', { id: 't4', state: 'open' as State }]]), saves),
      async save(trx, { actor, at }) {
        await recordHistory(trx, {
          projectId,
          entityType: 'test_thing',
          entityId: 't4',
          action: 'half',
          actor,
          at,
        });
        throw new Error('disk full');
      },
    };
    await assert.rejects(
      runStep(deps, failing, { actor: SYSTEM_ACTOR, projectId, id: 't4', step: 'finish' }, async () => ({})),
      /disk full/,
    );
    assert.equal((await listHistory(deps.db.k, projectId, 'test_thing', 't4')).length, 0);
  });
});
