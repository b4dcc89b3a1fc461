import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import { pickLocale } from '../i18n/index.ts';
import { loadSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { runWithClock } from '../request-clock.ts';
import type { Actor } from '../access/actor.ts';
import type { AppEnv, Deps } from './context.ts';

export const LOCALE_COOKIE = 'pd_lang';

/**
 * What a session whose password must be changed (a new account, a reset) may still do: see
 * who it is, change the password, pick the language of the form, log out (or log in as
 * someone else). Everything else answers PASSWORD_CHANGE_REQUIRED until the password is
 * changed, so no work is done under a password another person chose (ORG-2).
 */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/me',
  'POST /api/auth/password',
  'PUT /api/auth/locale',
  'POST /api/auth/logout',
  'POST /api/auth/login',
]);

export function allowedBeforePasswordChange(method: string, path: string): boolean {
  return BEFORE_PASSWORD_CHANGE.has(`${method === 'HEAD' ? 'GET' : method} ${path}`);
}

/** Request id (honouring an incoming X-Request-Id), per-request child logger, locale, the request's clock. */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('logger', deps.logger.child({ requestId }));
    // A ?lang= that names no language falls back to the cookie, so even its own error is in the user's language.
    const asked = c.req.query('lang');
    c.set(
      'locale',
      pickLocale(
        asked === 'en' || asked === 'zh-CN' ? asked : getCookie(c, LOCALE_COOKIE),
        c.req.header('accept-language'),
      ),
    );
    c.set('actor', null);
    c.set('session', null);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await runWithClock(deps.clock, next);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    if (c.req.path.startsWith('/api/')) {
      c.get('logger').info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
    }
  };
}

/** Loads the session (if any) and enforces CSRF on unsafe methods for logged-in requests. */
export function sessionLoader(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const loaded = await loadSession(deps.db, token, deps.clock.now());
      if (loaded) {
        c.set('actor', loaded.actor);
        c.set('session', loaded.session);
        if (!getCookie(c, LOCALE_COOKIE) && !c.req.query('lang'))
          c.set('locale', loaded.actor.locale === 'en' ? 'en' : 'zh-CN');
      }
    }
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    const session = c.get('session');
    if (unsafe && session && c.req.header('x-csrf-token') !== session.csrfToken) {
      throw new AppError('CSRF');
    }
    if (c.get('actor')?.mustChangePassword && !allowedBeforePasswordChange(c.req.method, c.req.path)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    await next();
  };
}

/** The logged-in actor, or 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
