/**
 * Worker-thread entry of the roster reader (read-xlsx.ts starts it): reads the sheet from the
 * bytes it is given and posts back the rows, or the key of the reason the file was refused.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RosterFileError } from './roster-rules.ts';
import { readFirstSheet } from './read-sheet-stream.ts';

export type WorkerAnswer =
  | { ok: true; rows: Awaited<ReturnType<typeof readFirstSheet>> }
  | { ok: false; key: string; params: Record<string, string | number> };

const { bytes } = workerData as { bytes: Uint8Array };
let answer: WorkerAnswer;
try {
  answer = { ok: true, rows: await readFirstSheet(bytes) };
} catch (err) {
  answer =
    err instanceof RosterFileError
      ? { ok: false, key: err.key, params: err.params }
      : { ok: false, key: 'roster.not_xlsx', params: {} };
}
parentPort!.postMessage(answer);
