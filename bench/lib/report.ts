/** Renders one database's run as markdown: header, target summary, one section per scenario. */
import type { Machine } from './machine.ts';
import type { Scenario, ScenarioResult } from './scenario.ts';
import { mark, TARGETS, type TargetCheck } from './targets.ts';

export interface ScenarioOutcome {
  scenario: Scenario;
  seconds: number;
  result?: ScenarioResult;
  error?: string;
}

export interface RunReport {
  databaseLabel: string;
  databaseVersion: string;
  machine: Machine;
  startedAt: Date;
  seconds: number;
  loadBefore: string;
  loadAfter: string;
  command: string;
  quick: boolean;
  outcomes: ScenarioOutcome[];
}

function table(columns: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`| ${columns.map(cell).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function targetSummary(outcomes: ScenarioOutcome[]): string {
  const checks = outcomes.flatMap((o) => o.result?.checks ?? []);
  const rows = Object.values(TARGETS).map((t) => {
    const mine: TargetCheck[] = checks.filter((c) => c.target.id === t.id);
    if (mine.length === 0) return [t.text, 'not measured yet (no scenario)', '—'];
    return [t.text, mine.map((c) => c.measured).join('; '), mine.map((c) => mark(c.met)).join(' ')];
  });
  return table(['Target (ARCHITECTURE.md)', 'Measured', 'Met'], rows);
}

export function renderReport(r: RunReport): string {
  const out: string[] = [];
  out.push(`# PropDesk benchmark — ${r.databaseLabel}`, '');
  if (r.quick)
    out.push(
      '> **Quick run** (`--quick`): shortened durations to check the harness; these numbers are not meaningful.',
      '',
    );
  out.push(
    `- Date: ${r.startedAt.toISOString()}`,
    `- Command: \`${r.command}\` (${Math.round(r.seconds)} s for this database)`,
    `- Machine: ${r.machine.cpuCount} CPUs (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, ${r.machine.os}`,
    `- Node: ${r.machine.node}`,
    `- Database: ${r.databaseVersion}`,
    `- Load average (1 min) before / after: ${r.loadBefore} / ${r.loadAfter} — anything else running on the machine makes the numbers noisy`,
    '',
    '## Targets',
    '',
    targetSummary(r.outcomes),
    '',
  );
  r.outcomes.forEach((o, i) => {
    out.push(`## ${i + 1}. ${o.scenario.title} (\`${o.scenario.name}\`, ${o.seconds.toFixed(0)} s)`, '');
    if (o.error) {
      out.push('**Failed:**', '', '```', o.error, '```', '');
      return;
    }
    const res = o.result!;
    out.push(res.about, '', table(res.columns, res.rows), '');
    for (const n of res.notes) out.push(`- ${n}`);
    if (res.notes.length) out.push('');
  });
  return out.join('\n');
}
