/** The weekly report (RPT-1: CMP-10, REQ-3, CBK-2, repairs) as GET …/reports/weekly answers it. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../app/api.ts';
import { weekQuery } from './week.ts';

// The shapes come from the server's own report types (type-only: nothing of the server is bundled).
import type { WeeklyReport } from '../../../server/modules/tickets/stats/stats.contract.ts';

export type { WeeklyReport };
export type ComplaintColumn = 'major' | 'important' | 'minor' | 'invalid' | 'ungraded';
export type MatrixRow = WeeklyReport['complaints']['matrix'][number];
export type MatrixCounts = WeeklyReport['complaints']['totals'];
export type OutcomeCounts = Pick<WeeklyReport['requests'], 'met' | 'breached' | 'pending' | 'onTimeRate'>;
export type RepeatItem = WeeklyReport['complaints']['repeat']['items'][number];
export type CallbackRow = WeeklyReport['callbacks']['rows'][number];

export function useWeeklyReport(projectId: string, monday: string) {
  return useQuery({
    queryKey: ['tickets', projectId, 'weekly-report', monday],
    queryFn: () => get<WeeklyReport>(`/api/projects/${projectId}/reports/weekly?${weekQuery(monday)}`),
    placeholderData: keepPreviousData,
  });
}
