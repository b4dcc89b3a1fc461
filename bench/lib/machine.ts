/** The machine a run measured, for the report header: numbers mean little without it. */
import { availableParallelism, cpus, loadavg, totalmem, platform, arch, release } from 'node:os';

export interface Machine {
  cpuCount: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
}

export function describeMachine(): Machine {
  return {
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${arch()} ${release()}`,
    node: process.version,
  };
}

/** 1-minute load average: shows how much other work competed with the bench. */
export function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}
