/** The API as a browser uses it: session cookie from login, CSRF token on unsafe methods. */
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';

export interface Session {
  cookie: string;
  csrfToken: string;
  projects: { projectId: string; code: string }[];
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

export async function login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { csrfToken: string; projects: Session['projects'] };
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status} ${JSON.stringify(body)}`);
  const cookie = /pd_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`login ${username}: no pd_session cookie`);
  return { cookie, csrfToken: body.csrfToken, projects: body.projects };
}

export function projectId(session: Session, code: string): string {
  const p = session.projects.find((x) => x.code === code);
  if (!p) throw new Error(`the logged-in user has no project ${code}`);
  return p.projectId;
}

export function authHeaders(session: Session, unsafe = false): Record<string, string> {
  return { cookie: session.cookie, ...(unsafe && { 'x-csrf-token': session.csrfToken }) };
}

export async function api<T>(
  baseUrl: string,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const unsafe = method !== 'GET' && method !== 'HEAD';
  const headers: Record<string, string> = {
    ...authHeaders(session, unsafe),
    ...(body !== undefined && { 'content-type': 'application/json' }),
  };
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Fails loudly: a bench that measured error responses would report nonsense. */
export function expectStatus<T>(res: ApiResponse<T>, status: number, what: string): T {
  if (res.status !== status)
    throw new Error(
      `${what}: expected HTTP ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
    );
  return res.body;
}
