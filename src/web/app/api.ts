/**
 * The one way the UI talks to the server: JSON in and out, the session cookie, the CSRF
 * header on unsafe methods, and every failure turned into an ApiError whose message is
 * already in the user's language (the server translates; see platform/http/error-response.ts).
 */

export interface FieldProblem {
  /** Dotted path into the request body, e.g. 'segments.0.fromFloor' or 'text.line.3'. */
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** Server error code (AppError), or 'NETWORK' when the server could not be reached. */
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly requestId: string;
  /** From a Retry-After header (a throttled login): seconds before trying again makes sense. */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldProblem[] = [],
    requestId = '',
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

let csrfToken = '';
let onUnauthenticated: () => void = () => {};
let onPasswordChangeRequired: () => void = () => {};
let networkMessage = 'Network error';

/** Called with the token from login / GET /api/auth/me. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** What to do when a request finds the session gone (expired, logged out elsewhere). */
export function setUnauthenticatedHandler(fn: () => void): void {
  onUnauthenticated = fn;
}

/**
 * What to do when the server says this session must change its password first (a reset done
 * while the user was away): re-read who is logged in, so the route guard shows the form.
 */
export function setPasswordChangeRequiredHandler(fn: () => void): void {
  onPasswordChangeRequired = fn;
}

/** The message shown when the server cannot be reached, in the current language. */
export function setNetworkMessage(message: string): void {
  networkMessage = message;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** JSON is sent as JSON; a Blob (a photo) is sent as it is, with its own content type. */
async function send(
  method: string,
  path: string,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const raw = typeof Blob !== 'undefined' && body instanceof Blob;
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (raw) headers['content-type'] = (body as Blob).type || 'application/octet-stream';
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    const payload = body === undefined ? undefined : raw ? (body as Blob) : JSON.stringify(body);
    return await fetch(path, { method, headers, credentials: 'same-origin', body: payload });
  } catch {
    throw new ApiError(0, 'NETWORK', networkMessage);
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  const text = await res.text();
  try {
    const parsed = JSON.parse(text) as {
      error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
    };
    if (parsed.error?.message) {
      const retryAfter = Number(res.headers.get('retry-after'));
      return new ApiError(
        res.status,
        parsed.error.code ?? 'INTERNAL',
        parsed.error.message,
        parsed.error.fields ?? [],
        parsed.error.requestId ?? '',
        retryAfter > 0 ? retryAfter : null,
      );
    }
  } catch {
    // A proxy or a crashed server answered with something other than our JSON error.
  }
  return new ApiError(
    res.status,
    res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    `${networkMessage} (HTTP ${res.status})`,
  );
}

export interface RequestOptions {
  /** Extra request headers, e.g. { 'idempotency-key': uuid } so a double submit makes one record. */
  headers?: Record<string, string>;
  /** Internal: set on the one retry after a stale CSRF token. */
  retried?: boolean;
}

/**
 * Sends one request and returns the parsed JSON body (undefined for 204).
 * A CSRF refusal means the token went stale (a new login in another tab); the request is
 * retried once with the token /api/auth/me now reports.
 * @example const buildings = await api<Building[]>('GET', `/api/projects/${id}/buildings`);
 */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const res = await send(method, path, body, opts.headers);
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const err = await toApiError(res);
  if (err.code === 'CSRF' && !opts.retried) {
    const me = await send('GET', '/api/auth/me', undefined);
    if (me.ok) {
      setCsrfToken(((await me.json()) as { csrfToken: string }).csrfToken);
      return api<T>(method, path, body, { ...opts, retried: true });
    }
  }
  if (err.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated();
  if (err.code === 'PASSWORD_CHANGE_REQUIRED') onPasswordChangeRequired();
  throw err;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown = {}) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown = {}) => api<T>('PATCH', path, body);
