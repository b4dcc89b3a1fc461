/**
 * 交房入住: the handover of new units (HND-1..5), tenants' move-ins (HND-6, MVI-1..2), the
 * rectification record and the daily handover report. The tab and the open run are in the
 * URL (?tab=…&id=…), so a link or a reload lands on the same checklist.
 */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DailyTab } from './handover/DailyTab.tsx';
import { HandoverDrawer } from './handover/HandoverDrawer.tsx';
import { HandoverTab } from './handover/HandoverTab.tsx';
import { RectificationTab } from './handover/RectificationTab.tsx';
import { MoveInDrawer } from './move-in/MoveInDrawer.tsx';
import { MoveInTab } from './move-in/MoveInTab.tsx';

const TABS = ['handover', 'moveIn', 'rectification', 'daily'] as const;
type Tab = (typeof TABS)[number];

export default function OccupancyPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'handover';
  const id = params.get('id');
  const show = (next: Tab, runId: string | null) =>
    setParams(runId ? { tab: next, id: runId } : { tab: next }, { replace: runId === null });
  const openHandover = (runId: string) => show(tab === 'moveIn' ? 'handover' : tab, runId);
  const content: Record<Tab, React.ReactNode> = {
    handover: <HandoverTab onOpen={openHandover} />,
    moveIn: <MoveInTab onOpen={(runId) => show('moveIn', runId)} />,
    rectification: <RectificationTab onOpen={openHandover} />,
    daily: <DailyTab onOpen={openHandover} />,
  };
  return (
    <>
      <PageHeader title={t('occupancy.title')} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => show(key as Tab, null)}
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{t(`occupancy.tabs.${key}`)}</span>,
          children: content[key],
        }))}
      />
      <HandoverDrawer id={tab !== 'moveIn' ? id : null} onClose={() => show(tab, null)} />
      <MoveInDrawer id={tab === 'moveIn' ? id : null} onClose={() => show(tab, null)} />
    </>
  );
}
