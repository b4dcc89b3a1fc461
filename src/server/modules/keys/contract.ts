/**
 * The HTTP contract of the key custody API (KEY-1..4): request bodies and answers. Pure zod (the browser
 * imports it); a body whose date window counts from the server's now is in request-bodies.ts.
 */
import { z } from '@hono/zod-openapi';
import { SignatureBody } from '../../platform/signatures/signatures.contract.ts';
import { APPROVAL_STEPS, KEY_ACTIONS, KEY_KINDS, KEY_STATES } from './rules.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { JsonObjectSchema } from '../../platform/http/json-value.ts';

export const text = (max: number) => z.string().trim().max(max);
/** Names, numbers and cabinet slots: one line. */
export const line = (max: number) => singleLineText(max, { min: 0 });

export const RegisterKeyBody = z
  .strictObject({
    unitId: z.uuid(),
    kind: z.enum(KEY_KINDS),
    cabinetSlot: line(20).min(1).openapi({ example: 'A-03' }),
    /** The designated key keeper (KEY-4); the person registering when not given. */
    keeperId: z.uuid().optional(),
    /** Entrusted keys: the owner who entrusts it (must be an owner of the unit). */
    entrustedBy: z.uuid().optional(),
    /** Who may collect the key (KEY-2); the entrusting owner is always on the list. */
    entrusted: z.array(z.uuid()).max(10).default([]),
    note: text(500).default(''),
  })
  .openapi('RegisterKey');

export const IssueKeyBody = z
  .strictObject({
    customerId: z.uuid(),
    /** The ID document shown at the desk (KEY-2 identity checked); stored masked. */
    idNumber: line(30),
    /** An approved irregular collection (KEY-4) for this person. */
    requestId: z.uuid().optional(),
    signature: SignatureBody,
    note: text(500).default(''),
  })
  .openapi('IssueKey');

export const ViewingBody = z
  .strictObject({
    /** The staff member who opens the door and keeps the key (KEY-3). */
    escortId: z.uuid(),
    viewerName: line(60).min(1),
    viewerPhone: line(24).default(''),
    note: text(500).default(''),
  })
  .openapi('KeyViewing');

export const NoteBody = z.strictObject({ note: text(500).default('') });
export const LostBody = z.strictObject({ note: text(500).min(1) }).openapi('KeyLost');

export const DecideBody = z
  .strictObject({
    step: z.enum(APPROVAL_STEPS),
    decision: z.enum(['approved', 'refused']),
    note: text(200).default(''),
  })
  .openapi('KeyDecision');

export const IssueBorrowBody = z.strictObject({ signature: SignatureBody }).openapi('KeyBorrowIssue');

const Person = z.object({ customerId: z.string(), name: z.string() });

export const KeySchema = z
  .object({
    keyId: z.string(),
    number: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    buildingName: z.string(),
    unitStatus: z.string(),
    kind: z.enum(KEY_KINDS),
    cabinetSlot: z.string(),
    state: z.enum(KEY_STATES),
    keeperId: z.string(),
    keeperName: z.string(),
    entrustedBy: Person.nullable(),
    entrusted: z.array(Person),
    holderName: z.string(),
    holderUserId: z.string().nullable(),
    note: z.string(),
    createdAt: z.string(),
    version: z.number(),
    actions: z.array(z.enum(KEY_ACTIONS)),
  })
  .openapi('Key');
export type KeyDto = z.infer<typeof KeySchema>;

export const KeyRequestSchema = z
  .object({
    requestId: z.string(),
    keyId: z.string(),
    kind: z.enum(['borrow', 'owner_collect']),
    borrowerId: z.string().nullable(),
    borrowerName: z.string().nullable(),
    customerId: z.string().nullable(),
    customerName: z.string().nullable(),
    reason: z.string(),
    irregular: z.boolean(),
    irregularReasons: z.array(z.string()),
    steps: z.array(z.enum(APPROVAL_STEPS)),
    pendingStep: z.enum(APPROVAL_STEPS).nullable(),
    approvals: z.array(
      z.object({
        step: z.string(),
        decision: z.string(),
        userId: z.string(),
        userName: z.string(),
        note: z.string(),
        at: z.string(),
      }),
    ),
    dueAt: z.string().nullable(),
    state: z.enum(['pending', 'approved', 'refused', 'issued', 'cancelled']),
    createdAt: z.string(),
  })
  .openapi('KeyRequestRecord');
export type KeyRequestDto = z.infer<typeof KeyRequestSchema>;

export const MovementSchema = z.object({
  movementId: z.string(),
  kind: z.string(),
  personName: z.string(),
  customerId: z.string().nullable(),
  userId: z.string().nullable(),
  idNumberMasked: z.string(),
  requestId: z.string().nullable(),
  detail: JsonObjectSchema,
  note: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  signatures: z.array(
    z.object({
      signatureId: z.string(),
      signerName: z.string(),
      signerRole: z.string(),
      method: z.string(),
      documentId: z.string(),
      signedAt: z.string(),
    }),
  ),
});

export const KeyDetailSchema = KeySchema.extend({
  movements: z.array(MovementSchema),
  requests: z.array(KeyRequestSchema),
}).openapi('KeyDetail');
export type KeyDetailDto = z.infer<typeof KeyDetailSchema>;

/** The unit's owners, tenants and occupants: who may entrust a key, be entrusted, collect it (KEY-1/KEY-2). */
export const KeyPartySchema = z
  .object({
    customerId: z.string(),
    kind: z.string(),
    name: z.string(),
    company: z.string(),
    relation: z.string(),
    phones: z.array(z.string()),
  })
  .openapi('KeyParty');
