/** Starts the real server in a child process (see server-process.ts) and stops it again. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface BenchServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const ENTRY = new URL('./server-process.ts', import.meta.url);

export function waitForExit(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
  });
}

export async function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
    // No built UI needed: the bench only calls the API.
    WEB_DIR: join(tmpdir(), 'propdesk-bench-no-web'),
  };
  const child = fork(ENTRY, [], { env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s\n${stderr}`)), 60_000);
    child.once('message', (m: { port: number }) => (clearTimeout(timer), resolve(m.port)));
    child.once(
      'exit',
      (code) => (
        clearTimeout(timer),
        reject(new Error(`server exited with ${code} before listening\n${stderr}`))
      ),
    );
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await waitForExit(child);
    },
  };
}
