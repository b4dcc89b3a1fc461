/**
 * Fee items (FEE-1) are versioned: a price change is a new row of the same code with a
 * later effective_from, so a month already billed keeps the price it was billed at and
 * re-reading old bills never meets a rewritten rate. The price on a day is the latest
 * version whose effective_from is on or before it (unless that version has ended).
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { assertTariff, DEFAULT_TEMPORARY_TARIFF, type TemporaryTariff } from './tariff-rules.ts';
import { requireBilling } from './access.ts';
import { monthOf } from './rules.ts';
import { billingDb, type BDbOrTrx, type FeeItemsTable } from './tables.ts';
import { dayField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';
import {
  DefineFeeItemFields,
  FEE_KINDS,
  type DefineFeeItem,
  type FeeItemDto,
  type FeeKind,
} from './fee-items.contract.ts';

export { FEE_KINDS, type DefineFeeItem, type FeeItemDto, type FeeKind };

// Server-side: the effective days are bounded by the request's clock (platform/request-clock.ts).
export const DefineFeeItemBody = DefineFeeItemFields.extend({
  effectiveFrom: dayField(DATE_WINDOWS.term),
  effectiveTo: dayField(DATE_WINDOWS.term).optional(),
}).openapi('DefineFeeItem');

/** Which fields each kind needs; a missing one is a field error, not a silent default. */
const NEEDS: Record<FeeKind, (keyof DefineFeeItem)[]> = {
  area: ['areaBasis', 'rateMillifen'],
  fixed: ['amountFen'],
  metered: ['meterKind', 'rateMillifen'],
  parking_monthly: ['amountFen'],
  parking_temporary: ['tariff'],
  service: ['amountFen'],
  deposit: ['amountFen', 'depositKind'],
  hourly: ['amountFen'],
};

export function toFeeItemDto(r: FeeItemsTable): FeeItemDto {
  const params = JSON.parse(r.params_json) as { tariff?: TemporaryTariff; depositKind?: string };
  return {
    feeItemId: r.fee_item_id,
    code: r.code,
    version: r.version,
    name: r.name,
    kind: r.kind as FeeKind,
    areaBasis: (r.area_basis as 'building' | 'inner' | null) ?? null,
    rateMillifen: r.rate_millifen === null ? null : Number(r.rate_millifen),
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    meterKind: r.meter_kind,
    buildingId: r.building_id,
    tariff: params.tariff ?? null,
    depositKind: params.depositKind ?? null,
    effectiveFrom: String(r.effective_from),
    effectiveTo: r.effective_to === null ? null : String(r.effective_to),
    createdAt: r.created_at,
  };
}

/** @example await defineFeeItem(deps, actor, projectId, { code: 'MGMT', name: '物业管理费', kind: 'area', areaBasis: 'building', rateMillifen: 580000, effectiveFrom: '2026-12-01' }) */
export async function defineFeeItem(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: DefineFeeItem,
): Promise<FeeItemDto> {
  requireBilling(actor, 'price.manage', projectId);
  // The route's schema already requires it; direct callers (CLI, imports) get the same clear error.
  if (!input.effectiveFrom)
    throw new AppError('VALIDATION', { fields: [{ path: 'effectiveFrom', key: 'fee.effective_required' }] });
  const missing = NEEDS[input.kind].filter((f) => input[f] === undefined);
  if (missing.length)
    throw new AppError('VALIDATION', { fields: missing.map((path) => ({ path, key: 'field.required' })) });
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom)
    throw new AppError('VALIDATION', {
      fields: [{ path: 'effectiveTo', key: 'fee.effective_to_before_from' }],
    });
  if (input.tariff) assertTariff({ ...DEFAULT_TEMPORARY_TARIFF, ...input.tariff });
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      if (input.buildingId) {
        const b = await trx
          .selectFrom('buildings')
          .select('building_id')
          .where('project_id', '=', projectId)
          .where('building_id', '=', input.buildingId)
          .executeTakeFirst();
        if (!b)
          throw new AppError('UNPROCESSABLE', {
            key: 'error.NOT_FOUND',
            params: { what: 'what.building' },
            fields: [{ path: 'buildingId', key: 'error.NOT_FOUND', params: { what: 'what.building' } }],
          });
      }
      const latest = await trx
        .selectFrom('fee_items')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('code', '=', input.code)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (latest) {
        if (latest.kind !== input.kind)
          throw new AppError('UNPROCESSABLE', {
            key: 'fee.kind_changed',
            fields: [{ path: 'kind', key: 'fee.kind_changed' }],
          });
        if (input.effectiveFrom <= String(latest.effective_from)) {
          throw new AppError('UNPROCESSABLE', {
            key: 'fee.effective_not_after',
            params: { from: String(latest.effective_from) },
            fields: [
              {
                path: 'effectiveFrom',
                key: 'fee.effective_not_after',
                params: { from: String(latest.effective_from) },
              },
            ],
          });
        }
        const billed = await trx
          .selectFrom('bill_lines')
          .select('period')
          .where('project_id', '=', projectId)
          .where('fee_code', '=', input.code)
          .where('period', '>=', monthOf(input.effectiveFrom))
          .limit(1)
          .executeTakeFirst();
        if (billed)
          throw new AppError('UNPROCESSABLE', {
            key: 'fee.period_billed',
            params: { period: billed.period },
            fields: [{ path: 'effectiveFrom', key: 'fee.period_billed', params: { period: billed.period } }],
          });
      }
      const row: FeeItemsTable = {
        project_id: projectId,
        fee_item_id: newId(now.getTime()),
        code: input.code,
        version: (latest?.version ?? 0) + 1,
        name: input.name,
        kind: input.kind,
        area_basis: input.areaBasis ?? (input.kind === 'metered' ? 'building' : null),
        rate_millifen: input.rateMillifen ?? null,
        amount_fen: input.amountFen ?? null,
        meter_kind: input.meterKind ?? null,
        building_id: input.buildingId ?? null,
        params_json: JSON.stringify({
          ...(input.tariff && { tariff: { ...DEFAULT_TEMPORARY_TARIFF, ...input.tariff } }),
          ...(input.depositKind && { depositKind: input.depositKind }),
        }),
        effective_from: input.effectiveFrom,
        effective_to: input.effectiveTo ?? null,
        created_at: now.toISOString(),
        created_by: actor.userId || null,
      };
      await trx.insertInto('fee_items').values(row).execute();
      await recordHistory(trx, {
        projectId,
        entityType: 'fee_item',
        entityId: row.fee_item_id,
        action: 'version_added',
        actor,
        at: now,
        after: { ...input, version: row.version },
      });
      return toFeeItemDto(row);
    });
}

export async function listFeeItems(deps: Deps, actor: Actor, projectId: string): Promise<FeeItemDto[]> {
  requireBilling(actor, 'billing.read', projectId);
  const rows = await billingDb(deps.db.k)
    .selectFrom('fee_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('code')
    .orderBy('version')
    .execute();
  return rows.map(toFeeItemDto);
}

/** Each code's version in effect on `day` (null for codes not priced that day). */
export async function itemsInEffect(on: AnyDb, projectId: string, day: string): Promise<FeeItemDto[]> {
  const db = billingDb(on);
  const rows = await db
    .selectFrom('fee_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('effective_from', '<=', day)
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
  const latest = new Map<string, FeeItemsTable>();
  for (const r of rows) if (!latest.has(r.code)) latest.set(r.code, r);
  return [...latest.values()]
    .filter((r) => r.effective_to === null || String(r.effective_to) >= day)
    .map(toFeeItemDto);
}
