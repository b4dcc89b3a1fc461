/**
 * One move-out as guided steps (antd Steps): notice → inspection → (owner's answer, MVO-7)
 * → fees settled → keys back → completed → deposit refund. The panel under the steps is
 * the form of the step the server says comes next; the server refuses anything else.
 */
import { Button, Card, Descriptions, Flex, Steps, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formUrl, useMoveOut, type MoveOutDto } from './api.ts';
import { StateTag } from './StateTag.tsx';
import { InspectionForm, InspectionSummary } from './InspectionForm.tsx';
import { OwnerAnswerForm } from './OwnerAnswerForm.tsx';
import { ClearForm } from './ClearForm.tsx';
import { KeysForm } from './KeysForm.tsx';
import { CompleteForm, CompletionSummary } from './CompleteForm.tsx';

type StepKey = 'notice' | 'inspect' | 'owner' | 'clear' | 'keys' | 'complete' | 'refund';

function stepsOf(m: MoveOutDto): StepKey[] {
  return m.residential
    ? ['notice', 'inspect', 'owner', 'clear', 'keys', 'complete', 'refund']
    : ['notice', 'inspect', 'clear', 'keys', 'complete', 'refund'];
}

/** Which step is in hand: the first one not done yet. */
function current(m: MoveOutDto): StepKey {
  if (!m.inspection?.passedAt) return 'inspect';
  if (m.residential && !m.owner.agreed && !m.cleared) return 'owner';
  if (!m.cleared) return 'clear';
  if (!m.returned) return 'keys';
  if (!m.completion) return 'complete';
  return 'refund';
}

export function MoveOutDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  const q = useMoveOut(projectId, id);
  if (q.error) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const m = q.data;
  if (!m) return <Card loading />;
  const steps = stepsOf(m);
  const now = m.state === 'cancelled' ? 'notice' : current(m);
  const done = m.deposit.status === 'refunded';
  return (
    <Card
      data-testid="moveout-detail"
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{m.unitCode}</Typography.Text>
          <Typography.Text>{m.customerName}</Typography.Text>
          <StateTag state={m.state} />
        </Flex>
      }
      extra={
        <Button
          icon={<PrinterOutlined />}
          href={formUrl(projectId, 'move-outs', m.moveOutId)}
          target="_blank"
        >
          {t('moveout.list.print')}
        </Button>
      }
    >
      <Steps
        size="small"
        titlePlacement="vertical"
        current={done ? steps.length : steps.indexOf(now)}
        items={steps.map((s) => ({ title: t(`moveout.steps.${s}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="moveout-steps"
      />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('moveout.notice.moveDay')}>{m.notice.moveDay}</Descriptions.Item>
        <Descriptions.Item
          label={t('moveout.notice.contact')}
        >{`${m.notice.contactName} ${m.notice.contactPhone}`}</Descriptions.Item>
        <Descriptions.Item label={t('moveout.notice.forwarding')}>
          {m.notice.forwardingAddress}
        </Descriptions.Item>
        {m.notice.leaseEnd ? (
          <Descriptions.Item label={t('moveout.notice.leaseEnd')}>{m.notice.leaseEnd}</Descriptions.Item>
        ) : null}
        {m.returned ? (
          <Descriptions.Item label={t('moveout.steps.keys')}>
            {t('moveout.keys.summary', { keys: m.returned.keys, cards: m.returned.accessCards })}
          </Descriptions.Item>
        ) : null}
        {m.cleared?.elevatorFrom ? (
          <Descriptions.Item
            span={2}
            label={t('moveout.clear.elevator')}
          >{`${fmt(m.cleared.elevatorFrom)} – ${fmt(m.cleared.elevatorTo ?? '')}`}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {m.inspection ? <InspectionSummary m={m} /> : null}
      {m.state === 'cancelled' ? null : <StepPanel m={m} step={now} />}
    </Card>
  );
}

function StepPanel({ m, step }: { m: MoveOutDto; step: StepKey }) {
  switch (step) {
    case 'inspect':
      return <InspectionForm m={m} />;
    case 'owner':
      return <OwnerAnswerForm m={m} />;
    case 'clear':
      return <ClearForm m={m} />;
    case 'keys':
      return <KeysForm m={m} />;
    case 'complete':
      return <CompleteForm m={m} />;
    default:
      return <CompletionSummary m={m} />;
  }
}
