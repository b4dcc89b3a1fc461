/** The marks beside a ticket's number: kind, state, level, and flags that need attention. */
import { Flex, Tag } from 'antd';
import { PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { KindTag, LevelTag, StateBadge, UrgentTag } from './tags.tsx';
import type { Ticket } from './types.ts';

export function TicketHeaderTags({ ticket: tk }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} align="center" wrap>
      <KindTag kind={tk.kind} />
      {tk.urgency === 'urgent' ? <UrgentTag /> : null}
      <LevelTag level={tk.level} />
      <StateBadge state={tk.state} />
      {tk.pausedSince ? (
        <Tag
          color="warning"
          icon={<PauseCircleOutlined />}
          data-testid="paused"
          style={{ marginInlineEnd: 0 }}
        >
          {t('tickets.paused')}
        </Tag>
      ) : null}
      {tk.escalation > 0 ? (
        <Tag color="error" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
          {tk.escalation >= 2 ? t('tickets.escalation2') : t('tickets.escalation1')}
        </Tag>
      ) : null}
      {tk.forwardLate ? (
        <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('tickets.forwardLate')}
        </Tag>
      ) : null}
      {tk.chaseCount > 0 ? (
        <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('tickets.chased', { count: tk.chaseCount })}
        </Tag>
      ) : null}
      {tk.reworkCount > 0 ? (
        <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('tickets.reworked', { count: tk.reworkCount })}
        </Tag>
      ) : null}
    </Flex>
  );
}
