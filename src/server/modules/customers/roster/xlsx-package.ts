/**
 * The zip package inside an .xlsx, checked before any spreadsheet code reads it. A small
 * upload can unpack to gigabytes (a zip bomb: 2.4 MB became 1.55 GB in the server), so the
 * parts a roster needs are found from the zip's central directory, their unpacked size is
 * counted by actually inflating them (a directory can lie about sizes) and refused past a cap,
 * and only then are they handed on — re-packed in the order a streaming reader wants (workbook,
 * shared strings and styles before the sheets), with nothing else in the package.
 */
import { createInflateRaw } from 'node:zlib';
import { RosterFileError } from './roster-rules.ts';

/** What the parts a roster needs may unpack to, all together. A 20 000-row roster is about 10 MB. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5000;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const notXlsx = () => new RosterFileError('roster.not_xlsx');
const tooLarge = () =>
  new RosterFileError('roster.unpacked_too_large', { mb: MAX_UNPACKED_BYTES / 1024 / 1024 });

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Zip64 stores a size or offset that does not fit 32 bits in an extra field (id 1), in this order. */
function zip64Values(bytes: Uint8Array, extraStart: number, extraEnd: number, wanted: number): number[] {
  const v = view(bytes);
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = v.getUint16(p, true);
    const size = v.getUint16(p + 2, true);
    if (id === 1) {
      if (size < wanted * 8 || p + 4 + size > extraEnd) throw notXlsx();
      return Array.from({ length: wanted }, (_, i) => Number(v.getBigUint64(p + 4 + i * 8, true)));
    }
    p += 4 + size;
  }
  throw notXlsx();
}

/** The end-of-central-directory record: where the directory is and how many entries it has. */
function directoryBounds(bytes: Uint8Array): { offset: number; count: number } {
  const v = view(bytes);
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (v.getUint32(p, true) !== SIG_END) continue;
    let count = v.getUint16(p + 10, true);
    let offset = v.getUint32(p + 16, true);
    if (count === 0xffff || offset === 0xffffffff) {
      const locator = p - 20;
      if (locator < 0 || v.getUint32(locator, true) !== SIG_END64_LOCATOR) throw notXlsx();
      const end64 = Number(v.getBigUint64(locator + 8, true));
      if (end64 + 56 > bytes.length || v.getUint32(end64, true) !== SIG_END64) throw notXlsx();
      count = Number(v.getBigUint64(end64 + 32, true));
      offset = Number(v.getBigUint64(end64 + 48, true));
    }
    if (offset > bytes.length) throw notXlsx();
    return { offset, count };
  }
  throw notXlsx();
}

/** Every entry of the central directory, checked to lie inside the file. */
function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const v = view(bytes);
  const { offset, count } = directoryBounds(bytes);
  if (count > MAX_ENTRIES) throw notXlsx();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== SIG_CENTRAL) throw notXlsx();
    const flags = v.getUint16(p + 8, true);
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const commentLength = v.getUint16(p + 32, true);
    const extraStart = p + 46 + nameLength;
    if (extraStart + extraLength + commentLength > bytes.length) throw notXlsx();
    // Encrypted entries cannot be read (Excel encrypts differently, as an .xls-like container).
    if (flags & 1) throw notXlsx();
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, extraStart)),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      declaredSize: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
    };
    const wide = [entry.declaredSize, entry.compressedSize, entry.localOffset].filter(
      (x) => x === 0xffffffff,
    ).length;
    if (wide) {
      const values = zip64Values(bytes, extraStart, extraStart + extraLength, wide);
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = values.shift()!;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = values.shift()!;
      if (entry.localOffset === 0xffffffff) entry.localOffset = values.shift()!;
    }
    entries.push(entry);
    p = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** The stored (compressed) bytes of an entry, found through its local header. */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const v = view(bytes);
  if (e.localOffset + 30 > bytes.length || v.getUint32(e.localOffset, true) !== SIG_LOCAL) throw notXlsx();
  const start =
    e.localOffset + 30 + v.getUint16(e.localOffset + 26, true) + v.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > bytes.length) throw notXlsx();
  return bytes.subarray(start, start + e.compressedSize);
}

/** Inflates and counts, keeping nothing; refuses as soon as the count passes the budget. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        reject(tooLarge());
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => reject(notXlsx()));
    inflate.end(data);
  });
}

/** Parts a roster is read from, in the order the streaming reader needs them; others are left out. */
function rank(name: string): number | null {
  const fixed = [
    'xl/_rels/workbook.xml.rels',
    'xl/workbook.xml',
    'xl/sharedStrings.xml',
    'xl/styles.xml',
  ].indexOf(name);
  if (fixed >= 0) return fixed;
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
  return sheet ? 10 + Number(sheet[1]) : null;
}

/** The fields local and central headers share (version needed … name length), for an entry of `size` bytes inflated. */
function commonFields(e: ZipEntry, size: number, name: Uint8Array): Uint8Array {
  const out = new Uint8Array(26);
  const v = view(out);
  v.setUint16(0, 20, true); // version needed: 2.0
  v.setUint16(2, 0x0800, true); // names in UTF-8; sizes known up front (no data descriptor)
  v.setUint16(4, e.method, true);
  v.setUint16(8, 0x21, true); // 1980-01-01
  v.setUint32(10, e.crc, true);
  v.setUint32(14, e.compressedSize, true);
  v.setUint32(18, size, true);
  v.setUint16(22, name.length, true);
  return out;
}

/** A zip of the given entries and data, in that order, with its central directory. */
function repack(entries: { e: ZipEntry; size: number; data: Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { e, size, data } of entries) {
    const name = new TextEncoder().encode(e.name);
    const fields = commonFields(e, size, name);
    const local = new Uint8Array(30);
    view(local).setUint32(0, SIG_LOCAL, true);
    local.set(fields, 4);
    const dir = new Uint8Array(46);
    view(dir).setUint32(0, SIG_CENTRAL, true);
    view(dir).setUint16(4, 20, true); // made by: 2.0
    dir.set(fields, 6);
    view(dir).setUint32(42, offset, true);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = new Uint8Array(22);
  const v = view(end);
  v.setUint32(0, SIG_END, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, directory.length, true);
  v.setUint32(16, offset, true);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The parts of an .xlsx a roster is read from, re-packed as one zip stream in reading order,
 * after checking that together they unpack to at most MAX_UNPACKED_BYTES.
 * @example const zip = await rosterParts(bytes); // then ExcelJS.stream.xlsx.WorkbookReader on it
 */
export async function rosterParts(bytes: Uint8Array): Promise<Uint8Array> {
  const parts = centralDirectory(bytes)
    .map((e) => ({ e, rank: rank(e.name) }))
    .filter((x): x is { e: ZipEntry; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.e);
  if (!parts.some((e) => e.name.startsWith('xl/worksheets/'))) throw notXlsx();
  // What the directory admits to is refused at once; what it hides is caught while inflating.
  if (parts.reduce((n, e) => n + e.declaredSize, 0) > MAX_UNPACKED_BYTES) throw tooLarge();
  let budget = MAX_UNPACKED_BYTES;
  const checked: { e: ZipEntry; size: number; data: Uint8Array }[] = [];
  for (const e of parts) {
    if (e.method !== STORED && e.method !== DEFLATED) throw notXlsx();
    const data = entryData(bytes, e);
    const size = e.method === STORED ? data.length : await inflatedSize(data, budget);
    if (size > budget) throw tooLarge();
    budget -= size;
    checked.push({ e, size, data });
  }
  return repack(checked);
}
