/**
 * 客户档案 (CUS-1..5): one page, one tab per job — the archives (list, search, drawer), the
 * owner roster import, loans of paper files, the access log for managers, export requests —
 * with the tab in the URL so a link or a reload lands on the same job. Tabs the user has no
 * permission for are not shown (the server refuses them anyway).
 */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useProject } from '../../app/project.tsx';
import { ArchiveListTab } from './ArchiveListTab.tsx';
import { ImportTab } from './ImportTab.tsx';
import { LoansTab } from './LoansTab.tsx';
import { AccessLogTab } from './AccessLogTab.tsx';
import { ExportsTab } from './ExportsTab.tsx';
import type { archivesZh } from './messages.zh.ts';

const TABS = [
  'list',
  'import',
  'loans',
  'log',
  'exports',
] as const satisfies readonly (keyof typeof archivesZh.tabs)[];
type Tab = (typeof TABS)[number];

export default function ArchivesPage() {
  const { t } = useTranslation();
  const { can } = useProject();
  const [params, setParams] = useSearchParams();
  const visible: Record<Tab, boolean> = {
    list: true,
    import: can('archive.manage'),
    loans: can('archive.open') || can('archive.approve'),
    log: can('archive.approve'),
    exports: can('archive.open') || can('archive.approve'),
  };
  const tabs = TABS.filter((k) => visible[k]);
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'list';
  const content: Record<Tab, React.ReactNode> = {
    list: <ArchiveListTab />,
    import: <ImportTab />,
    loans: <LoansTab />,
    log: <AccessLogTab />,
    exports: <ExportsTab />,
  };
  return (
    <>
      <PageHeader title={t('archives.title')} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{t(`archives.tabs.${key}`)}</span>,
          children: content[key],
        }))}
      />
    </>
  );
}
