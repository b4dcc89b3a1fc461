/**
 * The small marks a ticket carries everywhere (queue row, ticket header, linked list): kind,
 * complaint level (重大 red, 重要 orange, 轻微 blue), state. One place so a colour means the
 * same on every page.
 */
import { Badge, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';

const KIND_COLOURS: Record<string, string> = {
  repair: 'geekblue',
  complaint: 'volcano',
  request: 'cyan',
  inquiry: 'default',
  message: 'purple',
};
const LEVEL_COLOURS: Record<string, string> = { major: 'red', important: 'orange', minor: 'blue' };
const STATE_COLOURS: Record<string, string> = {
  new: '#fa8c16',
  forwarded: '#faad14',
  in_progress: '#1677ff',
  resolved: '#13c2c2',
  callback: '#722ed1',
  closed: '#8c8c8c',
  cancelled: '#bfbfbf',
};

const tight = { marginInlineEnd: 0 };

export function KindTag({ kind }: { kind: string }) {
  const label = useLabel();
  return (
    <Tag color={KIND_COLOURS[kind] ?? 'default'} style={tight} data-testid="kind-tag">
      {label('ticketKind', kind)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: string | null }) {
  const label = useLabel();
  if (!level) return null;
  return (
    <Tag color={LEVEL_COLOURS[level] ?? 'default'} style={tight} data-testid="level-tag">
      {label('complaintLevel', level)}
    </Tag>
  );
}

/** 急修 repairs stand out in the queue (REP-2: engineering goes at once). */
export function UrgentTag() {
  const { t } = useTranslation();
  return (
    <Tag color="magenta" style={tight} bordered={false}>
      {t('tickets.urgentMark')}
    </Tag>
  );
}

export function StateBadge({ state }: { state: string }) {
  const label = useLabel();
  return (
    <Badge
      color={STATE_COLOURS[state] ?? '#bfbfbf'}
      text={label('ticketState', state)}
      style={{ whiteSpace: 'nowrap' }}
      data-testid="state"
    />
  );
}
