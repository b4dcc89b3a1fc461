/**
 * The live countdown to a ticket's next deadline (TKT-5), labelled by what is due
 * (转交/接单/答复/解决/回访). It ticks every second in the server's time and turns red the
 * moment the deadline passes — no reload, no refetch needed.
 */
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import { useServerNow } from './server-clock.ts';
import { formatDuration } from './countdown.ts';

export interface DueCountdownProps {
  dueAt: string | null;
  kind: string | null;
  paused?: boolean;
  /** 'large' for a ticket's header, default for table cells. */
  size?: 'default' | 'large';
}

export function DueCountdown({ dueAt, kind, paused, size = 'default' }: DueCountdownProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const { token } = theme.useToken();
  const now = useServerNow();
  const fontSize = size === 'large' ? 20 : undefined;
  if (paused) {
    return (
      <span
        style={{ color: token.colorTextSecondary, fontSize: size === 'large' ? 16 : undefined }}
        data-testid="countdown"
        data-overdue="0"
      >
        {t('tickets.countdown.paused')}
      </span>
    );
  }
  if (!dueAt) return <span style={{ color: token.colorTextQuaternary }}>—</span>;
  const remaining = Date.parse(dueAt) - now;
  const overdue = remaining < 0;
  const time = formatDuration(remaining, (count) => t('tickets.countdown.days', { count }));
  return (
    <span
      data-testid="countdown"
      data-overdue={overdue ? '1' : '0'}
      style={{
        whiteSpace: 'nowrap',
        fontVariantNumeric: 'tabular-nums',
        color: overdue ? token.colorError : token.colorText,
        fontWeight: overdue ? 600 : undefined,
        fontSize,
      }}
    >
      {kind ? (
        <span
          style={{
            color: overdue ? token.colorError : token.colorTextSecondary,
            marginInlineEnd: 6,
            fontSize: size === 'large' ? 14 : 12,
          }}
        >
          {label('deadlineKind', kind)}
        </span>
      ) : null}
      {overdue ? t('tickets.countdown.overdue', { time }) : time}
    </span>
  );
}
