/**
 * One handover as a guided checklist (antd Steps): the step the server waits for is the one
 * form shown; the ones done are summarised below it. The owner's refusal is possible until
 * the fees are paid; the form prints at any time.
 */
import { useState, type ReactNode } from 'react';
import { Alert, Button, Drawer, Flex, Result, Typography } from 'antd';
import { PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { printUrl, useHandover, useStep, type HandoverDto } from '../api.ts';
import { ReasonModal } from '../ReasonModal.tsx';
import { RunSteps } from '../RunSteps.tsx';
import { StateTag } from '../StateTag.tsx';
import { ArchiveStep } from './ArchiveStep.tsx';
import { FeesStep } from './FeesStep.tsx';
import { HandoverFacts } from './HandoverFacts.tsx';
import { KeysStep } from './KeysStep.tsx';
import { ReceiptStep } from './ReceiptStep.tsx';
import { ReturnKeyModal } from './ReturnKeyModal.tsx';
import { RosterStep } from './RosterStep.tsx';

const REASONS = ['quality', 'area', 'fees', 'documents', 'other'] as const;

function CurrentStep({ h }: { h: HandoverDto }) {
  const { t } = useTranslation();
  const { can } = useProject();
  if (h.step === 'fees') return <FeesStep h={h} />;
  if (!can('occupancy.manage'))
    return <Alert type="info" showIcon message={t(`occupancy.handover.stepHint.${h.step!}`)} />;
  const forms: Record<string, ReactNode> = {
    roster: <RosterStep h={h} />,
    archive: <ArchiveStep h={h} />,
    keys: <KeysStep h={h} />,
    receipt: <ReceiptStep h={h} />,
  };
  return <>{forms[h.step!]}</>;
}

function Ended({ h, onReturnKey }: { h: HandoverDto; onReturnKey(): void }) {
  const { t } = useTranslation();
  const { can } = useProject();
  if (h.state === 'not_accepted') {
    return (
      <Alert
        type="error"
        showIcon
        message={t('occupancy.handover.declined', {
          reason: t(`occupancy.handover.reasons.${h.declined!.reason as 'other'}`),
        })}
        description={h.declined?.note}
        data-testid="handover-declined"
      />
    );
  }
  const keyBack =
    h.keys?.kept && !h.keys.keptKeyReturnedAt && h.rectification.every((i) => i.state === 'closed');
  return (
    <Result
      status="success"
      title={t('occupancy.handover.completed')}
      style={{ padding: '8px 0' }}
      extra={
        keyBack && can('occupancy.manage') ? (
          <Button onClick={onReturnKey} data-testid="return-key">
            {t('occupancy.handover.returnKey')}
          </Button>
        ) : null
      }
    />
  );
}

export function HandoverDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { projectId, can } = useProject();
  const q = useHandover(projectId, id);
  const step = useStep(projectId, 'handovers', id ?? '');
  const [declining, setDeclining] = useState(false);
  const [returning, setReturning] = useState(false);
  const h = q.data;
  const canDecline =
    h?.state === 'in_progress' &&
    ['roster', 'archive', 'fees'].includes(h.step ?? '') &&
    can('occupancy.manage');
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={900}
      destroyOnHidden
      data-testid="handover-drawer"
      title={
        h ? (
          <Flex gap={8} align="center">
            <span>{t('occupancy.handover.drawerTitle', { unit: h.unitCode })}</span>
            <Typography.Text type="secondary">{h.buildingName}</Typography.Text>
            {h.owner ? <Typography.Text>{h.owner.name}</Typography.Text> : null}
            <StateTag state={h.state} label={t(`occupancy.handover.state.${h.state as 'completed'}`)} />
          </Flex>
        ) : null
      }
      extra={
        h ? (
          <Flex gap={8}>
            {canDecline ? (
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() => setDeclining(true)}
                data-testid="handover-decline"
              >
                {t('occupancy.handover.decline')}
              </Button>
            ) : null}
            <Button
              icon={<PrinterOutlined />}
              href={printUrl.handover(projectId, h.handoverId, i18n.language)}
              target="_blank"
            >
              {t('occupancy.handover.printForm')}
            </Button>
          </Flex>
        ) : null
      }
    >
      {q.isError ? <LoadFailed error={q.error} onRetry={() => void q.refetch()} /> : null}
      {h ? (
        <Flex vertical gap={16}>
          <RunSteps
            steps={h.steps}
            label={(s) => t(`occupancy.handover.steps.${s as 'roster'}`)}
            ended={h.state !== 'in_progress' && h.state !== 'completed'}
            testId="handover-steps"
          />
          {h.state === 'in_progress' ? (
            <CurrentStep key={h.step} h={h} />
          ) : (
            <Ended h={h} onReturnKey={() => setReturning(true)} />
          )}
          {h.owner ? <HandoverFacts h={h} /> : null}
          <ReasonModal
            open={declining}
            title={t('occupancy.handover.declineTitle')}
            okText={t('occupancy.handover.declineSubmit')}
            reasons={REASONS.map((r) => ({ value: r, label: t(`occupancy.handover.reasons.${r}`) }))}
            reasonLabel={t('occupancy.handover.declineReason')}
            noteLabel={t('occupancy.handover.declineNote')}
            onSubmit={(v) => step.mutateAsync({ step: 'decline', body: v })}
            onClose={() => setDeclining(false)}
          />
          <ReturnKeyModal h={h} open={returning} onClose={() => setReturning(false)} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
