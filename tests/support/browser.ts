/**
 * End-to-end harness: a real PropDesk server in this process (fresh SQLite file, demo
 * company seeded, random port on 127.0.0.1, serving dist/web) and Debian's Chromium driven
 * by playwright-core, headless, with a fresh profile. Pages get a 1366×768 viewport, the
 * screen the clerks have.
 * No journey depends on the day the suite runs: the server lives on a chosen date (E2E_START,
 * or E2E_NOW from the environment to run the journeys on another day) and runs from there at
 * real speed; every page's clock (Playwright's page clock) starts at the server's time. A test
 * that moves time passes its own clock (the server's deadlines and sweeper follow it; the
 * sweeper runs every second).
 * @example
 *   const e2e = await startE2E();            // or startE2E({ clock: new FixedClock('2026-11-25T01:00:00Z') })
 *   const page = await e2e.newPage();
 *   await e2e.login(page, 'clerk');
 *   await e2e.screenshot(page, 'properties-zh');
 *   await e2e.close();
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/runtime.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';
import { seededSqliteCopy } from './seeded-template.ts';
import type { Config } from '../../src/server/config.ts';
import { RunningClock, type Clock } from '../../src/server/platform/clock.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');
const WEB_DIR = resolve('dist/web');

/**
 * The day the journeys run on unless a test or E2E_NOW says otherwise: a Wednesday in the
 * middle of a month, 10:00 in Beijing — a working day, inside working hours, clear of
 * holidays and of the turn of a week, month or year (the date checks visit those on purpose).
 */
export const E2E_START = process.env.E2E_NOW ?? '2026-11-18T02:00:00.000Z';

const BUILD_LOCK = resolve('dist/.web-build-lock');

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the web UI if no build is there (the test command builds it before the suite).
 * Test files run in parallel, so one builds while the others wait for its index.html.
 */
export function ensureWebBuild(): void {
  const index = join(WEB_DIR, 'index.html');
  if (existsSync(index)) return;
  mkdirSync(resolve('dist'), { recursive: true });
  try {
    mkdirSync(BUILD_LOCK);
  } catch {
    for (let waited = 0; !existsSync(index); waited += 500) {
      if (waited > 180_000) throw new Error('timed out waiting for another test file to build the web UI');
      sleepSync(500);
    }
    return;
  }
  try {
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export interface E2E {
  baseUrl: string;
  server: RunningServer;
  /** The server's clock; every new page's clock starts at its time. */
  clock: Clock;
  browser: Browser;
  /** A page in a new browser context, i.e. its own cookies and storage (another person). */
  newPage(): Promise<Page>;
  /** Logs in through the login form and waits for the first page after it. */
  login(page: Page, username: string, password?: string): Promise<void>;
  /** Saves test-results/screenshots/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Uncaught page errors and console errors seen on the page (known-harmless ones left out). */
  problems(page: Page): string[];
  close(): Promise<void>;
}

/**
 * Console noise that says nothing about the UI: Chromium logs every 4xx answer (the session
 * probe's 401, a refused form's 422, a version conflict's 409), which the UI handles. A 5xx
 * still counts as a problem.
 */
function harmless(text: string): boolean {
  return /Failed to load resource: the server responded with a status of 4\d\d/.test(text);
}

export interface E2EOptions {
  /** The server's clock, e.g. a FixedClock the test moves past a deadline; by default a RunningClock from E2E_START. */
  clock?: Clock;
}

export async function startE2E(opts: E2EOptions = {}): Promise<E2E> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'propdesk-e2e-'));
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: join(dataDir, 'e2e.sqlite'),
    logLevel: 'silent',
    sweepIntervalMs: 1000,
    webDir: WEB_DIR,
  };
  const logger = pino({ level: 'silent' });
  const clock = opts.clock ?? new RunningClock(E2E_START);
  // A copy of the run's demo database seeded on the server's day (journeys on the usual day share one).
  await seededSqliteCopy(dataDir, {
    file: 'e2e.sqlite',
    seedAt: opts.clock ? clock.now() : new Date(E2E_START),
  });
  const server = await startServer(config, { logger, clock });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  // launch() gives the browser a fresh temporary profile of its own and deletes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  const seen = new WeakMap<Page, string[]>();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    baseUrl,
    server,
    clock,
    browser,
    async newPage() {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        baseURL: baseUrl,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      contexts.push(context);
      // The page lives on the server's date; its time then flows on by itself.
      await context.clock.install({ time: clock.now() });
      // Waits are for the app, not a stopwatch: on two shared cores a step can take longer than
      // Playwright's 30 s default without anything being wrong (performance is the bench's job).
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      const problems: string[] = [];
      seen.set(page, problems);
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !harmless(msg.text())) problems.push(`console: ${msg.text()}`);
      });
      return page;
    },
    async login(page, username, password = DEMO_PASSWORD) {
      await page.goto('/login');
      await page.locator('#login-username').fill(username);
      await page.locator('#login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      // Let fonts, drawer/modal animations and the last repaint settle so the picture shows what a person would see.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(400);
      await page.screenshot({ path });
      return path;
    },
    problems(page) {
      return [...(seen.get(page) ?? [])];
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Switches the UI language through the header menu and waits until the switch took effect.
 * The dropdown can miss a click while another overlay is closing, so the menu is retried.
 */
export async function switchLanguage(page: Page, label: 'English' | '中文'): Promise<void> {
  const button = page.getByTestId('lang-menu');
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await button.innerText()).includes(label)) return;
    await button.click();
    const item = page.getByRole('menuitem', { name: label });
    try {
      await item.click({ timeout: 3000 });
      await page.waitForFunction(
        (l) => document.querySelector('[data-testid="lang-menu"]')?.textContent?.includes(l),
        label,
        { timeout: 5000 },
      );
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`the language did not switch to ${label}`);
}
