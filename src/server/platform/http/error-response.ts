/** The single place where errors become HTTP responses, translated; no stack reaches a user. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, ERROR_STATUS } from '../errors.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { t, type Locale } from '../i18n/index.ts';
import type { AppEnv } from './context.ts';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields: { path: string; message: string }[];
    details?: Record<string, unknown>;
    requestId: string;
  };
}

export function errorBody(err: AppError, locale: Locale, requestId: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: t(locale, err.key, { ...err.params, requestId }),
      fields: err.fields.map((f) => ({ path: f.path, message: t(locale, f.key, f.params) })),
      ...(err.details ? { details: err.details } : {}),
      requestId,
    },
  };
}

/** Maps driver errors that mean "bad input" to the error the user should see. */
function fromDriverError(err: unknown): AppError | null {
  const e = err as { code?: string; message?: string };
  // PostgreSQL: malformed uuid/date in a parameter → the thing asked for does not exist.
  if (e.code === '22P02' || e.code === '22007' || e.code === '22008')
    return new AppError('NOT_FOUND', { params: { what: 'what.page' } });
  // Unique violations that a use case did not pre-check.
  if (isUniqueViolation(err)) {
    return new AppError('DUPLICATE', { params: { what: 'what.code' } });
  }
  return null;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (err.status === 401) return new AppError('UNAUTHENTICATED');
    if (err.status === 404) return new AppError('NOT_FOUND', { params: { what: 'what.page' } });
    return new AppError('BAD_REQUEST');
  }
  if (err instanceof SyntaxError) return new AppError('BAD_REQUEST');
  return fromDriverError(err) ?? new AppError('INTERNAL');
}

export function handleError(err: unknown, c: Context<AppEnv>): Response {
  const appErr = toAppError(err);
  const requestId = c.get('requestId') ?? '-';
  if (appErr.code === 'INTERNAL') c.get('logger')?.error({ err }, 'unhandled error');
  const body = errorBody(appErr, c.get('locale') ?? 'zh-CN', requestId);
  // A refusal that names its wait says so the standard way too (RFC 9110 Retry-After).
  const retryAfter = appErr.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
  return c.json(body, ERROR_STATUS[appErr.code]);
}
