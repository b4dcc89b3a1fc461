/**
 * /p/:projectId — checks the user is in the project, remembers it, keeps its live stream open.
 * A link may name the project by its code (/p/CAMPUS/desk): it is resolved to the id and the
 * address rewritten, so every page below keeps reading one id from the route.
 */
import { useEffect } from 'react';
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth.tsx';
import { ProjectProvider, rememberProject } from './project.tsx';
import { useLiveEvents } from './live-events.ts';
import type { MeProject } from './types.ts';

function LiveProject({ project }: { project: MeProject }) {
  useLiveEvents(project.projectId);
  useEffect(() => rememberProject(project.projectId), [project.projectId]);
  return (
    <ProjectProvider project={project}>
      <Outlet />
    </ProjectProvider>
  );
}

/**
 * The user's project whose code the URL segment names (codes are unique; case ignored, as
 * people type them).
 * @example projectByCode(me.projects, 'campus')?.projectId // '0190…'
 */
export function projectByCode(projects: MeProject[], segment: string): MeProject | undefined {
  const code = segment.toUpperCase();
  return projects.find((p) => p.code.toUpperCase() === code);
}

export function ProjectScope() {
  const { projectId = '' } = useParams();
  const { me } = useAuth();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const project = me?.projects.find((p) => p.projectId === projectId);
  const byCode = project ? undefined : projectByCode(me?.projects ?? [], projectId);
  if (byCode) {
    const rest = location.pathname.split('/').slice(3).join('/'); // after '', 'p', the code
    return (
      <Navigate
        to={`/p/${byCode.projectId}${rest ? `/${rest}` : ''}${location.search}${location.hash}`}
        replace
      />
    );
  }
  if (!project) {
    return (
      <Result
        status="403"
        title={t('shell.notInProjectTitle')}
        subTitle={t('shell.notInProjectHint')}
        extra={
          <Button type="primary" onClick={() => navigate('/', { replace: true })}>
            {t('common.home')}
          </Button>
        }
      />
    );
  }
  // Keyed so that switching projects starts a fresh stream and fresh page state.
  return <LiveProject key={project.projectId} project={project} />;
}
