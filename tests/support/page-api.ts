/**
 * Calls the API as the person logged in on a page (same cookies, their CSRF token), for the
 * setup a journey needs but does not test — e.g. five complaints created in one go.
 * @example
 *   const api = await pageApi(page);
 *   const t = await api.post(`/api/projects/${pid}/tickets`, { kind: 'complaint', … });
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface PageApi {
  projectId(code: string): string;
  get<T = any>(path: string): Promise<T>;
  post<T = any>(path: string, body: unknown): Promise<T>;
}

export async function pageApi(page: Page): Promise<PageApi> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  return {
    projectId(code) {
      const p = (me.projects as { code: string; projectId: string }[]).find((x) => x.code === code);
      assert.ok(p, `not in project ${code}`);
      return p.projectId;
    },
    async get(path) {
      const r = await page.request.get(path);
      assert.ok(r.ok(), `GET ${path}: ${r.status()} ${await r.text()}`);
      return r.json();
    },
    async post(path, body) {
      const r = await page.request.post(path, { data: body, headers });
      assert.ok(r.ok(), `POST ${path}: ${r.status()} ${await r.text()}`);
      return r.status() === 204 ? undefined : r.json();
    },
  };
}
