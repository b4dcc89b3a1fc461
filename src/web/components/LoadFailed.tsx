/** What a page shows when its data could not be loaded: the server's message and a retry. */
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : t('errors.unexpected');
  return (
    <Result
      status="warning"
      title={t('errors.loadFailed')}
      subTitle={message}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
    />
  );
}
