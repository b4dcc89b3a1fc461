/**
 * One release pass, step by step as the manual orders it (REL-1..5): write it, check the
 * fees of a move-out, phone the owner or the company's head, the three signatures, issue and
 * print. The drawer shows only the step the server says the pass is at; a refused pass says
 * why and goes no further.
 */
import { Alert, Drawer, Flex, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { formatYuan } from '../../tickets/money.ts';
import { usePass, type PassDto } from '../api.ts';
import { currentStep, wizardSteps } from './pass-labels.ts';
import { NewPassForm } from './NewPassForm.tsx';
import { PassSummary } from './PassSummary.tsx';
import { ArrearsPanel } from './ArrearsPanel.tsx';
import { CallPanel } from './CallPanel.tsx';
import { SignPanel } from './SignPanel.tsx';
import { IssuedPanel } from './IssuedPanel.tsx';
import { CancelPassButton } from './CancelPassButton.tsx';

export function PassDrawer({
  open,
  passId,
  onCreated,
  onClose,
}: {
  open: boolean;
  passId: string | null;
  onCreated(passId: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const pass = usePass(projectId, open ? passId : null);
  const p = pass.data;
  const title = !passId
    ? t('custody.wizard.newTitle')
    : p?.number
      ? t('custody.wizard.title', { number: p.number })
      : t('custody.wizard.draftTitle', { unit: p?.unitCode ?? '' });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={780}
      destroyOnHidden
      extra={p && p.actions.includes('cancel') ? <CancelPassButton pass={p} /> : null}
      data-testid="pass-drawer"
    >
      {!passId ? (
        <NewPassForm onCreated={onCreated} />
      ) : pass.isError ? (
        <LoadFailed error={pass.error} onRetry={() => void pass.refetch()} />
      ) : p ? (
        <PassSteps pass={p} />
      ) : null}
    </Drawer>
  );
}

function PassSteps({ pass: p }: { pass: PassDto }) {
  const { t } = useTranslation();
  const steps = wizardSteps(p);
  const at = steps.indexOf(currentStep(p));
  return (
    <Flex vertical gap={16}>
      <Steps
        size="small"
        current={at}
        status={p.state === 'refused' ? 'error' : p.state === 'used' ? 'finish' : 'process'}
        items={steps.map((s) => ({ title: t(`custody.wizard.steps.${s}`) }))}
      />
      <PassSummary pass={p} />
      {p.state === 'refused' ? (
        <Alert
          type="error"
          showIcon
          data-testid="pass-refused"
          title={t('custody.wizard.refusedTitle', {
            reason: t(`custody.enums.refusal.${p.refusal as 'arrears'}`),
          })}
          description={
            <Flex vertical>
              {p.owedFen ? (
                <Typography.Text>
                  {t('custody.wizard.refusedOwed', { amount: formatYuan(p.owedFen) })}
                </Typography.Text>
              ) : null}
              <Typography.Text type="secondary">{t('custody.wizard.refusedHint')}</Typography.Text>
            </Flex>
          }
        />
      ) : null}
      {p.state === 'cancelled' ? (
        <Alert type="info" showIcon title={t('custody.wizard.cancelled', { reason: p.cancelReason ?? '' })} />
      ) : null}
      {p.state === 'awaiting_arrears' || (p.state === 'refused' && p.refusal === 'arrears') ? (
        <ArrearsPanel pass={p} />
      ) : null}
      {p.state === 'awaiting_call' ? <CallPanel pass={p} /> : null}
      {p.state === 'awaiting_signatures' ? <SignPanel pass={p} /> : null}
      {p.state === 'issued' || p.state === 'used' ? <IssuedPanel pass={p} /> : null}
    </Flex>
  );
}
