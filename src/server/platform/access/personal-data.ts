/**
 * CUS-3 as a property of each endpoint: phones and ID numbers leave the server masked
 * (138****5678, 110***********002X) unless the endpoint names who needs them in full. An
 * endpoint decides its view once for the actor (`personalDataView`, or a rule of its own such
 * as a ticket's assigned worker) and writes every phone and ID number through `shownPhone` /
 * `shownIdNumber` — never the stored value directly. Nothing the caller sends can ask for
 * more (no "?full=1").
 */
import { maskPhone } from '../people/phone-rules.ts';
import { maskIdNumber } from '../people/id-number-rules.ts';
import type { Actor } from './actor.ts';
import { canAccess } from './require-access.ts';
import type { Permission } from './roles.ts';

export type PersonalDataView = 'full' | 'masked';

/**
 * Full for the holders of `fullWith` in the project, masked for everyone else; masked for
 * all when the endpoint names nobody (lists, searches, lookups and printouts).
 * @example personalDataView(actor, projectId, 'occupancy.manage') // 'full' for the desk, 'masked' for the cashier
 */
export function personalDataView(
  actor: Actor,
  projectId: string,
  fullWith: Permission | null,
): PersonalDataView {
  return fullWith !== null && canAccess(actor, fullWith, projectId) ? 'full' : 'masked';
}

/** @example shownPhone('13800138000', 'masked') // '138****8000' */
export function shownPhone(phone: string | null | undefined, view: PersonalDataView): string {
  return view === 'full' ? (phone ?? '') : maskPhone(phone);
}

/** @example shownIdNumber('11010519491231002X', 'masked') // '110***********002X' */
export function shownIdNumber(idNumber: string | null | undefined, view: PersonalDataView): string {
  return view === 'full' ? (idNumber ?? '') : maskIdNumber(idNumber);
}
