/**
 * PHR-1: a live warning while typing words meant for the customer — each taboo phrase found
 * (他不在, 不知道去哪了 …) with the polite alternative. The server keeps the list; the text is
 * checked once the clerk pauses typing.
 */
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useTabooCheck } from './api.ts';
import { useDebounced } from './use-debounced.ts';

export function TabooHint({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const settled = useDebounced(text, 400);
  const check = useTabooCheck(projectId, settled);
  const hits = settled.trim() ? (check.data ?? []) : [];
  if (hits.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="taboo-warning"
      title={t('desk.tabooTitle')}
      description={
        <Flex vertical gap={4}>
          {hits.map((h) => (
            <span key={h.phrase}>
              <Typography.Text strong>{t('desk.tabooHit', { phrase: h.phrase })}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {t('desk.tabooInstead', {
                  alternative: i18n.language === 'en' ? h.alternativeEn : h.alternativeZh,
                })}
              </Typography.Text>
            </span>
          ))}
        </Flex>
      }
    />
  );
}
