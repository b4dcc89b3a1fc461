/**
 * Safe HTML for the print pages: `html` escapes every interpolated value unless it is
 * already SafeHtml, so customer text (descriptions, names, opinions) can never become
 * markup — the page shows '<script>' as text. The page shell carries the A4 print CSS, a
 * 打印 button hidden on paper, and a Content-Security-Policy that allows only its own script.
 */
import { createHash } from 'node:crypto';

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** @example escapeHtml('<b>"x"</b>') // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;' */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function part(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(part).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
}

/** @example html`<td>${'<script>'}</td>`.value // '<td>&lt;script&gt;</td>' */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => (out += part(v) + strings[i + 1]!));
  return new SafeHtml(out);
}

const PRINT_SCRIPT = "document.getElementById('print').addEventListener('click',function(){window.print()});";
const SCRIPT_HASH = createHash('sha256').update(PRINT_SCRIPT).digest('base64');

/** Only the page's own print script runs; images only from data: URLs (the signature); never inside another site's frame. */
export const PRINT_CSP = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const CSS = `
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; font-size: 11pt; color: #000; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; letter-spacing: 2pt; }
.sub { text-align: center; margin: 0 0 4mm; font-size: 10pt; }
.meta { display: flex; justify-content: space-between; font-size: 10pt; margin-bottom: 2mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.6pt solid #000; padding: 2mm 2.5mm; vertical-align: top; text-align: left; word-wrap: break-word; white-space: pre-wrap; }
th { font-weight: normal; background: #f2f2f2; }
col.label { width: 24mm; }
td.tall { height: 24mm; }
.sig img { max-height: 22mm; max-width: 70mm; }
.foot { margin-top: 4mm; font-size: 9pt; }
.toolbar { text-align: right; margin-bottom: 4mm; }
.sheet + .sheet { margin-top: 12mm; }
td.num, th.num { text-align: right; white-space: nowrap; }
.sign { display: flex; justify-content: space-between; margin-top: 10mm; }
.sign span { min-width: 55mm; border-bottom: 0.6pt solid #000; padding-bottom: 1mm; }
.copy { text-align: right; font-size: 9pt; }
.toolbar button { font-size: 12pt; padding: 2mm 6mm; }
@media print {
  .no-print { display: none !important; }
  body { padding: 0; }
  th { background: #f2f2f2; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; }
  .sheet { break-after: page; }
  .sheet:last-of-type { break-after: auto; }
  .sheet + .sheet { margin-top: 0; }
}`;

/** A form's table row of label/value pairs; a single pair spans the row, `tall` leaves room to write by hand. */
export function formRow(cells: [string, unknown][], tall = false): SafeHtml {
  const span = cells.length === 1 ? 3 : 1;
  return html`<tr>${cells.map(([label, value]) => html`<th>${label}</th><td colspan="${span}"${tall ? html` class="tall"` : ''}>${value}</td>`)}</tr>`;
}

/** A form's table: label, value, label, value columns, the same widths on every form. */
export function formTable(rows: SafeHtml[]): SafeHtml {
  return html`<table><colgroup><col class="label"><col><col class="label"><col></colgroup>
${rows.map((r) => html`${r}\n`)}</table>`;
}

/** Headers every print page is served with: only its own script runs, nothing is cached. */
export const PRINT_HEADERS = {
  'Content-Security-Policy': PRINT_CSP,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** A whole printable page around `body`. */
export function printPage(opts: {
  lang: 'zh-CN' | 'en';
  title: string;
  printLabel: string;
  body: SafeHtml;
}): string {
  return html`<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<style>${new SafeHtml(CSS)}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" id="print">${opts.printLabel}</button></div>
${opts.body}
<script>${new SafeHtml(PRINT_SCRIPT)}</script>
</body>
</html>
`.value;
}
