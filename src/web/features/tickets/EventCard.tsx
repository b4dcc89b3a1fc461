/** CMP-4: the complaints linked with this one as one event, and linking another. */
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LevelTag, StateBadge } from './tags.tsx';
import type { EventMember } from './types.ts';

export function EventCard({
  projectId,
  ticketId,
  event,
  canLink,
  onLink,
}: {
  projectId: string;
  ticketId: string;
  event: EventMember[];
  canLink: boolean;
  onLink(): void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={
        event.length
          ? `${t('tickets.event')} · ${t('tickets.eventCount', { count: event.length })}`
          : t('tickets.event')
      }
      extra={
        canLink ? (
          <Button size="small" icon={<LinkOutlined />} onClick={onLink} data-testid="link-event">
            {t('tickets.linkEvent')}
          </Button>
        ) : null
      }
      data-testid="event-card"
    >
      {event.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('tickets.noEvent')}
          style={{ margin: 0 }}
        />
      ) : (
        <Flex vertical gap={6}>
          {event.map((m) => (
            <Flex key={m.ticketId} gap={8} align="center" wrap>
              {m.ticketId === ticketId ? (
                <Typography.Text strong style={{ fontFamily: 'monospace' }}>
                  {m.number}
                </Typography.Text>
              ) : (
                <Link to={`/p/${projectId}/tickets/${m.ticketId}`} style={{ fontFamily: 'monospace' }}>
                  {m.number}
                </Link>
              )}
              <span>{m.customerName}</span>
              <LevelTag level={m.level} />
              <StateBadge state={m.state} />
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
