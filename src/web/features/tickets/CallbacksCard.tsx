/** CBK-1: every callback with whether the customer was reached, solved, satisfied, and what they said. */
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import { useFormatTime } from '../../app/time.ts';
import type { CallbackRow } from './types.ts';

const SATISFACTION_COLOURS: Record<string, string> = {
  satisfied: 'success',
  basically: 'processing',
  unsatisfied: 'error',
  unreached: 'default',
};

export function CallbacksCard({ callbacks }: { callbacks: CallbackRow[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const fmt = useFormatTime();
  return (
    <Card size="small" title={t('tickets.callbacks')} data-testid="callbacks">
      {callbacks.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('tickets.noCallbacks')}
          style={{ margin: 0 }}
        />
      ) : (
        <Flex vertical gap={10}>
          {callbacks.map((c) => (
            <Flex key={c.at} vertical gap={2}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {fmt(c.at)} · {c.byName ?? '—'}
              </Typography.Text>
              <Flex gap={4} wrap>
                <Tag color={SATISFACTION_COLOURS[c.satisfaction] ?? 'default'}>
                  {label('satisfaction', c.satisfaction)}
                </Tag>
                {c.reached && c.resolved ? <Tag>{t('tickets.field.resolved')}</Tag> : null}
              </Flex>
              {c.opinion ? <Typography.Text>{c.opinion}</Typography.Text> : null}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
