/** HTTP of key custody (KEY-1..4). */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { canAccess } from '../../platform/access/require-access.ts';
import { documentReaders } from '../../platform/signatures/readers.ts';
import { KEY_STATES } from './rules.ts';
import {
  DecideBody,
  IssueBorrowBody,
  IssueKeyBody,
  KeyDetailSchema,
  KeyPartySchema,
  KeyRequestSchema,
  KeySchema,
  LostBody,
  NoteBody,
  RegisterKeyBody,
  ViewingBody,
} from './contract.ts';
import { KeyRequestBody } from './request-bodies.ts';
import { getKey, keyParties, listKeyRequests, listKeys, MOVEMENT_ENTITY } from './read-keys.ts';
import { registerKey } from './register-key.ts';
import { issueKey } from './issue-key.ts';
import { loseKey, returnKey, startViewing } from './movements.ts';
import { cancelKeyRequest, createKeyRequest, decideKeyRequest, issueBorrowedKey } from './requests.ts';

const tags = ['keys'];
const KeyParam = ProjectParam.extend({ keyId: z.uuid().openapi({ param: { name: 'keyId', in: 'path' } }) });
const UnitParam = ProjectParam.extend({
  unitId: z.uuid().openapi({ param: { name: 'unitId', in: 'path' } }),
});
const RequestParam = ProjectParam.extend({
  requestId: z.uuid().openapi({ param: { name: 'requestId', in: 'path' } }),
});
const body = <T extends z.ZodType>(schema: T) => ({ body: { ...json(schema), required: true } });
const detail = {
  200: { description: 'The key with its movements and requests', ...json(KeyDetailSchema) },
  ...errorResponses,
};
const request = {
  200: { description: 'The request with its approvals', ...json(KeyRequestSchema) },
  ...errorResponses,
};

export function keyRoutes(deps: Deps) {
  const app = newRouter();
  // Signatures on key movements are read by whoever keeps the register.
  documentReaders.register(MOVEMENT_ENTITY, async (_deps, actor, projectId) =>
    canAccess(actor, 'key.manage', projectId),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/keys',
      tags,
      summary: 'KEY-1: the key register (钥匙委托管理清册)',
      request: {
        params: ProjectParam,
        query: z.strictObject({
          unitId: z.uuid().optional(),
          state: z.enum(KEY_STATES).optional(),
          q: z.string().max(40).optional(),
        }),
      },
      responses: { 200: { description: 'Keys', ...json(z.array(KeySchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listKeys(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/keys',
      tags,
      summary: 'KEY-1: register a key (numbered, cabinet slot); owners entrust keys of vacant units only',
      request: { params: ProjectParam, ...body(RegisterKeyBody) },
      responses: { 201: { description: 'Registered', ...json(KeyDetailSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await registerKey(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/units/{unitId}/key-parties',
      tags,
      summary:
        'KEY-1/KEY-2: the unit’s owners, tenants and occupants — who may entrust, be entrusted, collect',
      request: { params: UnitParam },
      responses: {
        200: { description: 'People of the unit', ...json(z.array(KeyPartySchema)) },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await keyParties(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('param').unitId),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/keys/{keyId}',
      tags,
      request: { params: KeyParam },
      responses: detail,
    }),
    async (c) =>
      c.json(
        await getKey(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('param').keyId),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/keys/{keyId}/issue',
      tags,
      summary:
        "KEY-2: hand the key to the entrusted owner — handover finished, identity checked, the owner's signature",
      request: { params: KeyParam, ...body(IssueKeyBody) },
      responses: detail,
    }),
    async (c) =>
      c.json(
        await issueKey(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').keyId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/keys/{keyId}/viewing',
      tags,
      summary: 'KEY-3: a viewing — the key stays with the staff escort who opens the door',
      request: { params: KeyParam, ...body(ViewingBody) },
      responses: detail,
    }),
    async (c) =>
      c.json(
        await startViewing(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').keyId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/keys/{keyId}/return',
      tags,
      summary: 'KEY-3/KEY-4: the key back in its cabinet slot after a viewing or a borrowing',
      request: { params: KeyParam, ...body(NoteBody) },
      responses: detail,
    }),
    async (c) =>
      c.json(
        await returnKey(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').keyId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/keys/{keyId}/lost',
      tags,
      summary:
        'KEY-4: a lost key, attributed to its holder (or the keeper when it went missing from the cabinet)',
      request: { params: KeyParam, ...body(LostBody) },
      responses: detail,
    }),
    async (c) =>
      c.json(
        await loseKey(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').keyId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/keys/{keyId}/requests',
      tags,
      summary: 'KEY-4: request an internal borrowing or an irregular collection (approvals follow)',
      request: { params: KeyParam, ...body(KeyRequestBody) },
      responses: { 201: { description: 'Requested', ...json(KeyRequestSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createKeyRequest(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').keyId,
          c.req.valid('json'),
        ),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/key-requests',
      tags,
      summary: 'KEY-4: requests by state (pending ones for the approvers)',
      request: {
        params: ProjectParam,
        query: z.strictObject({
          state: z.enum(['pending', 'approved', 'refused', 'issued', 'cancelled']).optional(),
        }),
      },
      responses: { 200: { description: 'Requests', ...json(z.array(KeyRequestSchema)) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listKeyRequests(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').state,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/key-requests/{requestId}/decide',
      tags,
      summary: "KEY-4: the keeper's consent, the project manager's and the company's approval, in order",
      request: { params: RequestParam, ...body(DecideBody) },
      responses: request,
    }),
    async (c) =>
      c.json(
        await decideKeyRequest(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').requestId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/key-requests/{requestId}/cancel',
      tags,
      request: { params: RequestParam, ...body(NoteBody) },
      responses: request,
    }),
    async (c) =>
      c.json(
        await cancelKeyRequest(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').requestId,
          c.req.valid('json').note,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/key-requests/{requestId}/issue',
      tags,
      summary: "KEY-4: the approved borrowing leaves the cabinet with the borrower's signature",
      request: { params: RequestParam, ...body(IssueBorrowBody) },
      responses: detail,
    }),
    async (c) =>
      c.json(
        await issueBorrowedKey(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('param').requestId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  return app;
}
