/**
 * REL-5: the printed pass — two copies on one A4 sheet, the archive copy and the guard's
 * copy — with the number, the carrier, the items (the blank below struck through, as the
 * manual asks: 在空白处划线), the fees check, the confirmation call, the three signatures and
 * the day it is valid. Phones and ID numbers are masked (CUS-3). Only an issued pass prints.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/print/format.ts';
import { formRow, formTable, html, printPage, type SafeHtml } from '../../platform/print/html.ts';
import { passDto } from './repo.ts';
import type { PassDto } from './contract.ts';
import { fill, passPrintLabels } from './print-labels.ts';
import { passesDb } from './tables.ts';

const IMAGE = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** Both copies on one A4 sheet: each about half a page, tighter than the shared form style. */
const COMPACT = html`<style>
.pass h1 { font-size: 15pt; margin: 0; }
.pass .sub { margin: 0 0 1mm; font-size: 9pt; }
.pass .meta { margin-bottom: 1mm; }
.pass th, .pass td { padding: 1mm 2mm; font-size: 10pt; }
.pass td.sig { height: 15mm; vertical-align: bottom; }
.pass .sig img { max-height: 11mm; max-width: 50mm; display: block; }
.pass .copy { margin: 1mm 0 0; }
.pass table + table { border-top: 0; }
@media print { .pass { break-inside: avoid; } }
</style>`;

/** The signature images as data: URLs (the page stands alone; its CSP allows only data: images). */
async function signatureImages(deps: Deps, projectId: string, p: PassDto): Promise<Map<string, string>> {
  const ids = p.signatures.map((s) => s.documentId);
  if (ids.length === 0) return new Map();
  const docs = await deps.db.k
    .selectFrom('documents')
    .select(['document_id', 'mime', 'data'])
    .where('project_id', '=', projectId)
    .where('document_id', 'in', ids)
    .execute();
  return new Map(
    docs
      .filter((d) => IMAGE.has(d.mime))
      .map((d) => [d.document_id, `data:${d.mime};base64,${Buffer.from(d.data).toString('base64')}`]),
  );
}

export async function printPass(
  deps: Deps,
  actor: Actor,
  projectId: string,
  passId: string,
  locale: Locale,
): Promise<string> {
  requireAccess({ actor, permission: 'pass.issue', projectId });
  const p = await passDto(passesDb(deps.db.k), projectId, passId);
  if (!p.number) throw new AppError('UNPROCESSABLE', { key: 'pass.print_not_issued' });
  const project = await projectClock(deps.db.k, projectId);
  const zone = project.timeZone;
  const at = (iso: string | null) => localDateTime(iso, zone);
  const L = passPrintLabels(locale);
  const images = await signatureImages(deps, projectId, p);

  const items = html`<table><colgroup><col style="width:14mm"><col style="width:36mm"><col><col style="width:18mm"></colgroup>
<tr><th>${L.no}</th><th>${L.category}</th><th>${L.item}</th><th class="num">${L.quantity}</th></tr>
${p.items.map((i, n) => html`<tr><td>${n + 1}</td><td>${L.categories[i.category]}</td><td>${i.name}</td><td class="num">${i.quantity}</td></tr>`)}
<tr><td colspan="4" style="text-align:center;text-decoration:line-through">${L.blankBelow}</td></tr></table>`;
  const arrears =
    p.purpose === 'moving_out' ? fill(L.arrearsSettled, { at: at(p.arrearsCheckedAt) }) : L.arrearsNotNeeded;
  const call = p.call
    ? fill(L.callLine, {
        party: L.parties[p.callParty ?? 'owner'] ?? '',
        name: p.call.name,
        phone: p.call.phone,
        at: at(p.call.at),
        answer: L.answers[p.call.answer] ?? p.call.answer,
      })
    : L.callNotNeeded;
  const signature = (purpose: string): SafeHtml => {
    const s = p.signatures.find((x) => x.purpose === purpose);
    if (!s) return html`<td class="sig"></td>`;
    const img = images.get(s.documentId);
    return html`<td class="sig">${img ? html`<img src="${img}" alt="${s.signerName}">` : html`<div>${L.signedOnPaper}</div>`}${s.signerName}</td>`;
  };
  const signers = p.requiredSignatures;
  const copy = (label: string) => html`<div class="pass">
<h1>${L.title}</h1>
<p class="sub">${project.name}</p>
<div class="meta"><span>${L.number}: <strong>${p.number}</strong></span><span>${L.validOn}: <strong>${p.validOn}</strong></span></div>
${formTable([
  formRow([
    [L.unit, `${p.unitCode}（${p.buildingName}）`],
    [L.carrierType, L.carrierTypes[p.carrierType] ?? p.carrierType],
  ]),
  formRow([
    [L.carrier, p.carrierName],
    [L.phone, p.carrierPhone],
  ]),
  formRow([
    [L.idNumber, p.carrierIdMasked],
    [L.purpose, L.purposes[p.purpose] ?? p.purpose],
  ]),
  ...(p.purposeNote ? [formRow([[L.reason, p.purposeNote]])] : []),
])}
${items}
${formTable([
  formRow([[L.arrears, arrears]]),
  formRow([[L.call, call]]),
  ...(p.flags.length ? [formRow([[L.flags, p.flags.map((f) => L.flagNames[f] ?? f).join('；')]])] : []),
  formRow([[L.issued, fill(L.issuedLine, { by: p.issuedByName ?? '', at: at(p.issuedAt) })]]),
])}
<table><tr>${signers.map((s) => html`<th>${L.signers[s]}</th>`)}</tr><tr>${signers.map(signature)}</tr></table>
<p class="copy">${label}</p>
</div>`;
  const body = html`${COMPACT}${copy(L.copies[0]!)}<hr style="border:0;border-top:0.6pt dashed #000;margin:4mm 0">${copy(L.copies[1]!)}`;
  return printPage({ lang: locale, title: `${L.title} ${p.number}`, printLabel: L.print, body });
}
