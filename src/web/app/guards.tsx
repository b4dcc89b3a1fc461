/** Route guards: logged in, password changed, company admin; and where "/" leads. */
import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth.tsx';
import { defaultProjectId } from './project.tsx';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';

export function RequireAuth() {
  const { me, loading, error, refresh } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (error) return <LoadFailed error={error} onRetry={() => void refresh()} />;
  if (!me) {
    const next =
      location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  // A new or reset account chooses its own password before anything else (staff service).
  if (me.user.mustChangePassword && location.pathname !== '/change-password')
    return <Navigate to="/change-password" replace />;
  return <Outlet />;
}

export function RequireCompanyAdmin({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const { t } = useTranslation();
  if (!me?.user.isCompanyAdmin)
    return <Result status="403" title="403" subTitle={t('errors.noPermission')} />;
  return <>{children}</>;
}

export function HomeRedirect() {
  const { me, logout } = useAuth();
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!me) return null;
  const pid = defaultProjectId(me);
  if (pid) return <Navigate to={`/p/${pid}/properties`} replace />;
  if (me.user.isCompanyAdmin) return <Navigate to="/admin/projects" replace />;
  return (
    <Result
      status="info"
      title={t('shell.noProjectTitle')}
      subTitle={t('shell.noProjectHint')}
      extra={
        <Button onClick={() => void logout().then(() => navigate('/login'))}>{t('shell.logout')}</Button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('errors.pageNotFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.home')}
        </Button>
      }
    />
  );
}
