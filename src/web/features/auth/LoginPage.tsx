/**
 * /login — username and password; a new account goes on to choose its own password. After
 * too many failures the server says how long to wait (Retry-After): the page shows the time
 * and keeps the button counting down until then.
 */
import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
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
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [form] = Form.useForm<LoginValues>();
  const demo = useDemoLogins().data?.logins ?? [];
  usePageTitle(t('auth.login'));

  useEffect(() => {
    if (retryAt === null) return;
    const tick = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= retryAt) clearInterval(tick);
    }, 1000);
    return () => clearInterval(tick);
  }, [retryAt]);
  const waitSeconds = retryAt === null ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000));

  if (me)
    return (
      <Navigate to={me.user.mustChangePassword ? '/change-password' : safeNext(params.get('next'))} replace />
    );

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setError(null);
    setRetryAt(null);
    try {
      const next = await login(values.username.trim(), values.password);
      navigate(next.user.mustChangePassword ? '/change-password' : safeNext(params.get('next')), {
        replace: true,
      });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.unexpected'));
      if (err instanceof ApiError && err.retryAfterSeconds) {
        setNow(Date.now());
        setRetryAt(Date.now() + err.retryAfterSeconds * 1000);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.login')} loggedIn={false}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          description={
            retryAt !== null ? (
              <span data-testid="login-retry-at">
                {t('auth.retryAt', { time: dayjs(retryAt).format('HH:mm:ss') })}
              </span>
            ) : undefined
          }
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      ) : null}
      <Form<LoginValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
        autoComplete="on"
      >
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, message: t('auth.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoFocus autoComplete="username" id="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="login-password" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={busy}
          disabled={waitSeconds > 0}
          data-testid="login-submit"
        >
          {waitSeconds > 0 ? t('auth.retryIn', { seconds: waitSeconds }) : t('auth.loginButton')}
        </Button>
      </Form>
      {demo.length > 0 ? (
        <DemoLogins
          logins={demo}
          onPick={(username, password) => form.setFieldsValue({ username, password })}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('auth.demoHint')}
        </Typography.Paragraph>
      )}
    </AuthCard>
  );
}
