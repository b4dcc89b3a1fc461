/**
 * 收费管理: the cashier's desk (FEE-1..6). One page, one tab per job — the month's bills,
 * a customer's account, the unpaid list, meter readings, fee items, prepaid meters, and the
 * reversal and deduction requests for those who ask for or decide them — with the tab in
 * the URL so a link or a reload lands on the same job.
 */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { BillsTab } from './BillsTab.tsx';
import { AccountTab } from './AccountTab.tsx';
import { UnpaidTab } from './UnpaidTab.tsx';
import { ReadingsTab } from './ReadingsTab.tsx';
import { FeeItemsTab } from './FeeItemsTab.tsx';
import { PrepaidTab } from './PrepaidTab.tsx';
import { AdjustmentsTab } from './AdjustmentsTab.tsx';
import { useProject } from '../../app/project.tsx';

const TABS = ['bills', 'account', 'unpaid', 'adjustments', 'readings', 'items', 'prepaid'] as const;
type Tab = (typeof TABS)[number];

export default function BillingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { can } = useProject();
  const tabs = TABS.filter((key) => key !== 'adjustments' || can('billing.adjust') || can('billing.approve'));
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'bills';
  const content: Record<Tab, { label: string; node: React.ReactNode }> = {
    bills: { label: t('billing.tabs.bills'), node: <BillsTab /> },
    account: { label: t('billing.tabs.account'), node: <AccountTab /> },
    unpaid: { label: t('billing.tabs.unpaid'), node: <UnpaidTab /> },
    adjustments: { label: t('billing.tabs.adjustments'), node: <AdjustmentsTab /> },
    readings: { label: t('billing.setup.readings'), node: <ReadingsTab /> },
    items: { label: t('billing.setup.items'), node: <FeeItemsTab /> },
    prepaid: { label: t('billing.setup.prepaid'), node: <PrepaidTab /> },
  };
  return (
    <>
      <PageHeader title={t('nav.billing')} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{content[key].label}</span>,
          children: content[key].node,
        }))}
      />
    </>
  );
}
