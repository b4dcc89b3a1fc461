/** The weekly report (RPT-1: CMP-10, REQ-3, CBK-2, repairs) as GET …/reports/weekly answers it. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../app/api.ts';
import { weekQuery } from './week.ts';

export type ComplaintColumn = 'major' | 'important' | 'minor' | 'invalid' | 'ungraded';
export type MatrixCounts = Record<ComplaintColumn, number> & { total: number };
export interface MatrixRow extends MatrixCounts {
  type: string;
}
export interface OutcomeCounts {
  met: number;
  breached: number;
  pending: number;
  onTimeRate: number | null;
}
export interface RepeatItem {
  ticketId: string;
  number: string;
  customerName: string;
  phone: string;
  receivedAt: string;
  previous: { ticketId: string; number: string; receivedAt: string }[];
}
export interface CallbackRow {
  kind: string;
  needed: number;
  calledBack: number;
  callbackRate: number | null;
  attempts: number;
  reached: number;
  satisfied: number;
  basically: number;
  unsatisfied: number;
  unreached: number;
  satisfactionRate: number | null;
}
export interface WeeklyReport {
  project: { projectId: string; code: string; name: string; timeZone: string };
  range: { label: string; from: string; to: string; start: string; end: string };
  generatedAt: string;
  complaints: {
    received: number;
    cancelled: number;
    matrix: MatrixRow[];
    totals: MatrixCounts;
    repeat: { count: number; items: RepeatItem[] };
    onTime: ({ level: string } & OutcomeCounts)[];
  };
  requests: OutcomeCounts & { received: number; cancelled: number; answered: number; stillOpen: number };
  callbacks: { rows: CallbackRow[]; total: CallbackRow };
  repairs: {
    received: number;
    cancelled: number;
    urgent: number;
    scheduled: number;
    unclassified: number;
    stillOpen: number;
    completed: number;
    reworked: number;
    reworks: number;
    paidCount: number;
    paidFen: number;
  };
}

export function useWeeklyReport(projectId: string, monday: string) {
  return useQuery({
    queryKey: ['tickets', projectId, 'weekly-report', monday],
    queryFn: () => get<WeeklyReport>(`/api/projects/${projectId}/reports/weekly?${weekQuery(monday)}`),
    placeholderData: keepPreviousData,
  });
}
