/**
 * 退租转让: move-out (MVO-1..7) and transfer of ownership (TRF-1..2). One tab per job — the
 * move-outs with their guided steps, the deposit refunds being tracked, the transfers, and
 * the leases ending within a month — with the tab in the URL.
 */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { MoveOutsTab } from './MoveOutsTab.tsx';
import { DepositsTab } from './DepositsTab.tsx';
import { TransfersTab } from './TransfersTab.tsx';
import { LeasesTab } from './LeasesTab.tsx';

const TABS = ['moveOuts', 'deposits', 'transfers', 'leases'] as const;
type Tab = (typeof TABS)[number];

export default function MoveOutPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'moveOuts';
  const open = (key: Tab, extra: Record<string, string> = {}) =>
    setParams({ tab: key, ...extra }, { replace: true });
  const content: Record<Tab, React.ReactNode> = {
    moveOuts: (
      <MoveOutsTab selected={params.get('id')} onSelect={(id) => open('moveOuts', id ? { id } : {})} />
    ),
    deposits: <DepositsTab onOpen={(id) => open('moveOuts', { id })} />,
    transfers: (
      <TransfersTab selected={params.get('id')} onSelect={(id) => open('transfers', id ? { id } : {})} />
    ),
    leases: <LeasesTab onOpen={(id) => open('moveOuts', { id })} />,
  };
  return (
    <>
      <PageHeader title={t('moveout.title')} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => open(key as Tab)}
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{t(`moveout.tabs.${key}`)}</span>,
          children: content[key],
        }))}
      />
    </>
  );
}
