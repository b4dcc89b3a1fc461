/**
 * Unit statuses are quoted in other modules' refusals through keys built from the status
 * (`unit_status.${status}`), so catalogue.test.ts cannot find them by reading the code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages } from './messages.ts';
import { UNIT_STATUSES } from './rules.ts';

test('every unit status has its name in both languages', () => {
  const keys = UNIT_STATUSES.map((s) => `unit_status.${s}`);
  assert.deepEqual(
    keys.filter((k) => !(k in messages.zh && k in messages.en)),
    [],
  );
});
