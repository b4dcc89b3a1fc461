/**
 * The raw INSERT rate of `tickets` itself: single-row INSERTs of the row intake writes (a new
 * urgent repair), each its own transaction, one after another on one connection through the
 * driver with a prepared statement — the same method as raw-baseline.ts, but into the table
 * intake writes, with its ten indexes, at the size the data set gave it. The rows are deleted
 * again afterwards so the data set stays as generated.
 */
import type { Db } from '../../src/server/platform/db/connection.ts';
import { newId } from '../../src/server/platform/ids.ts';
import { sampleSequential, type Bounds, type Sampled } from './sample.ts';
import type { ProjectRefs, TicketRow } from './ticket-rows.ts';

/** Numbers of the raw rows: a prefix no generated or real ticket has, to find them again. */
const RAW_PREFIX = 'RAW-';

function intakeShapedRow(refs: ProjectRefs, i: number, now: string): TicketRow {
  const unit = refs.units[i % refs.units.length]!;
  return {
    project_id: refs.projectId,
    ticket_id: newId(),
    number: `${RAW_PREFIX}${String(i).padStart(7, '0')}`,
    kind: 'repair',
    channel: 'phone',
    state: 'new',
    is_open: 1,
    customer_id: null,
    customer_name: '压测客户',
    company: '',
    contact_phone: '13800000000',
    phone_norm: '13800000000',
    unit_id: unit.unitId,
    building_id: unit.buildingId,
    public_area: '',
    description: '卫生间水管漏水，地面有积水',
    event_at: null,
    urgency: 'urgent',
    appointment_at: null,
    charge: null,
    price_fen: null,
    price_agreed_at: null,
    materials_check: null,
    validity: null,
    level: null,
    complaint_type: null,
    direct_impact: 0,
    written: 0,
    event_key: null,
    promised_at: null,
    receiver_id: refs.users.clerk,
    owner_id: refs.users.clerk,
    department_id: null,
    assignee_id: null,
    received_at: now,
    forwarded_at: null,
    picked_up_at: null,
    completed_at: null,
    answered_at: null,
    closed_at: null,
    paused_since: null,
    paused_minutes: 0,
    next_due_at: null,
    next_due_kind: null,
    escalation: 0,
    forward_late: 0,
    chase_count: 0,
    rework_count: 0,
    satisfaction: null,
    idem_key: newId(),
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

export async function measureRawTicketInserts(db: Db, refs: ProjectRefs, bounds: Bounds): Promise<Sampled> {
  const columns = Object.keys(intakeShapedRow(refs, 0, ''));
  const cols = columns.map((c) => `"${c}"`).join(', ');
  const now = new Date().toISOString();
  const row = (i: number) => {
    const r = intakeShapedRow(refs, i, now) as unknown as Record<string, unknown>;
    return columns.map((c) => r[c]);
  };
  let sampled: Sampled;
  if (db.sqlite) {
    const insert = db.sqlite.prepare(
      `INSERT INTO tickets (${cols}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    sampled = await sampleSequential('raw INSERT into tickets (own transaction each)', bounds, (i) =>
      insert.run(row(i)),
    );
  } else {
    const client = await db.pool!.connect();
    try {
      const text = `INSERT INTO tickets (${cols}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
      sampled = await sampleSequential('raw INSERT into tickets (own transaction each)', bounds, (i) =>
        client.query({ name: 'bench_raw_ticket_insert', text, values: row(i) }),
      );
    } finally {
      client.release();
    }
  }
  await db.k
    .deleteFrom('tickets')
    .where('project_id', '=', refs.projectId)
    .where('number', '>=', RAW_PREFIX)
    .where('number', '<', 'RAW.')
    .execute();
  return sampled;
}
