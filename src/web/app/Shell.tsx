/**
 * The frame around every page: the menu on the left, the project switcher, notification
 * bell, language and user menu on top. The menu is the features' entries in their order;
 * entries the user has no permission for are not shown.
 */
import { Suspense, useState } from 'react';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import {
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
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
import { FEATURES } from '../features/index.ts';

type MenuEntry = NonNullable<(typeof FEATURES)[number]['menu']>[number];
const MENU = FEATURES.flatMap((f): readonly MenuEntry[] => f.menu ?? []).sort((a, b) => a.order - b.order);
/** The first segment of every project page: switching project keeps the user on the same page. */
const PROJECT_PAGES = new Set(
  FEATURES.flatMap((f) => f.routes.filter((r) => r.scope === 'project').map((r) => r.path.split('/')[0])),
);

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
  const page = match?.params.page ?? '';
  const currentPage = PROJECT_PAGES.has(page) ? page : 'properties';
  const can = (perm: string) => project?.permissions.includes(perm) ?? false;

  const item = (key: string, { icon: Icon, label }: MenuEntry) => ({ key, icon: <Icon />, label: t(label) });
  const items: MenuProps['items'] = [];
  if (project) {
    const base = `/p/${project.projectId}`;
    for (const entry of MENU)
      if (entry.scope === 'project' && (!entry.anyOf || entry.anyOf.some(can)))
        items.push(item(`${base}/${entry.path}`, entry));
  }
  const companyEntries = MENU.filter((entry) => entry.scope === 'company');
  if (me.user.isCompanyAdmin && companyEntries.length > 0) {
    items.push({ type: 'divider' });
    for (const entry of companyEntries) items.push(item(entry.path, entry));
  }
  const selected = items.flatMap((i) =>
    i && 'key' in i && typeof i.key === 'string' && location.pathname.startsWith(i.key) ? [i.key] : [],
  );

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
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
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
                <ProjectSwitcher
                  projects={me.projects}
                  current={project}
                  onChange={(pid) => navigate(`/p/${pid}/${currentPage}`)}
                />
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
