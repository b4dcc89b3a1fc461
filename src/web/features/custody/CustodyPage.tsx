/**
 * 钥匙放行: the CS desk's release passes (REL-1..5), the key register (KEY-1..4) and the
 * monthly property status report (STA-1), one tab each, the tab in the URL. Tabs the user
 * has no permission for are not shown.
 */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useProject } from '../../app/project.tsx';
import { PassesTab } from './passes/PassesTab.tsx';
import { KeysTab } from './keys/KeysTab.tsx';
import { StatusTab } from './status/StatusTab.tsx';

type Tab = 'passes' | 'keys' | 'status';

export default function CustodyPage() {
  const { t } = useTranslation();
  const { can } = useProject();
  const [params, setParams] = useSearchParams();
  const tabs: { key: Tab; label: string; node: React.ReactNode }[] = [
    ...(can('pass.issue')
      ? [{ key: 'passes' as const, label: t('custody.tabs.passes'), node: <PassesTab /> }]
      : []),
    ...(can('key.manage')
      ? [{ key: 'keys' as const, label: t('custody.tabs.keys'), node: <KeysTab /> }]
      : []),
    ...(can('status.report')
      ? [{ key: 'status' as const, label: t('custody.tabs.status'), node: <StatusTab /> }]
      : []),
  ];
  const active = tabs.find((x) => x.key === params.get('tab'))?.key ?? tabs[0]?.key;
  return (
    <>
      <PageHeader title={t('custody.nav.custody')} />
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs.map((x) => ({
          key: x.key,
          label: <span data-testid={`tab-${x.key}`}>{x.label}</span>,
          children: x.node,
        }))}
      />
    </>
  );
}
