import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { assertResponseMatches } from './response-check.ts';

const route = {
  method: 'get',
  path: '/things/{id}',
  responses: {
    200: { content: { 'application/json': { schema: z.object({ id: z.string(), n: z.number() }) } } },
  },
};
const answer = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

test('an answer that matches its declared schema passes', async () => {
  await assertResponseMatches(route, answer({ id: 'a', n: 1 }));
});

test('an answer its schema refuses throws, naming the route and the field', async () => {
  await assert.rejects(
    assertResponseMatches(route, answer({ id: 'a', n: 'one' })),
    /GET \/things\/\{id\} answered 200 .*n:/,
  );
});

test('statuses without a declared JSON schema, and non-JSON answers, are not checked', async () => {
  await assertResponseMatches(route, answer({ anything: true }, 404));
  await assertResponseMatches(route, answer('<p>print</p>', 200, 'text/html'));
});
