/**
 * One move-in as a guided checklist: the step the server waits for is the one form shown
 * (the manager's approval and the cashier's fees wait for them); what is done is summarised.
 * Cancellable until the money is taken; the internal notice prints once it has gone out.
 */
import { useState, type ReactNode } from 'react';
import { Alert, Button, Drawer, Flex, Result, Typography } from 'antd';
import { PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { printUrl, useMoveIn, useStep, type MoveInDto } from '../api.ts';
import { ReasonModal } from '../ReasonModal.tsx';
import { RunSteps } from '../RunSteps.tsx';
import { StateTag } from '../StateTag.tsx';
import { ApprovalStep } from './ApprovalStep.tsx';
import { DocumentsStep } from './DocumentsStep.tsx';
import { InspectionStep } from './InspectionStep.tsx';
import { LeaseStep } from './LeaseStep.tsx';
import { MoveInFacts } from './MoveInFacts.tsx';
import { NoticeStep } from './NoticeStep.tsx';
import { OwnerStep } from './OwnerStep.tsx';
import { PaymentStep } from './PaymentStep.tsx';

function CurrentStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { can } = useProject();
  if (m.step === 'approval') return <ApprovalStep m={m} />;
  if (m.step === 'payment') return <PaymentStep m={m} />;
  if (!can('occupancy.manage'))
    return <Alert type="info" showIcon message={t(`occupancy.moveIn.stepHint.${m.step!}`)} />;
  const forms: Record<string, ReactNode> = {
    lease: <LeaseStep m={m} />,
    owner_confirmation: <OwnerStep m={m} />,
    documents: <DocumentsStep m={m} />,
    inspection: <InspectionStep m={m} />,
    notice: <NoticeStep m={m} />,
  };
  return <>{forms[m.step!]}</>;
}

function Ended({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  if (m.state === 'completed')
    return (
      <Result
        status="success"
        style={{ padding: '8px 0' }}
        title={t('occupancy.moveIn.completed', { at: fmt(m.completedAt!), day: m.notice?.billingFrom ?? '' })}
      />
    );
  const text =
    m.state === 'rejected'
      ? t('occupancy.moveIn.rejected', { note: m.closed?.reason ?? '' })
      : t('occupancy.moveIn.cancelled', { reason: m.closed?.reason ?? '' });
  return <Alert type="error" showIcon message={text} data-testid="move-in-ended" />;
}

export function MoveInDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { projectId, can } = useProject();
  const q = useMoveIn(projectId, id);
  const step = useStep(projectId, 'move-ins', id ?? '');
  const [cancelling, setCancelling] = useState(false);
  const m = q.data;
  const canCancel =
    m?.state === 'in_progress' &&
    ['lease', 'owner_confirmation', 'approval', 'payment'].includes(m.step ?? '') &&
    can('occupancy.manage');
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={900}
      destroyOnHidden
      data-testid="move-in-drawer"
      title={
        m ? (
          <Flex gap={8} align="center">
            <span>{t('occupancy.moveIn.drawerTitle', { unit: m.unitCode })}</span>
            <Typography.Text type="secondary">{m.buildingName}</Typography.Text>
            {m.tenant ? <Typography.Text>{m.tenant.name}</Typography.Text> : null}
            <StateTag state={m.state} label={t(`occupancy.moveIn.state.${m.state as 'completed'}`)} />
          </Flex>
        ) : null
      }
      extra={
        m ? (
          <Flex gap={8}>
            {canCancel ? (
              <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)}>
                {t('occupancy.moveIn.cancel')}
              </Button>
            ) : null}
            {m.state === 'completed' ? (
              <Button
                icon={<PrinterOutlined />}
                href={printUrl.moveInNotice(projectId, m.moveInId, i18n.language)}
                target="_blank"
              >
                {t('occupancy.moveIn.printNotice')}
              </Button>
            ) : null}
          </Flex>
        ) : null
      }
    >
      {q.isError ? <LoadFailed error={q.error} onRetry={() => void q.refetch()} /> : null}
      {m ? (
        <Flex vertical gap={16}>
          <RunSteps
            steps={m.steps}
            label={(s) => t(`occupancy.moveIn.steps.${s as 'lease'}`)}
            ended={m.state === 'rejected' || m.state === 'cancelled'}
            testId="move-in-steps"
          />
          {m.state === 'in_progress' ? <CurrentStep key={m.step} m={m} /> : <Ended m={m} />}
          <MoveInFacts m={m} />
          <ReasonModal
            open={cancelling}
            title={t('occupancy.moveIn.cancelTitle')}
            okText={t('occupancy.moveIn.cancel')}
            noteLabel={t('occupancy.moveIn.cancelReason')}
            noteRequired
            onSubmit={(v) => step.mutateAsync({ step: 'cancel', body: { reason: v.note } })}
            onClose={() => setCancelling(false)}
          />
        </Flex>
      ) : null}
    </Drawer>
  );
}
