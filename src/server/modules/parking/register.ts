/**
 * The monthly rental register (PRK-4: date, owner, phone, model, plate, start, end, card
 * number) as data and as an Excel sheet for the garage cashier, who gets it every Monday.
 */
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { DEFAULT_TIME_ZONE, localDay } from '../../platform/calendar/index.ts';
import { requireBilling } from '../billing/access.ts';
import { billingDb, type BDbOrTrx } from '../billing/tables.ts';

export interface RegisterRow {
  rentalId: string;
  registeredOn: string;
  customerName: string;
  phone: string;
  carModel: string;
  plate: string;
  startDay: string;
  endDay: string;
  cardNo: string | null;
}

/** Rentals in force on `day`, by plate. */
export async function registerRows(db: BDbOrTrx, projectId: string, day: string, timeZone: string): Promise<RegisterRow[]> {
  const rows = await db
    .selectFrom('parking_rentals as r')
    .innerJoin('customers as c', (j) => j.onRef('c.project_id', '=', 'r.project_id').onRef('c.customer_id', '=', 'r.customer_id'))
    .leftJoin('parking_cards as k', (j) => j.onRef('k.project_id', '=', 'r.project_id').onRef('k.rental_id', '=', 'r.rental_id').on('k.returned_at', 'is', null))
    .select(['r.rental_id', 'r.created_at', 'c.name', 'r.phone', 'r.car_model', 'r.plate', 'r.start_day', 'r.end_day', 'k.card_no'])
    .where('r.project_id', '=', projectId)
    .where('r.start_day', '<=', day)
    .where('r.end_day', '>=', day)
    .orderBy('r.plate')
    .execute();
  return rows.map((r) => ({ rentalId: r.rental_id, registeredOn: localDay(new Date(r.created_at), timeZone), customerName: r.name, phone: r.phone, carModel: r.car_model, plate: r.plate, startDay: String(r.start_day), endDay: String(r.end_day), cardNo: r.card_no ?? null }));
}

export async function parkingRegister(deps: Deps, actor: Actor, projectId: string, day?: string): Promise<{ day: string; rows: RegisterRow[] }> {
  requireBilling(actor, 'billing.read', projectId);
  const p = await deps.db.k.selectFrom('projects').select('time_zone').where('project_id', '=', projectId).executeTakeFirst();
  const timeZone = p?.time_zone || DEFAULT_TIME_ZONE;
  const d = day ?? localDay(deps.clock.now(), timeZone);
  return { day: d, rows: await registerRows(billingDb(deps.db.k), projectId, d, timeZone) };
}

const HEADERS = {
  'zh-CN': ['登记日期', '车主', '电话', '车型', '车牌', '起租日', '到期日', 'IC卡号'],
  en: ['Registered', 'Owner', 'Phone', 'Model', 'Plate', 'Start', 'End', 'Card no.'],
};

export async function parkingRegisterXlsx(deps: Deps, actor: Actor, projectId: string, day: string | undefined, locale: 'zh-CN' | 'en'): Promise<{ filename: string; body: Buffer }> {
  const reg = await parkingRegister(deps, actor, projectId, day);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(locale === 'en' ? 'Monthly parking' : '月租车位登记表');
  ws.addRow(HEADERS[locale]).font = { bold: true };
  for (const r of reg.rows) ws.addRow([r.registeredOn, r.customerName, r.phone, r.carModel, r.plate, r.startDay, r.endDay, r.cardNo ?? '']);
  ws.columns.forEach((c) => (c.width = 14));
  return { filename: `parking-register-${reg.day}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
