/**
 * 冲正与减免 (FEE-6/ORG-2): the cashier's requests and where they stand; the CS manager's and
 * project manager's approvals. Pending requests by default, or every request.
 */
import { useState } from 'react';
import { Alert, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useAdjustments } from './api.ts';
import { AdjustmentsTable } from './AdjustmentsTable.tsx';

export function AdjustmentsTab() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [which, setWhich] = useState<'pending' | 'all'>('pending');
  const list = useAdjustments(projectId, which === 'pending' ? 'pending' : undefined);
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('billing.adjust.hint')} />
      <Segmented<'pending' | 'all'>
        value={which}
        onChange={setWhich}
        options={[
          { value: 'pending', label: t('billing.adjust.pendingOnly') },
          { value: 'all', label: t('billing.adjust.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="adjustments-filter"
      />
      {list.isError ? <LoadFailed error={list.error} onRetry={() => void list.refetch()} /> : null}
      <AdjustmentsTable
        rows={list.data ?? []}
        showCustomer
        testId="adjustments-table"
        emptyText={which === 'pending' ? t('billing.adjust.empty') : t('billing.adjust.emptyAll')}
      />
    </Flex>
  );
}
