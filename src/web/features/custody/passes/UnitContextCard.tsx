/**
 * Beside a pass: the unit's people with their phones masked (whom to phone, REL-4; CUS-3), what it owes
 * today with the open bills (REL-3; red when moving out), and how many temporary passes it
 * had in the last 30 days (REL-2).
 */
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../app/labels.ts';
import { formatYuan } from '../../tickets/money.ts';
import type { PassUnitContext } from '../api.ts';

export function UnitContextCard({ context: c, movingOut }: { context: PassUnitContext; movingOut: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Flex vertical gap={8} data-testid="pass-context">
      <Card
        size="small"
        title={`${t('custody.wizard.parties')} · ${c.unitCode} ${label('unitStatus', c.unitStatus)}`}
      >
        {c.parties.length === 0 ? (
          <Typography.Text type="secondary">{t('custody.wizard.noParties')}</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {c.parties.map((p) => (
              <span key={p.customerId}>
                <Tag>{label('unitRelation', p.relation)}</Tag>
                {p.name}
                {p.company && p.company !== p.name ? (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
                    {p.company}
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {p.phones.join(' / ')}
                </Typography.Text>
              </span>
            ))}
          </Flex>
        )}
      </Card>
      {c.owedFen > 0 ? (
        <Alert
          type={movingOut ? 'error' : 'warning'}
          showIcon
          data-testid="pass-owed"
          title={t('custody.wizard.owed', { amount: formatYuan(c.owedFen) })}
          description={
            <Flex vertical>
              {c.bills.map((b) => (
                <span key={b.period}>
                  {t('custody.wizard.bill', {
                    period: b.period,
                    amount: formatYuan(b.outstandingFen),
                    due: b.dueDate,
                  })}
                </span>
              ))}
              {movingOut ? (
                <Typography.Text strong>{t('custody.wizard.owedMovingOut')}</Typography.Text>
              ) : null}
            </Flex>
          }
        />
      ) : (
        <Alert type="success" showIcon title={t('custody.wizard.owedNone')} />
      )}
      {c.recentTemporary > 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('custody.wizard.recentTemporary', { count: c.recentTemporary })}
        />
      ) : null}
    </Flex>
  );
}
