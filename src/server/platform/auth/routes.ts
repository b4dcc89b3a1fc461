/** /api/auth: login, logout, who am I, password change, language preference. */
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.ts';
import { newRouter } from '../http/openapi-app.ts';
import { LOCALE_COOKIE, requireActor } from '../http/middleware.ts';
import type { Deps } from '../http/context.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from './passwords.ts';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from './sessions.ts';
import { claimLoginAttempt, settleLoginSuccess, throttleKeys } from './rate-limit.ts';
import { clientAddress } from '../http/client-address.ts';
import { describeMe, MeSchema } from './me.ts';
import { ErrorSchema } from '../http/openapi-schemas.ts';

const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
const PasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
const LocaleBody = z.strictObject({ locale: z.enum(['zh-CN', 'en']) });

export function authRoutes(deps: Deps) {
  const app = newRouter();
  const secureCookie = process.env.COOKIE_SECURE === '1';
  const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0) || 0;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['auth'],
      request: { body: { content: { 'application/json': { schema: LoginBody } }, required: true } },
      responses: {
        200: { description: 'Logged in', content: { 'application/json': { schema: MeSchema } } },
        401: { description: 'Wrong credentials', content: { 'application/json': { schema: ErrorSchema } } },
        429: {
          description:
            'Too many failed logins for this account from this address (or from this address): wait the Retry-After seconds',
          content: { 'application/json': { schema: ErrorSchema } },
        },
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const now = deps.clock.now();
      const keys = throttleKeys(username, clientAddress(c, trustedProxies));
      // Counted before the password is checked: a burst of guesses gets no more checks than the limit.
      await claimLoginAttempt(deps.db, [keys.account, keys.address], now);
      const user = await deps.db.k
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      const ok = user
        ? await verifyPassword(password, user.password_hash)
        : await verifyPassword(password, DUMMY_HASH);
      if (!user || !ok) throw new AppError('UNAUTHENTICATED', { key: 'auth.bad_credentials' });
      await settleLoginSuccess(deps.db, keys, now);
      if (user.active !== 1) throw new AppError('FORBIDDEN', { key: 'auth.account_disabled' });
      const { token, csrfToken } = await createSession(
        deps.db,
        user.user_id,
        now,
        c.req.header('user-agent') ?? null,
      );
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: secureCookie,
        maxAge: 12 * 3600,
      });
      return c.json(await describeMe(deps.db, user.user_id, csrfToken), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['auth'],
      responses: { 204: { description: 'Logged out' } },
    }),
    async (c) => {
      const session = c.get('session');
      if (session) await deleteSession(deps.db, session.sessionHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags: ['auth'],
      responses: {
        200: { description: 'The logged-in user', content: { 'application/json': { schema: MeSchema } } },
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await describeMe(deps.db, actor.userId, c.get('session')!.csrfToken), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      tags: ['auth'],
      request: { body: { content: { 'application/json': { schema: PasswordBody } }, required: true } },
      responses: { 204: { description: 'Changed; other sessions of this user are ended' } },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      const user = await deps.db.k
        .selectFrom('users')
        .select(['password_hash'])
        .where('user_id', '=', actor.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(currentPassword, user.password_hash))) {
        throw new AppError('UNPROCESSABLE', {
          key: 'auth.wrong_password',
          fields: [{ path: 'currentPassword', key: 'auth.wrong_password' }],
        });
      }
      if (!isAcceptablePassword(newPassword)) {
        throw new AppError('UNPROCESSABLE', {
          key: 'auth.password_too_weak',
          fields: [{ path: 'newPassword', key: 'auth.password_too_weak' }],
        });
      }
      await deps.db.k
        .updateTable('users')
        .set({
          password_hash: await hashPassword(newPassword),
          must_change_password: 0,
          updated_at: deps.clock.now().toISOString(),
        })
        .where('user_id', '=', actor.userId)
        .execute();
      await deleteUserSessions(deps.db, actor.userId, c.get('session')!.sessionHash);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/auth/locale',
      tags: ['auth'],
      request: { body: { content: { 'application/json': { schema: LocaleBody } }, required: true } },
      responses: { 204: { description: 'Saved' } },
    }),
    async (c) => {
      const { locale } = c.req.valid('json');
      const actor = c.get('actor');
      if (actor)
        await deps.db.k.updateTable('users').set({ locale }).where('user_id', '=', actor.userId).execute();
      setCookie(c, LOCALE_COOKIE, locale, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
      return c.body(null, 204);
    },
  );

  return app;
}

/** Verifying against a dummy hash for unknown users keeps response time from revealing which usernames exist. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
