/**
 * In-process test app: real migrations on a real database, the Hono app called through
 * app.request(), a FixedClock, and an HTTP client that keeps the session cookie and CSRF
 * token like a browser does. Tests start it through the factory's createTestApp
 * (factory/index.ts), which also sets the clock before each test; forEachDatabase stays for
 * the few suites that are one timed sequence (login-throttle.test.ts).
 */
import { after, before, describe } from 'node:test';
import pino from 'pino';
import { FixedClock } from '../../src/server/platform/clock.ts';
import { openDeps } from '../../src/server/runtime.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';
import { testDatabases, type TestDatabase } from './databases.ts';
import { seededDatabase } from './seeded-template.ts';
import { sweepOnce } from '../../src/server/platform/timers/sweeper.ts';
import { timerHandlers } from '../../src/server/timer-handlers.ts';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class Client {
  cookie = '';
  csrf = '';
  lang: 'zh-CN' | 'en' = 'en';
  private app: ReturnType<typeof buildApp>;
  constructor(app: ReturnType<typeof buildApp>) {
    this.app = app;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    // The language cookie wins over the user's saved preference, as the UI's switch does.
    const h: Record<string, string> = { ...headers };
    h.cookie = [this.cookie, `pd_lang=${this.lang}`].filter(Boolean).join('; ');
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    let payload: string | Uint8Array | undefined;
    if (body instanceof Uint8Array) {
      h['content-type'] ??= 'application/octet-stream';
      payload = body;
    } else if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await this.app.request(path, { method, headers: h, body: payload as BodyInit | undefined });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /pd_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `pd_session=${m[1]}` : '';
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
}

export interface TestContext {
  db: TestDatabase['name'];
  deps: Deps;
  clock: FixedClock;
  app: ReturnType<typeof buildApp>;
  /** Project ids of the demo: CAMPUS (office campus) and ESTATE (residential). */
  projects: { CAMPUS: string; ESTATE: string };
  anonymous(): Client;
  login(username: string, password?: string): Promise<Client>;
  /** Fires every timer due at the clock's current time, as the server's sweeper would. */
  sweep(): Promise<number>;
}

export const TEST_START = '2026-11-25T01:00:00.000Z';

/**
 * Runs `body` once per test database, each with a fresh migrated database holding the
 * demo company seeded at TEST_START (seed: true, the default; a copy of the run's template)
 * or nothing at all.
 */
export function forEachDatabase(
  title: string,
  body: (ctx: () => TestContext) => void,
  opts: { seed?: boolean } = {},
): void {
  for (const tdb of testDatabases()) {
    describe(`${title} [${tdb.name}]`, () => {
      let ctx: TestContext | undefined;
      let url = '';
      before(async () => {
        // Seeded: a copy of the run's template, seeded once at TEST_START (seeded-template.ts).
        url =
          opts.seed === false
            ? await tdb.create()
            : await seededDatabase(tdb, { seedAt: new Date(TEST_START) });
        const clock = new FixedClock(TEST_START);
        const deps = await openDeps(
          { databaseUrl: url, logLevel: 'silent' },
          clock,
          pino({ level: 'silent' }),
        );
        const app = buildApp(deps);
        const rows = await deps.db.k.selectFrom('projects').select(['project_id', 'code']).execute();
        const byCode = Object.fromEntries(rows.map((r) => [r.code, r.project_id]));
        ctx = {
          db: tdb.name,
          deps,
          clock,
          app,
          projects: { CAMPUS: byCode.CAMPUS ?? '', ESTATE: byCode.ESTATE ?? '' },
          anonymous: () => new Client(app),
          sweep: () =>
            sweepOnce({
              db: deps.db,
              clock,
              logger: deps.logger,
              handlers: timerHandlers(deps),
              workerId: 'test',
              batch: 10_000,
            }),
          async login(username, password = DEMO_PASSWORD) {
            const c = new Client(app);
            const res = await c.post('/api/auth/login', { username, password });
            if (res.status !== 200)
              throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
            c.csrf = res.body.csrfToken;
            return c;
          },
        };
      });
      after(async () => {
        if (ctx) {
          await ctx.deps.bus.close();
          await ctx.deps.db.close();
        }
        if (url) await tdb.drop(url);
      });
      body(() => {
        if (!ctx) throw new Error('test context not ready');
        return ctx;
      });
    });
  }
}
