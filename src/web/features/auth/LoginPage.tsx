/** /login — username and password; a new account goes on to choose its own password. */
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.tsx';
import { ApiError } from '../../app/api.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { AuthCard } from '../../components/AuthCard.tsx';
import { DemoLogins, useDemoLogins } from './DemoLogins.tsx';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login, never an absolute URL from the query. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<LoginValues>();
  const demo = useDemoLogins().data?.logins ?? [];
  usePageTitle(t('auth.login'));

  if (me) return <Navigate to={me.user.mustChangePassword ? '/change-password' : safeNext(params.get('next'))} replace />;

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      const next = await login(values.username.trim(), values.password);
      navigate(next.user.mustChangePassword ? '/change-password' : safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.login')} loggedIn={false}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
      <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} autoComplete="on">
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoFocus autoComplete="username" id="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          {t('auth.loginButton')}
        </Button>
      </Form>
      {demo.length > 0 ? (
        <DemoLogins logins={demo} onPick={(username, password) => form.setFieldsValue({ username, password })} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('auth.demoHint')}
        </Typography.Paragraph>
      )}
    </AuthCard>
  );
}
