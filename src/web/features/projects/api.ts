/** Projects, their settings and their working-day calendar. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, put } from '../../app/api.ts';
import { projectKey } from '../../app/project.tsx';
import type { CalendarDay, Project, ProjectSummary } from '../../app/types.ts';

export const calendarKey = (pid: string, year: number) => ['calendar', pid, year] as const;
export const PROJECTS_KEY = ['projects'] as const;

export function useCalendar(pid: string, year: number) {
  return useQuery({
    queryKey: calendarKey(pid, year),
    queryFn: () => get<CalendarDay[]>(`/api/projects/${pid}/calendar/${year}`),
  });
}

export function useProjects() {
  return useQuery({ queryKey: PROJECTS_KEY, queryFn: () => get<ProjectSummary[]>('/api/projects') });
}

export interface ProjectPatch {
  version: number;
  name?: string;
  kind?: string;
  timeZone?: string;
  workingHours?: { start: string; end: string }[];
  greetingZh?: string;
  greetingEn?: string;
}

export function useProjectWrites() {
  const qc = useQueryClient();
  return {
    async create(input: { code: string; name: string; kind: string; timeZone: string }): Promise<Project> {
      const p = await post<Project>('/api/projects', input);
      await qc.invalidateQueries({ queryKey: PROJECTS_KEY });
      return p;
    },
    async update(pid: string, input: ProjectPatch): Promise<Project> {
      const p = await patch<Project>(`/api/projects/${pid}`, input);
      qc.setQueryData(projectKey(pid), p);
      await qc.invalidateQueries({ queryKey: PROJECTS_KEY });
      return p;
    },
    async importCalendar(pid: string, year: number, text: string): Promise<CalendarDay[]> {
      const days = await put<CalendarDay[]>(`/api/projects/${pid}/calendar/${year}`, { text });
      qc.setQueryData(calendarKey(pid, year), days);
      return days;
    },
  };
}
