/** 借阅 (CUS-4): paper files out, overdue ones in red, lending and taking back. */
import { useState } from 'react';
import { Button, Flex, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useLoans, type LoanDto } from './api.ts';
import { LoanList } from './LoanList.tsx';
import { LendModal } from './LendModal.tsx';
import { ReturnModal } from './ReturnModal.tsx';

const STATES = ['open', 'overdue', 'returned', 'all'] as const;

export function LoansTab() {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { projectId, can } = useProject();
  const [state, setState] = useState<(typeof STATES)[number]>('open');
  const loans = useLoans(projectId, state);
  const [lending, setLending] = useState(false);
  const [returning, setReturning] = useState<LoanDto | null>(null);
  const canLend = can('archive.open');
  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented
          value={state}
          onChange={(v) => setState(v as (typeof STATES)[number])}
          options={STATES.map((s) => ({ value: s, label: label('loanFilter', s) }))}
        />
        {canLend ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setLending(true)}
            data-testid="new-loan"
          >
            {t('archives.loan.lend')}
          </Button>
        ) : null}
      </Flex>
      {loans.isError ? (
        <LoadFailed error={loans.error} onRetry={() => void loans.refetch()} />
      ) : (
        <LoanList
          loans={loans.data?.rows ?? []}
          loading={loans.isFetching}
          onReturn={canLend ? setReturning : undefined}
        />
      )}
      {canLend ? (
        <>
          <LendModal open={lending} onClose={() => setLending(false)} />
          <ReturnModal loan={returning} onClose={() => setReturning(null)} />
        </>
      ) : null}
    </>
  );
}
