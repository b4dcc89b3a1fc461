/**
 * Hostile .xlsx files for the upload tests, made in milliseconds with node:zlib: a minimal
 * workbook around a sheet of any number of rows, and a zip bomb whose sheet inflates to
 * hundreds of megabytes from about a megabyte. (jszip, which exceljs brings, took 15–20 s per
 * file on the shared test machine; and a bomb has to be built without ever holding its
 * inflated content, which only a writer that takes already-deflated data can do.)
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One zip entry, already deflated. `declaredSize` lies about the inflated size in the directory. */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
  declaredSize?: number;
}

export function part(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.from(content);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** A zip file (no data descriptors, no zip64) of the parts in the order given. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declaredSize ?? p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 30); // flags … name length: the same fields as the local header
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    central.push(dir, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_CLOSE = '</sheetData></worksheet>';

/** The parts of a workbook of one sheet around the given sheet part, as Excel would order them. */
export function xlsxOf(sheet: ZipPart): Buffer {
  return zipOf([
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="业主清册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ]);
}

function rowXml(r: number, cells: readonly string[]): string {
  return `<row r="${r}">${cells.map((text, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
}

/**
 * A roster of `rows` owners under the template's headings (unit codes that exist nowhere: the
 * file is meant to be refused before they matter).
 * @example manyRowsXlsx(300_000) // ≈ 4 MB, its sheet ≈ 60 MB of XML
 */
export function manyRowsXlsx(rows: number, headings: readonly string[]): Buffer {
  const chunks = [SHEET_OPEN, rowXml(1, headings)];
  for (let i = 0; i < rows; i++)
    chunks.push(
      rowXml(i + 2, [
        `X-${i}`,
        `业主${i}`,
        '身份证',
        `11010519800101${String(i % 10000).padStart(4, '0')}`,
        `139${String(i).padStart(8, '0')}`,
      ]),
    );
  chunks.push(SHEET_CLOSE);
  return xlsxOf(part('xl/worksheets/sheet1.xml', chunks.join('')));
}

/**
 * A zip bomb: a valid sheet with `mb` megabytes of blanks between its rows. The blanks are
 * deflated once, 1 MB, and that block repeated (a full flush makes blocks independent), so the
 * inflated content never exists here. `lying` declares a few kilobytes in the zip directory.
 */
export function bombXlsx(mb: number, headings: readonly string[], opts: { lying: boolean }): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const open = Buffer.from(SHEET_OPEN + rowXml(1, headings));
  const close = Buffer.from(SHEET_CLOSE);
  const blanks = Buffer.alloc(1024 * 1024, 0x20);
  const block = deflateRawSync(blanks, flush);
  let crc = crc32(open);
  for (let i = 0; i < mb; i++) crc = crc32(blanks, crc);
  crc = crc32(close, crc);
  const deflated = Buffer.concat([
    deflateRawSync(open, flush),
    ...Array<Buffer>(mb).fill(block),
    deflateRawSync(close),
  ]);
  const size = open.length + mb * blanks.length + close.length;
  return xlsxOf({
    name: 'xl/worksheets/sheet1.xml',
    deflated,
    size,
    crc,
    declaredSize: opts.lying ? 4096 : size,
  });
}
