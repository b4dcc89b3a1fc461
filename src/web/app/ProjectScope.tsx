/** /p/:projectId — checks the user is in the project, remembers it, keeps its live stream open. */
import { useEffect } from 'react';
import { Button, Result } from 'antd';
import { Outlet, useNavigate, useParams } from 'react-router';
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

export function ProjectScope() {
  const { projectId = '' } = useParams();
  const { me } = useAuth();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const project = me?.projects.find((p) => p.projectId === projectId);
  if (!project) {
    return (
      <Result
        status="403"
        title={t('shell.notInProjectTitle')}
        subTitle={t('shell.notInProjectHint')}
        extra={<Button type="primary" onClick={() => navigate('/', { replace: true })}>{t('common.home')}</Button>}
      />
    );
  }
  // Keyed so that switching projects starts a fresh stream and fresh page state.
  return <LiveProject key={project.projectId} project={project} />;
}
