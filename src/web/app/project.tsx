/**
 * The project the user is working in. It comes from the route (/p/:projectId/...), is
 * remembered on this device for the next visit, and carries the user's permissions there,
 * which the UI uses to hide actions the server would refuse anyway.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from './api.ts';
import type { Me, MeProject, Project } from './types.ts';
import type { Permission } from '../../server/platform/access/roles.ts';

const LAST_PROJECT_KEY = 'pd_last_project';

export function rememberProject(projectId: string): void {
  try {
    localStorage.setItem(LAST_PROJECT_KEY, projectId);
  } catch {
    // No storage: the user simply lands on their first project next time.
  }
}

/**
 * The project to open when the URL names none: the remembered one if the user still has
 * it, else their first.
 * @example const pid = defaultProjectId(me); // '0190…' or null
 */
export function defaultProjectId(me: Me): string | null {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_PROJECT_KEY);
  } catch {
    last = null;
  }
  if (last && me.projects.some((p) => p.projectId === last)) return last;
  return me.projects[0]?.projectId ?? null;
}

export const projectKey = (projectId: string) => ['project', projectId] as const;

export function useProjectDetails(projectId: string) {
  return useQuery({
    queryKey: projectKey(projectId),
    queryFn: () => get<Project>(`/api/projects/${projectId}`),
    staleTime: 5 * 60_000,
  });
}

export interface ProjectValue {
  projectId: string;
  project: MeProject;
  /** Settings (time zone, working hours); undefined while loading. */
  details: Project | undefined;
  timeZone: string;
  can(permission: Permission): boolean;
}

const ProjectContext = createContext<ProjectValue | null>(null);

export function ProjectProvider({ project, children }: { project: MeProject; children: ReactNode }) {
  const details = useProjectDetails(project.projectId).data;
  const value: ProjectValue = {
    projectId: project.projectId,
    project,
    details,
    timeZone: details?.timeZone ?? 'Asia/Shanghai',
    can: (p) => project.permissions.includes(p),
  };
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

export function useProject(): ProjectValue {
  const v = useContext(ProjectContext);
  if (!v) throw new Error('useProject outside ProjectProvider');
  return v;
}

/** The project context where there may be none (pages outside /p/:projectId). */
export function useOptionalProject(): ProjectValue | null {
  return useContext(ProjectContext);
}
