/**
 * The archive list (CUS-5: classified and searchable; CUS-3: masked). One list over the
 * customers' archives (class 'owner' — owners and occupants) and the records of the other
 * classes, searched by name, company, unit code, title or reference number — and, for the
 * roles that take calls, by a phone number or its last digits.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { maskPhone } from '../../../platform/print/format.ts';
import { likeContains } from '../../../platform/db/like.ts';
import { maskIdNumber } from '../rules.ts';
import { phoneMatchesFor } from '../phone-search.ts';
import type { ArchiveListItem, ArchiveListQuery } from './archive.contract.ts';
import type { ArchiveClass } from './archive-rules.ts';
import { customersDb } from '../tables.ts';

type ListQuery = z.infer<typeof ArchiveListQuery>;

export type { ArchiveListItem } from './archive.contract.ts';

function customersMatching(db: DbOrTrx, actor: Actor, projectId: string, q: ListQuery) {
  let b = db.selectFrom('customers as c').where('c.project_id', '=', projectId);
  if (q.state !== 'all') b = b.where('c.archive_state', '=', q.state);
  const text = q.q;
  if (text) {
    // CUS-3: a number finds its owner only for the roles that take calls, by the whole number or its last digits.
    const byPhone = phoneMatchesFor(actor, projectId, 'p.phone_norm', text);
    b = b.where((eb) =>
      eb.or([
        likeContains('c.name', text),
        likeContains('c.company', text),
        eb.exists(
          eb
            .selectFrom('customer_units as cu')
            .innerJoin('units as u', (j) =>
              j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
            )
            .select('cu.unit_id')
            .whereRef('cu.project_id', '=', 'c.project_id')
            .whereRef('cu.customer_id', '=', 'c.customer_id')
            .where(likeContains('u.code', text)),
        ),
        ...(byPhone
          ? [
              eb.exists(
                eb
                  .selectFrom('customer_phones as p')
                  .select('p.customer_id')
                  .whereRef('p.project_id', '=', 'c.project_id')
                  .whereRef('p.customer_id', '=', 'c.customer_id')
                  .where(byPhone),
              ),
            ]
          : []),
      ]),
    );
  }
  return b.select([
    sql<string>`'customer'`.as('type'),
    'c.customer_id as id',
    sql<string>`'owner'`.as('class'),
    'c.name as title',
    'c.company as subtitle',
    'c.archive_state as state',
    'c.updated_at',
  ]);
}

function recordsMatching(db: DbOrTrx, projectId: string, q: ListQuery) {
  let b = customersDb(db).selectFrom('archive_records as r').where('r.project_id', '=', projectId);
  if (q.class !== 'all') b = b.where('r.class', '=', q.class);
  const text = q.q;
  if (text)
    b = b.where((eb) =>
      eb.or([
        likeContains('r.title', text),
        likeContains('r.reference', text),
        likeContains('r.counterparty', text),
        likeContains('r.note', text),
      ]),
    );
  return b.select([
    sql<string>`'record'`.as('type'),
    'r.record_id as id',
    'r.class',
    'r.title',
    'r.reference as subtitle',
    sql<string>`'active'`.as('state'),
    'r.updated_at',
  ]);
}

/** What the list shows of each customer and record on the page, in a few queries. */
async function details(db: DbOrTrx, projectId: string, ids: { customers: string[]; records: string[] }) {
  const none = Promise.resolve([]);
  const [units, phones, people, records, loans] = await Promise.all([
    ids.customers.length
      ? db
          .selectFrom('customer_units as cu')
          .innerJoin('units as u', (j) =>
            j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
          )
          .select(['cu.customer_id', 'u.code', 'cu.relation'])
          .where('cu.project_id', '=', projectId)
          .where('cu.customer_id', 'in', ids.customers)
          .orderBy('u.code')
          .execute()
      : none,
    ids.customers.length
      ? db
          .selectFrom('customer_phones')
          .select(['customer_id', 'phone'])
          .where('project_id', '=', projectId)
          .where('customer_id', 'in', ids.customers)
          .orderBy('phone_norm')
          .execute()
      : none,
    ids.customers.length
      ? db
          .selectFrom('customers')
          .select(['customer_id', 'kind', 'id_number'])
          .where('project_id', '=', projectId)
          .where('customer_id', 'in', ids.customers)
          .execute()
      : none,
    ids.records.length
      ? customersDb(db)
          .selectFrom('archive_records')
          .select(['record_id', 'counterparty', 'record_day'])
          .where('project_id', '=', projectId)
          .where('record_id', 'in', ids.records)
          .execute()
      : none,
    ids.customers.length + ids.records.length
      ? customersDb(db)
          .selectFrom('archive_loans')
          .select('subject_id')
          .where('project_id', '=', projectId)
          .where('back_day', 'is', null)
          .where('subject_id', 'in', [...ids.customers, ...ids.records])
          .execute()
      : none,
  ]);
  const firstPhone = new Map<string, string>();
  for (const p of phones) if (!firstPhone.has(p.customer_id)) firstPhone.set(p.customer_id, p.phone);
  return {
    units,
    phones: firstPhone,
    people: new Map(people.map((p) => [p.customer_id, p])),
    records: new Map(records.map((r) => [r.record_id, r])),
    onLoan: new Set(loans.map((l) => l.subject_id)),
  };
}

/** A page of the list, by title, with the total for the pager. */
export async function listArchives(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: ListQuery,
): Promise<{ total: number; rows: ArchiveListItem[] }> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  const db = deps.db.k;
  const withCustomers = q.class === 'all' || q.class === 'owner';
  const withRecords = q.class !== 'owner' && (q.state === 'all' || q.state === 'active');
  if (!withCustomers && !withRecords) return { total: 0, rows: [] };
  // Both halves always take part; a class filter leaves one of them empty.
  const nothing = sql<boolean>`1 = 0`;
  const customers = customersMatching(db, actor, projectId, q);
  const records = recordsMatching(db, projectId, q);
  const all = (withCustomers ? customers : customers.where(nothing)).unionAll(
    withRecords ? records : records.where(nothing),
  );
  const total = Number(
    (
      await db
        .selectFrom(all.as('a'))
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const page = await db
    .selectFrom(all.as('a'))
    .selectAll()
    .orderBy('title')
    .orderBy('id')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
  const d = await details(db, projectId, {
    customers: page.filter((r) => r.type === 'customer').map((r) => r.id),
    records: page.filter((r) => r.type === 'record').map((r) => r.id),
  });
  return {
    total,
    rows: page.map((r) => {
      const base = {
        id: r.id,
        class: r.class as ArchiveClass,
        title: r.title,
        subtitle: r.subtitle,
        state: r.state as ArchiveListItem['state'],
        updatedAt: r.updated_at,
        onLoan: d.onLoan.has(r.id),
      };
      if (r.type === 'record') {
        const rec = d.records.get(r.id);
        return {
          ...base,
          type: 'record' as const,
          counterparty: rec?.counterparty ?? '',
          recordDay: rec?.record_day ? String(rec.record_day) : null,
        };
      }
      const person = d.people.get(r.id);
      return {
        ...base,
        type: 'customer' as const,
        kind: person?.kind ?? 'person',
        units: d.units
          .filter((u) => u.customer_id === r.id)
          .map((u) => ({ code: u.code, relation: u.relation })),
        phone: maskPhone(d.phones.get(r.id)),
        idNumber: maskIdNumber(person?.id_number),
      };
    }),
  };
}
