/** Configuration from the environment; every variable is documented in README. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  logLevel: string;
  sweepIntervalMs: number;
  webDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL ?? resolve(dataDir, 'propdesk.sqlite'),
    logLevel: env.LOG_LEVEL ?? 'info',
    sweepIntervalMs: Number(env.SWEEP_INTERVAL_MS ?? 1000),
    webDir: resolve(env.WEB_DIR ?? 'dist/web'),
  };
}
