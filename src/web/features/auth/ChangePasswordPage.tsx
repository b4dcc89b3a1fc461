/** /change-password — required at first login and after a reset; also reachable from the user menu. */
import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.tsx';
import { post } from '../../app/api.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { AuthCard } from '../../components/AuthCard.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The server's rule (platform/auth/passwords.ts), checked here too so the user learns it while typing. */
const ACCEPTABLE = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const [form] = Form.useForm<PasswordValues>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('auth.changePassword'));
  const forced = me?.user.mustChangePassword ?? false;

  const submit = async (v: PasswordValues) => {
    setBusy(true);
    try {
      await post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      await refresh();
      message.success(t('auth.passwordChanged'));
      navigate('/', { replace: true });
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.changePassword')} loggedIn>
      {forced ? (
        <Alert type="info" showIcon title={t('auth.mustChangePassword')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="currentPassword"
          label={forced ? t('auth.initialPassword') : t('auth.currentPassword')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordRule')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: ACCEPTABLE, message: t('auth.passwordRule') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8}>
          <Button
            type="primary"
            htmlType="submit"
            loading={busy}
            style={{ flex: 1 }}
            data-testid="password-submit"
          >
            {t('auth.savePassword')}
          </Button>
          {forced ? (
            <Button onClick={() => void logout().then(() => navigate('/login', { replace: true }))}>
              {t('shell.logout')}
            </Button>
          ) : (
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          )}
        </Flex>
      </Form>
    </AuthCard>
  );
}
