/** Every scenario, in the order a full run executes them. A new scenario is one file plus one line here. */
import type { Scenario } from '../lib/scenario.ts';
import { rawBaseline } from './raw-baseline.ts';
import { loginTreeRead } from './login-tree-read.ts';
import { bulkBuildings } from './bulk-buildings.ts';
import { coldStart } from './cold-start.ts';
import { ticketIntake } from './ticket-intake.ts';
import { ticketQueue } from './ticket-queue.ts';
import { slaSweep } from './sla-sweep.ts';
import { uiBundle } from './ui-bundle.ts';
import { billGeneration } from './bill-generation.ts';

export const scenarios: Scenario[] = [
  rawBaseline,
  loginTreeRead,
  bulkBuildings,
  coldStart,
  ticketIntake,
  ticketQueue,
  slaSweep,
  billGeneration,
  uiBundle,
];
