/**
 * Spawns tests/support/server-process.ts as a child process and waits until it listens;
 * logs in to it over real HTTP.
 * @example
 *   const a = await spawnServer({ databaseUrl });
 *   await fetch(`http://127.0.0.1:${a.port}/api/health`);
 *   a.kill('SIGTERM'); await a.exited;
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./server-process.ts', import.meta.url));
const READY_TIMEOUT_MS = 20_000;

export interface SpawnedServer {
  port: number;
  pid: number;
  kill(signal?: NodeJS.Signals): void;
  /** Settles when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process wrote to stderr so far (logs, errors): for failure messages. */
  stderr(): string;
}

export async function spawnServer(opts: {
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...opts.env,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    // Keep the tail only: a long-running server must not grow the test's memory.
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not report LISTENING within ${READY_TIMEOUT_MS} ms; stderr:\n${stderr}`));
    }, READY_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const m = /^LISTENING (\d+)$/m.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`server exited before listening (code ${code}, signal ${signal}); stderr:\n${stderr}`),
      );
    });
  });

  return {
    port,
    pid: child.pid!,
    kill: (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    exited,
    stderr: () => stderr,
  };
}

export interface HttpSession {
  cookie: string;
  csrfToken: string;
  /** fetch against the server with the session cookie, and the CSRF header on unsafe methods. */
  request(path: string, init?: { method?: string; json?: unknown; signal?: AbortSignal }): Promise<Response>;
  /** The same session against another server on the same database (sessions live there). */
  at(port: number): HttpSession;
}

function httpSession(port: number, cookie: string, csrfToken: string): HttpSession {
  return {
    cookie,
    csrfToken,
    request(path, init = {}) {
      const method = init.method ?? 'GET';
      const headers: Record<string, string> = { cookie };
      if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
      if (init.json !== undefined) headers['content-type'] = 'application/json';
      return fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers,
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
        signal: init.signal,
      });
    },
    at: (other) => httpSession(other, cookie, csrfToken),
  };
}

/**
 * Logs in over real HTTP, as a browser would, keeping the session cookie and CSRF token.
 * @example
 *   const admin = await loginOverHttp(a.port, 'admin', 'Demo2026');
 *   const res = await admin.at(b.port).request(`/api/projects/${id}/buildings`, { method: 'POST', json: body });
 */
export async function loginOverHttp(port: number, username: string, password: string): Promise<HttpSession> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { csrfToken?: string };
  const m = /pd_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (res.status !== 200 || !m || !body.csrfToken)
    throw new Error(`login ${username} on port ${port} failed: ${res.status} ${JSON.stringify(body)}`);
  return httpSession(port, `pd_session=${m[1]}`, body.csrfToken);
}
