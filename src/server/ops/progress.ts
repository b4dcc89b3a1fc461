/**
 * A one-line progress bar on stderr, so long steps show they are alive. Redrawn at most
 * ten times a second; when stderr is not a terminal (CI logs) only the final line is written.
 * Used by the command line (`main.ts bill-run`) and the benchmarks (bench/lib/progress.ts).
 */
export interface Progress {
  tick(n?: number): void;
  set(value: number): void;
  done(): void;
}

export function progress(label: string, total: number, unit = ''): Progress {
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let value = 0;
  let lastDraw = 0;
  const draw = (final: boolean) => {
    const now = performance.now();
    if (!final && now - lastDraw < 100) return;
    lastDraw = now;
    const ratio = total > 0 ? Math.min(1, value / total) : 1;
    const filled = Math.round(ratio * 24);
    const line = `  ${label.padEnd(40)} [${'#'.repeat(filled)}${'.'.repeat(24 - filled)}] ${Math.round(value)}/${total}${unit} ${((now - started) / 1000).toFixed(1)}s`;
    if (tty) process.stderr.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    else if (final) process.stderr.write(`${line}\n`);
  };
  return {
    tick: (n = 1) => ((value += n), draw(false)),
    set: (v) => ((value = v), draw(false)),
    done: () => draw(true),
  };
}
