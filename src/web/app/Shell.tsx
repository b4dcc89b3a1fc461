/**
 * The frame around every page: the menu on the left, the project switcher, notification
 * bell, language and user menu on top. Menu entries the user has no permission for are not shown.
 */
import { Suspense, useState } from 'react';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import {
  AccountBookOutlined,
  ApartmentOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  AuditOutlined,
  SafetyOutlined,
  BarChartOutlined,
  CarOutlined,
  KeyOutlined,
  PhoneOutlined,
  UnorderedListOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth.tsx';
import { defaultProjectId } from './project.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { BrandMark } from '../components/BrandMark.tsx';
import { ProjectSwitcher } from '../components/ProjectSwitcher.tsx';
import { NotificationBell } from '../features/tickets/NotificationBell.tsx';

const PROJECT_PAGES = ['desk', 'tickets', 'properties', 'parking', 'billing', 'archives', 'occupancy', 'moveout', 'custody', 'gate', 'staff', 'reports', 'settings'] as const;
type ProjectPage = (typeof PROJECT_PAGES)[number];

export function Shell() {
  const { me, logout } = useAuth();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const match = useMatch('/p/:projectId/:page/*');
  if (!me) return null;

  const projectId = match?.params.projectId ?? defaultProjectId(me);
  const project = me.projects.find((p) => p.projectId === projectId);
  const currentPage = (PROJECT_PAGES as readonly string[]).includes(match?.params.page ?? '') ? (match?.params.page as ProjectPage) : 'properties';
  const can = (perm: string) => project?.permissions.includes(perm) ?? false;

  const items: MenuProps['items'] = [];
  if (project) {
    const base = `/p/${project.projectId}`;
    // The service desk first: it is what the customer-service department works in all day.
    if (can('ticket.create')) items.push({ key: `${base}/desk`, icon: <PhoneOutlined />, label: t('nav.desk') });
    items.push({ key: `${base}/tickets`, icon: <UnorderedListOutlined />, label: t('nav.queue') });
    if (can('property.read')) {
      items.push({ key: `${base}/properties`, icon: <ApartmentOutlined />, label: t('nav.properties') });
      items.push({ key: `${base}/parking`, icon: <CarOutlined />, label: t('nav.parking') });
    }
    if (can('billing.read')) items.push({ key: `${base}/billing`, icon: <AccountBookOutlined />, label: t('nav.billing') });
    if (can('customer.read')) items.push({ key: `${base}/archives`, icon: <FolderOpenOutlined />, label: t('archives.title') });
    if (can('occupancy.manage') || can('occupancy.approve') || can('billing.collect')) items.push({ key: `${base}/occupancy`, icon: <HomeOutlined />, label: t('occupancy.nav') });
    if (can('occupancy.manage')) items.push({ key: `${base}/moveout`, icon: <LogoutOutlined />, label: t('moveout.nav') });
    if (can('key.manage') || can('pass.issue')) items.push({ key: `${base}/custody`, icon: <AuditOutlined />, label: t('custody.nav.custody') });
    if (can('pass.check')) items.push({ key: `${base}/gate`, icon: <SafetyOutlined />, label: t('custody.nav.gate') });
    if (can('ticket.stats')) items.push({ key: `${base}/reports/weekly`, icon: <BarChartOutlined />, label: t('nav.reports') });
    if (can('staff.read')) items.push({ key: `${base}/staff`, icon: <TeamOutlined />, label: t('nav.staff') });
    if (can('project.read')) items.push({ key: `${base}/settings`, icon: <SettingOutlined />, label: t('nav.settings') });
  }
  if (me.user.isCompanyAdmin) {
    items.push({ type: 'divider' });
    items.push({ key: '/admin/projects', icon: <ProjectOutlined />, label: t('nav.projects') });
  }
  const selected = items.flatMap((i) => (i && 'key' in i && typeof i.key === 'string' && location.pathname.startsWith(i.key) ? [i.key] : []));

  const userMenu: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('shell.changePassword') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), danger: true },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={200}
        collapsedWidth={56}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        trigger={null}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <BrandMark collapsed={collapsed} />
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected}
          items={items}
          onClick={({ key }) => navigate(key)}
          data-testid="main-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}`, position: 'sticky', top: 0, zIndex: 10 }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={12}>
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <Button
                type="text"
                aria-label={t(collapsed ? 'shell.expandMenu' : 'shell.collapseMenu')}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed(!collapsed)}
              />
              {me.projects.length > 0 ? (
                <ProjectSwitcher projects={me.projects} current={project} onChange={(pid) => navigate(`/p/${pid}/${currentPage}`)} />
              ) : null}
            </Flex>
            <Flex align="center" gap={4}>
              {project ? <NotificationBell key={project.projectId} projectId={project.projectId} /> : null}
              <LanguageSwitch variant="menu" loggedIn />
              <Dropdown
                trigger={['click']}
                menu={{
                  items: userMenu,
                  onClick: ({ key }) => {
                    if (key === 'password') navigate('/change-password');
                    if (key === 'logout') void logout().then(() => navigate('/login', { replace: true }));
                  },
                }}
              >
                <Button type="text" data-testid="user-menu">
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
                  <Typography.Text style={{ maxWidth: 180 }} ellipsis>
                    {me.user.displayName}
                  </Typography.Text>
                </Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin height={320} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
