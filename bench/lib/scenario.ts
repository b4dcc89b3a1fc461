/**
 * What a scenario is: a name for `--only`, and a run that measures one thing on a fresh
 * database and returns a table. Adding a scenario = one file in bench/scenarios plus one
 * line in bench/scenarios/index.ts.
 */
import type { BenchDatabase } from './databases.ts';
import type { TargetCheck } from './targets.ts';

export interface ScenarioContext {
  database: BenchDatabase;
  /** Shorter durations and counts: checks the harness in seconds, numbers are not meaningful. */
  quick: boolean;
}

export interface ScenarioResult {
  /** One paragraph: what was measured and how. */
  about: string;
  columns: string[];
  rows: string[][];
  checks: TargetCheck[];
  notes: string[];
}

export interface Scenario {
  name: string;
  title: string;
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}

/** The column layout most scenarios share; `target` is the text and ✓/✗ when one applies. */
export const LATENCY_COLUMNS = ['Measure', 'Count', 'Rate', 'p50 ms', 'p95 ms', 'p99 ms', 'Target'];
