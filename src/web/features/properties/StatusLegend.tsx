/**
 * The status legend with a count per status; clicking a status highlights its units in the
 * 房态图 (click again to show all).
 */
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, unitStatusColour } from './status.ts';
import { useLabel } from '../../app/labels.ts';

interface Props {
  counts: Record<string, number>;
  highlighted: string | null;
  onHighlight(status: string | null): void;
}

export function StatusLegend({ counts, highlighted, onHighlight }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const total = Object.values(counts).reduce((a, n) => a + n, 0);
  return (
    <Flex
      wrap
      gap={6}
      align="center"
      role="group"
      aria-label={t('properties.legend')}
      data-testid="status-legend"
    >
      {UNIT_STATUSES.map((s) => {
        const colour = unitStatusColour(s);
        const active = highlighted === s;
        const dimmed = highlighted !== null && !active;
        return (
          <button
            key={s}
            type="button"
            aria-pressed={active}
            onClick={() => onHighlight(active ? null : s)}
            style={{
              display: 'inline-flex',
              alignItems: 'center',
              gap: 6,
              padding: '2px 8px',
              borderRadius: 4,
              cursor: 'pointer',
              border: `1px solid ${active ? colour.solid : '#e5e5e5'}`,
              background: active ? colour.soft : '#fff',
              opacity: dimmed ? 0.55 : 1,
              font: 'inherit',
              fontSize: 13,
            }}
          >
            <span
              style={{
                width: 12,
                height: 12,
                borderRadius: 2,
                background: colour.soft,
                border: `2px solid ${colour.solid}`,
              }}
            />
            <span>{label('unitStatus', s)}</span>
            <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
              {counts[s] ?? 0}
            </Typography.Text>
          </button>
        );
      })}
      <Typography.Text type="secondary" style={{ marginLeft: 4, fontSize: 13 }}>
        {t('properties.totalUnits', { count: total })}
      </Typography.Text>
    </Flex>
  );
}
