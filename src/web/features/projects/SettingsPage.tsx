/** 项目设置 — the project's basics and working hours beside its working-day calendar. */
import { Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject, useProjectDetails } from '../../app/project.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { ProjectSettingsCard } from './ProjectSettingsCard.tsx';
import { CalendarCard } from './CalendarCard.tsx';

export default function SettingsPage() {
  const { t } = useTranslation();
  const { projectId, project, can } = useProject();
  const details = useProjectDetails(projectId);
  const canEdit = can('project.settings');
  return (
    <>
      <PageHeader title={t('nav.settings')} subtitle={`${project.name}（${project.code}）`} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={9}>
          {details.isPending ? (
            <Skeleton active />
          ) : details.isError ? (
            <LoadFailed error={details.error} onRetry={() => void details.refetch()} />
          ) : (
            <ProjectSettingsCard project={details.data} canEdit={canEdit} />
          )}
        </Col>
        <Col xs={24} lg={15}>
          <CalendarCard projectId={projectId} canEdit={canEdit} />
        </Col>
      </Row>
    </>
  );
}
