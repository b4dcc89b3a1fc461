import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './transfer.ts';

test('a streamed answer is read line by line, keeping an unfinished line for the next chunk', () => {
  assert.deepEqual(splitLines('{"progress":{"done":0,"total":2}}\n{"progress":{"done":2'), {
    lines: ['{"progress":{"done":0,"total":2}}'],
    rest: '{"progress":{"done":2',
  });
  assert.deepEqual(splitLines('{"a":1}\n\n{"b":2}\n'), { lines: ['{"a":1}', '{"b":2}'], rest: '' });
  assert.deepEqual(splitLines(''), { lines: [], rest: '' });
});
