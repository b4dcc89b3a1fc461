/**
 * Shown once after creating an account or resetting a password: the login and the initial
 * password for the manager to hand over. The server keeps only a hash, so it cannot be
 * shown again.
 */
import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function CredentialsNotice({
  username,
  displayName,
  password,
}: {
  username: string;
  displayName: string;
  password: string;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="credentials">
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginTop: 8 }}
        items={[
          { key: 'n', label: t('staff.displayName'), children: displayName },
          {
            key: 'u',
            label: t('staff.loginName'),
            children: (
              <Typography.Text copyable strong data-testid="cred-username">
                {username}
              </Typography.Text>
            ),
          },
          {
            key: 'p',
            label: t('staff.initialPassword'),
            children: (
              <Typography.Text copyable code data-testid="cred-password">
                {password}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('staff.handoverHint')} />
    </div>
  );
}
