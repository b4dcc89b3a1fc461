/**
 * KEY-4: the key's requests with their approval steps in order — who decided what, and the
 * step waiting. The person who may decide that step sees the buttons; an approved borrowing
 * is lent with the borrower's signature, an approved collection is handed over.
 */
import { useState } from 'react';
import { Button, Card, Flex, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth.tsx';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { keyApi, useRefresh, type KeyDetailDto, type KeyRequestDto } from '../api.ts';
import { canDecide } from './key-labels.ts';

export function KeyRequests({
  k,
  onLend,
  onCollect,
}: {
  k: KeyDetailDto;
  onLend(requestId: string): void;
  onCollect(requestId: string, customerId: string): void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Title level={5}>{t('custody.keys.requests')}</Typography.Title>
      <Flex vertical gap={8}>
        {k.requests.map((r) => (
          <RequestCard key={r.requestId} k={k} r={r} onLend={onLend} onCollect={onCollect} />
        ))}
      </Flex>
    </div>
  );
}

function RequestCard({
  k,
  r,
  onLend,
  onCollect,
}: {
  k: KeyDetailDto;
  r: KeyRequestDto;
  onLend(requestId: string): void;
  onCollect(requestId: string, customerId: string): void;
}) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { projectId, project } = useProject();
  const fmt = useFormatTime();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const [busy, setBusy] = useState(false);
  const mine = {
    userId: me?.user.userId ?? '',
    isCompanyAdmin: me?.user.isCompanyAdmin ?? false,
    canApprove: project.roles.includes('project_manager'),
  };
  const act = async (call: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await call();
      await refresh();
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };
  const decide = (decision: 'approved' | 'refused') =>
    act(() => keyApi.decide(projectId, r.requestId, { step: r.pendingStep, decision }));
  const decided = (step: string) => r.approvals.find((a) => a.step === step);

  return (
    <Card
      size="small"
      data-testid={`key-request-${r.kind}`}
      title={
        <Flex gap={8} align="center" wrap>
          {t(`custody.enums.requestKind.${r.kind}`)} · {r.borrowerName ?? r.customerName}
          <Tag>{t(`custody.enums.requestState.${r.state}`)}</Tag>
          {r.irregular ? (
            <Tag color="red">
              {r.irregularReasons.map((x) => t(`custody.enums.irregular.${x as 'overnight'}`)).join('、')}
            </Tag>
          ) : null}
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {r.reason}
          {r.dueAt ? ` · ${t('custody.keys.dueLine', { at: fmt(r.dueAt) })}` : ''}
        </Typography.Text>
        <Steps
          size="small"
          current={r.pendingStep ? r.steps.indexOf(r.pendingStep) : r.steps.length}
          status={r.state === 'refused' ? 'error' : undefined}
          items={r.steps.map((s) => {
            const d = decided(s);
            return {
              title: t(`custody.enums.step.${s}`),
              content: d
                ? `${d.userName} · ${t(`custody.keys.${d.decision === 'approved' ? 'approve' : 'refuse'}`)}`
                : undefined,
            };
          })}
        />
        <Flex gap={8}>
          {r.state === 'pending' && canDecide(r, k, mine) ? (
            <>
              <Button
                type="primary"
                loading={busy}
                onClick={() => void decide('approved')}
                data-testid="request-approve"
              >
                {t('custody.keys.approve')}
              </Button>
              <Button
                danger
                loading={busy}
                onClick={() => void decide('refused')}
                data-testid="request-refuse"
              >
                {t('custody.keys.refuse')}
              </Button>
            </>
          ) : null}
          {r.state === 'approved' && r.kind === 'borrow' ? (
            <Button type="primary" onClick={() => onLend(r.requestId)} data-testid="request-lend">
              {t('custody.keys.issueBorrow')}
            </Button>
          ) : null}
          {r.state === 'approved' && r.kind === 'owner_collect' && r.customerId ? (
            <Button
              type="primary"
              onClick={() => onCollect(r.requestId, r.customerId!)}
              data-testid="request-collect"
            >
              {t('custody.keys.collectApproved')}
            </Button>
          ) : null}
          {r.state === 'pending' || r.state === 'approved' ? (
            <Button
              type="link"
              loading={busy}
              onClick={() => void act(() => keyApi.cancel(projectId, r.requestId))}
            >
              {t('custody.keys.cancelRequest')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}
