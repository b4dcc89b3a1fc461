/**
 * The roster file's first sheet as rows of cells (CUS-2). The bytes must be an .xlsx (a zip
 * package), whatever the upload claimed; an old binary .xls is told to be saved as .xlsx.
 * Reading happens in a worker thread with a memory ceiling and a time limit, a few at a time:
 * a 300 000-row file used to hold the event loop — every user's request — for 14 s.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../platform/errors.ts';
import type { SheetRow } from './roster-rules.ts';
import type { WorkerAnswer } from './read-xlsx-worker.ts';

export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Heap a reading worker may use; past it the worker is stopped and the file refused, the server unharmed. */
const WORKER_HEAP_MB = 256;
const READ_TIMEOUT_MS = 60_000;
/** Files read at once; more uploads wait their turn (two cores: the rest of the server keeps one). */
const PARALLEL_READS = 2;

const refuse = (key: string, params?: Record<string, string | number>) =>
  new AppError('UNPROCESSABLE', { key, params, fields: [{ path: 'body', key, params }] });

let reading = 0;
const waiting: (() => void)[] = [];

async function turn<T>(run: () => Promise<T>): Promise<T> {
  if (reading >= PARALLEL_READS) await new Promise<void>((resolve) => waiting.push(resolve));
  reading++;
  try {
    return await run();
  } finally {
    reading--;
    waiting.shift()?.();
  }
}

function readInWorker(bytes: Uint8Array): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-xlsx-worker.ts', import.meta.url), {
      workerData: { bytes },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const tooComplex: WorkerAnswer = { ok: false, key: 'roster.too_complex', params: {} };
    let answered = false;
    const answer = (a: WorkerAnswer) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      resolve(a);
      void worker.terminate();
    };
    const timer = setTimeout(() => answer(tooComplex), READ_TIMEOUT_MS);
    worker.once('message', answer);
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or any crash of the reader: the file is refused.
    worker.once('error', () => answer(tooComplex));
    worker.once('exit', () => answer(tooComplex));
  });
}

/** @example await readSheet(bytes) // [{ row: 1, cells: ['房号', '业主姓名', …] }, …] */
export async function readSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes.length > MAX_ROSTER_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw refuse('roster.old_xls');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
    throw refuse('roster.not_xlsx');
  const answer = await turn(() => readInWorker(bytes));
  if (!answer.ok) throw refuse(answer.key, answer.params);
  return answer.rows;
}
