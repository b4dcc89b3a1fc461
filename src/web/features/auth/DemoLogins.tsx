/**
 * The demo logins under the login form, only when the server says the database holds the
 * demo company: a click fills the username and password (the user still presses 登录).
 */
import { Flex, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../app/api.ts';
import { useLabel } from '../../app/labels.ts';
import type { DemoLoginView } from '../../../server/demo/demo-logins.contract.ts';

export function useDemoLogins() {
  return useQuery({
    queryKey: ['demo-logins'],
    queryFn: () => get<{ logins: DemoLoginView[] }>('/api/auth/demo-logins'),
    staleTime: 60_000,
    retry: false,
  });
}

export function DemoLogins({
  logins,
  onPick,
}: {
  logins: DemoLoginView[];
  onPick(username: string, password: string): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const passwords = [...new Set(logins.map((l) => l.password))];
  return (
    <div data-testid="demo-logins" style={{ marginTop: 16 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('auth.demoLogins', { password: passwords.join(' / ') })}
      </Typography.Text>
      <List
        size="small"
        style={{ maxHeight: 240, overflowY: 'auto', marginTop: 4 }}
        dataSource={logins}
        renderItem={(l) => (
          <List.Item
            data-testid={`demo-login-${l.username}`}
            style={{ cursor: 'pointer', padding: '4px 8px' }}
            onClick={() => onPick(l.username, l.password)}
            title={t('auth.demoLoginFill')}
          >
            <Flex justify="space-between" align="center" style={{ width: '100%' }} gap={8}>
              <Typography.Text code>{l.username}</Typography.Text>
              <Typography.Text style={{ flex: 1, fontSize: 12 }} ellipsis>
                {l.isCompanyAdmin ? t('auth.companyAdmin') : l.roles.map((r) => label('role', r)).join('、')}
              </Typography.Text>
              {l.project === '*' ? null : <Tag style={{ marginInlineEnd: 0 }}>{l.project}</Tag>}
            </Flex>
          </List.Item>
        )}
      />
    </div>
  );
}
