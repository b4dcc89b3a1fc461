/**
 * Last line of defence: a page that throws while rendering shows this instead of a blank
 * screen. Navigating elsewhere clears it.
 */
import { Component, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

function CrashNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // A new deployment removed the chunk this tab still points at: a reload fetches the new one.
  const staleChunk =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <Result
      status={staleChunk ? 'info' : 'error'}
      title={staleChunk ? t('errors.newVersion') : t('errors.crashed')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}

class Boundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.error ? <CrashNotice error={this.state.error} /> : this.props.children;
  }
}

export function ErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}
