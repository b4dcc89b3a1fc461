/** Every timer kind the product knows, collected from the modules' manifests. */
import type { TimerHandler } from './platform/timers/sweeper.ts';
import type { Deps } from './platform/http/context.ts';
import { MODULES } from './modules/index.ts';

export function timerHandlers(deps: Deps): Map<string, TimerHandler> {
  const out = new Map<string, TimerHandler>();
  for (const m of MODULES) {
    for (const [kind, handler] of m.timerHandlers?.(deps) ?? []) {
      if (out.has(kind)) throw new Error(`timer kind ${kind} of ${m.name} is already handled`);
      out.set(kind, handler);
    }
  }
  return out;
}

/** Makes sure every module's self-rescheduling timers exist (a starting server calls it). */
export async function ensureTimers(deps: Deps): Promise<void> {
  for (const m of MODULES) await m.ensureTimers?.(deps.db.k, deps.clock.now());
}
