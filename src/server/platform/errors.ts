/**
 * One error type for the whole server. Use cases throw AppError with a closed code; the
 * HTTP edge maps code → status and translates the message (platform/i18n).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  /** The session's password must be changed first (a new account or a reset): only /api/auth/me, password and logout answer. */
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  /** Dotted path into the request body/query, e.g. 'units.3.area'. */
  path: string;
  /** Message key in platform/i18n, e.g. 'field.required'. */
  key: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Message key in platform/i18n; defaults to 'error.<code>'. */
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly fields: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    opts: {
      key?: string;
      params?: Record<string, string | number>;
      fields?: FieldIssue[];
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(opts.key ?? code);
    this.code = code;
    this.key = opts.key ?? `error.${code}`;
    this.params = opts.params ?? {};
    this.fields = opts.fields ?? [];
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) =>
  new AppError('NOT_FOUND', { key: 'error.NOT_FOUND', params: { what } });
export const forbidden = (permission?: string) =>
  new AppError('FORBIDDEN', { params: { permission: permission ?? '' } });
export const unprocessable = (key: string, params?: Record<string, string | number>, path?: string) =>
  new AppError('UNPROCESSABLE', { key, params, fields: path ? [{ path, key, params }] : [] });
export const versionConflict = () => new AppError('VERSION_CONFLICT');
