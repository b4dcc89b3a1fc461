/** TKT-4: the ticket's whole timeline — who did what and when, automatic steps included. */
import { useCallback } from 'react';
import { Flex, Tag, Timeline, Typography } from 'antd';
import { RobotOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import { useDepartmentName } from '../../app/departments.ts';
import { useFormatTime } from '../../app/time.ts';
import { describeEntry } from './timeline-text.ts';
import { formatYuan } from './money.ts';
import { usePrices } from './api.ts';
import { useProject } from '../../app/project.tsx';
import type { TimelineEntry } from './types.ts';

/** Red for what went wrong, green for what finished, grey for notes, blue for the rest. */
function colour(type: string): string {
  if (type === 'deadline_breached' || type === 'auto_major' || type === 'cancel') return 'red';
  if (type === 'callback' || type === 'confirm' || type === 'complete' || type === 'settle') return 'green';
  if (type === 'comment' || type === 'photo') return 'gray';
  return 'blue';
}

export function TicketTimeline({ entries, names }: { entries: TimelineEntry[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const department = useDepartmentName();
  const fmt = useFormatTime();
  const person = useCallback((id: string) => names.get(id) ?? '', [names]);
  const { projectId } = useProject();
  // The price list is read only when a repair was priced from it (REP-3).
  const prices = usePrices(
    projectId,
    entries.some((e) => e.type === 'classify' && e.data.priceId),
  );
  const priceOf = (id: string) => prices.data?.find((p) => p.priceId === id)?.priceFen;
  const ctx = { t, label, department, person, time: (iso: string) => fmt(iso), money: formatYuan, priceOf };
  return (
    <Timeline
      data-testid="timeline"
      items={entries.map((e) => {
        const text = describeEntry(e, ctx);
        const moved = e.fromState && e.toState && e.fromState !== e.toState;
        return {
          key: e.eventId,
          color: colour(e.type),
          icon: e.actorId ? undefined : <RobotOutlined />,
          content: (
            <Flex vertical gap={2} data-testid="timeline-entry" data-type={e.type}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {fmt(e.at)} · {e.actorName ?? t('tickets.system')}
                </Typography.Text>
                {moved ? (
                  <Tag bordered={false} style={{ fontSize: 12, marginInlineEnd: 0 }}>
                    {label('ticketState', e.fromState!)} → {label('ticketState', e.toState!)}
                  </Tag>
                ) : null}
              </Flex>
              <span>{text.line}</span>
              {text.detail ? <Typography.Text type="secondary">{text.detail}</Typography.Text> : null}
            </Flex>
          ),
        };
      })}
    />
  );
}
