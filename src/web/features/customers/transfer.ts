/**
 * The two long transfers of the roster import, with progress: the upload (XMLHttpRequest,
 * because fetch reports no upload progress) and the commit, whose answer streams one JSON
 * object a line — progress first, then the result or the error (see the server's
 * roster/progress-stream.ts). Failures become the same ApiError as every other call.
 */
import { ApiError, type FieldProblem } from '../../app/api.ts';

interface ErrorJson {
  error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
}

function apiError(status: number, body: ErrorJson | null, fallback: string): ApiError {
  const e = body?.error;
  return e?.message
    ? new ApiError(status, e.code ?? 'INTERNAL', e.message, e.fields ?? [], e.requestId ?? '')
    : new ApiError(status, status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', fallback);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Posts the file's bytes; `onProgress` gets the share sent, 0…1. */
export function uploadWithProgress<T>(o: {
  url: string;
  file: Blob;
  csrfToken: string;
  networkMessage: string;
  onProgress(sent: number): void;
}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', o.url);
    xhr.setRequestHeader('content-type', o.file.type || 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', o.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) o.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(apiError(xhr.status, body as ErrorJson | null, `${o.networkMessage} (HTTP ${xhr.status})`));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', o.networkMessage));
    xhr.send(o.file);
  });
}

/**
 * Splits what has arrived into whole lines and the unfinished rest.
 * @example splitLines('{"a":1}\n{"b"') // { lines: ['{"a":1}'], rest: '{"b"' }
 */
export function splitLines(buffer: string): { lines: string[]; rest: string } {
  const parts = buffer.split('\n');
  const rest = parts.pop() ?? '';
  return { lines: parts.filter((l) => l.trim() !== ''), rest };
}

type StreamLine<T> = { progress: { done: number; total: number } } | { result: T } | ErrorJson;

/** Posts JSON and reads the streamed answer; resolves with its result. */
export async function postWithProgress<T>(o: {
  url: string;
  body: unknown;
  csrfToken: string;
  networkMessage: string;
  onProgress(done: number, total: number): void;
}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(o.url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/x-ndjson',
        'x-csrf-token': o.csrfToken,
      },
      body: JSON.stringify(o.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', o.networkMessage);
  }
  if (!res.ok || !res.body)
    throw apiError(
      res.status,
      parseJson(await res.text()) as ErrorJson | null,
      `${o.networkMessage} (HTTP ${res.status})`,
    );
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    const split = splitLines(buffer + (value ?? '') + (done ? '\n' : ''));
    buffer = split.rest;
    for (const text of split.lines) {
      const line = parseJson(text) as StreamLine<T> | null;
      if (line && 'progress' in line) o.onProgress(line.progress.done, line.progress.total);
      else if (line && 'result' in line) return line.result;
      else throw apiError(500, line as ErrorJson | null, o.networkMessage);
    }
    if (done) throw new ApiError(0, 'NETWORK', o.networkMessage);
  }
}

/**
 * Fetches a file and saves it under the server's file name; a refusal (an export not yet
 * approved, already downloaded…) becomes an ApiError instead of a page of JSON in a new tab.
 */
export async function downloadFile(o: { url: string; networkMessage: string }): Promise<void> {
  let res: Response;
  try {
    res = await fetch(o.url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', o.networkMessage);
  }
  if (!res.ok)
    throw apiError(
      res.status,
      parseJson(await res.text()) as ErrorJson | null,
      `${o.networkMessage} (HTTP ${res.status})`,
    );
  const name =
    /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download.xlsx';
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
