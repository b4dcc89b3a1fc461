/**
 * The monthly rental register (PRK-4: date, owner, phone, model, plate, start, end, card
 * number) as data and as an Excel sheet for the garage cashier, who gets it every Monday;
 * phones masked (CUS-3).
 * The data also carries what the cashier's screen acts on: the card in use with the
 * deposit it still holds (so it can be returned from the list), the unit and space, and
 * whether the rental is inside its expiry-reminder window.
 */
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { addDays, localDay, projectClock } from '../../platform/calendar/index.ts';
import { registerLabels } from './register-labels.ts';
import { maskPhone } from '../../platform/print/format.ts';
import { requireBilling } from '../billing/index.ts';
import { parkingDb, type PDbOrTrx } from './tables.ts';
import type { RegisterRow } from './contract.ts';

export type { RegisterRow };

/** A rental is reminded this many days before it ends (PRK-4); the register marks it from then on. */
export const EXPIRY_NOTICE_DAYS = 7;

/** Rentals in force on `day`, by plate. */
export async function registerRows(
  db: PDbOrTrx,
  projectId: string,
  day: string,
  timeZone: string,
): Promise<RegisterRow[]> {
  const rows = await db
    .selectFrom('parking_rentals as r')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'r.project_id').onRef('c.customer_id', '=', 'r.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
    )
    .leftJoin('parking_spaces as s', (j) =>
      j.onRef('s.project_id', '=', 'r.project_id').onRef('s.space_id', '=', 'r.space_id'),
    )
    .leftJoin('parking_cards as k', (j) =>
      j
        .onRef('k.project_id', '=', 'r.project_id')
        .onRef('k.rental_id', '=', 'r.rental_id')
        .on('k.returned_at', 'is', null),
    )
    .select([
      'r.rental_id',
      'r.created_at',
      'c.name',
      'r.phone',
      'r.car_model',
      'r.plate',
      'r.start_day',
      'r.end_day',
      'u.code as unit_code',
      's.code as space_code',
      'k.card_id',
      'k.card_no',
      'k.deposit_id',
    ])
    .where('r.project_id', '=', projectId)
    .where('r.start_day', '<=', day)
    .where('r.end_day', '>=', day)
    .orderBy('r.plate')
    .execute();
  const held = await depositsHeld(
    db,
    projectId,
    rows.flatMap((r) => (r.deposit_id ? [r.deposit_id] : [])),
  );
  const remindFrom = addDays(day, EXPIRY_NOTICE_DAYS);
  return rows.map((r) => ({
    rentalId: r.rental_id,
    registeredOn: localDay(new Date(r.created_at), timeZone),
    customerName: r.name,
    // CUS-3: a list and a printout — the Excel sheet and the A4 page too — show the number masked.
    phone: maskPhone(r.phone),
    carModel: r.car_model,
    plate: r.plate,
    startDay: String(r.start_day),
    endDay: String(r.end_day),
    unitCode: r.unit_code,
    spaceCode: r.space_code ?? null,
    cardId: r.card_id ?? null,
    cardNo: r.card_no ?? null,
    cardDepositFen: r.deposit_id ? (held.get(r.deposit_id) ?? 0) : null,
    endsSoon: String(r.end_day) <= remindFrom,
  }));
}

/** What each deposit still holds (deposits are credits, so the sign is turned), in one query. */
async function depositsHeld(
  db: PDbOrTrx,
  projectId: string,
  depositIds: string[],
): Promise<Map<string, number>> {
  if (depositIds.length === 0) return new Map();
  const sums = await db
    .selectFrom('ledger_entries')
    .select((eb) => ['deposit_id', eb.fn.sum<string | number>('amount_fen').as('s')])
    .where('project_id', '=', projectId)
    .where('book', '=', 'deposits')
    .where('deposit_id', 'in', depositIds)
    .groupBy('deposit_id')
    .execute();
  return new Map(sums.map((s) => [s.deposit_id!, -Number(s.s)]));
}

export interface Register {
  project: { name: string; timeZone: string };
  day: string;
  rows: RegisterRow[];
}

/** The register with the project it belongs to (the print page names it). */
export async function loadRegister(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day?: string,
): Promise<Register> {
  requireBilling(actor, 'billing.read', projectId);
  const { name, timeZone, dayOf } = await projectClock(deps.db.k, projectId);
  const d = day ?? dayOf(deps.clock.now());
  return {
    project: { name, timeZone },
    day: d,
    rows: await registerRows(parkingDb(deps.db.k), projectId, d, timeZone),
  };
}

export async function parkingRegister(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day?: string,
): Promise<{ day: string; rows: RegisterRow[] }> {
  const reg = await loadRegister(deps, actor, projectId, day);
  return { day: reg.day, rows: reg.rows };
}

/**
 * PRK-4's columns only. Phones are written in full, as the Excel sheet has given them to the
 * garage cashier from the start; the print page uses the same cells so the two never differ.
 */
export function registerCells(r: RegisterRow): string[] {
  return [r.registeredOn, r.customerName, r.phone, r.carModel, r.plate, r.startDay, r.endDay, r.cardNo ?? ''];
}

export async function parkingRegisterXlsx(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day: string | undefined,
  locale: Locale,
): Promise<{ filename: string; body: Buffer }> {
  const reg = await loadRegister(deps, actor, projectId, day);
  const L = registerLabels(locale);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(L.sheet);
  ws.addRow(L.columns).font = { bold: true };
  for (const r of reg.rows) ws.addRow(registerCells(r));
  ws.columns.forEach((c) => (c.width = 14));
  return { filename: `parking-register-${reg.day}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
