/**
 * PRK-4: the monthly rental register as an A4 page for the garage cashier's clipboard —
 * the same columns and cells as the Excel sheet (register.ts registerCells), one line per
 * vehicle in force on the day.
 */
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { localDateTime } from '../../platform/print/format.ts';
import { html, printPage } from '../../platform/print/html.ts';
import { EXPIRY_NOTICE_DAYS, loadRegister, registerCells, type Register } from './register.ts';
import { registerLabels } from './register-labels.ts';

/** Column widths (mm) of the eight PRK-4 columns; they fill the 273 mm of a landscape A4 page. */
const WIDTHS_MM = [26, 60, 30, 45, 26, 26, 26, 34];

/**
 * A register of eight columns reads on one line per vehicle only in landscape; the shared
 * page shell is portrait, so this page turns it (inline styles are allowed by PRINT_CSP).
 */
const LANDSCAPE = html`<style>@page { size: A4 landscape; } body { max-width: 273mm; }</style>`;

export function renderRegisterPage(reg: Register, locale: Locale, printedAt: Date): string {
  const L = registerLabels(locale);
  const body = html`${LANDSCAPE}
<h1>${L.title}</h1>
<p class="sub">${reg.project.name}</p>
<div class="meta"><span>${L.onDay}: <strong>${reg.day}</strong></span><span>${L.count.replace('{count}', String(reg.rows.length))}</span></div>
<table style="font-size:10pt" data-rows="${reg.rows.length}">
<colgroup>${WIDTHS_MM.map((w) => html`<col style="width:${w}mm">`)}</colgroup>
<thead><tr>${L.columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>
${reg.rows.length ? reg.rows.map((r) => html`<tr>${registerCells(r).map((v) => html`<td>${v}</td>`)}</tr>\n`) : html`<tr><td colspan="${L.columns.length}">${L.empty}</td></tr>`}
</tbody>
</table>
<p class="foot">${L.note.replace('{days}', String(EXPIRY_NOTICE_DAYS))}　${L.printedAt}: ${localDateTime(printedAt.toISOString(), reg.project.timeZone)}</p>`;
  return printPage({ lang: locale, title: `${L.title} ${reg.day}`, printLabel: L.print, body });
}

export async function parkingRegisterPrint(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day: string | undefined,
  locale: Locale,
): Promise<string> {
  const reg = await loadRegister(deps, actor, projectId, day);
  return renderRegisterPage(reg, locale, deps.clock.now());
}
