/**
 * 房态图: one row per floor (top floor first, as the server orders them), each unit a tile
 * coloured by status with its number, use and building area. Tiles are buttons, so the
 * grid works with Tab and Enter as well as the mouse.
 */
import { Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { unitStatusColour } from './status.ts';
import { useLabel } from '../../app/labels.ts';
import type { Floor, Unit } from '../../app/types.ts';

interface Props {
  buildingId: string;
  floors: Floor[];
  highlighted: string | null;
  selectedUnitId: string | null;
  onOpenUnit(unit: Unit): void;
}

export const floorAnchor = (buildingId: string, floor: number) => `floor-${buildingId}-${floor}`;

function areaText(m2: number): string {
  return m2.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function UnitTile({
  unit,
  dimmed,
  selected,
  onOpen,
}: {
  unit: Unit;
  dimmed: boolean;
  selected: boolean;
  onOpen(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const colour = unitStatusColour(unit.status);
  return (
    <Tooltip
      title={`${unit.code} · ${label('unitStatus', unit.status)}${unit.note ? ` · ${unit.note}` : ''}`}
      mouseEnterDelay={0.4}
    >
      <button
        type="button"
        onClick={onOpen}
        data-testid={`unit-tile-${unit.code}`}
        aria-label={`${unit.code} ${label('unitStatus', unit.status)}`}
        style={{
          textAlign: 'left',
          padding: '3px 6px 3px 7px',
          minHeight: 44,
          borderRadius: 4,
          cursor: 'pointer',
          font: 'inherit',
          background: colour.soft,
          // Longhand only: React warns when a shorthand and its longhand change together.
          borderStyle: 'solid',
          borderWidth: '1px 1px 1px 4px',
          borderColor: selected
            ? `#1f1f1f #1f1f1f #1f1f1f ${colour.solid}`
            : `${colour.solid}55 ${colour.solid}55 ${colour.solid}55 ${colour.solid}`,
          boxShadow: selected ? '0 0 0 2px rgba(22,119,255,0.35)' : undefined,
          opacity: dimmed ? 0.22 : 1,
          transition: 'opacity 120ms',
          minWidth: 0,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 4, minWidth: 0 }}>
          <span style={{ fontWeight: 600, fontSize: 13, lineHeight: '18px', whiteSpace: 'nowrap' }}>
            {unit.code}
          </span>
          <span
            style={{
              flex: 1,
              minWidth: 0,
              textAlign: 'right',
              fontSize: 11,
              color: '#595959',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {label('unitUse', unit.use)}
          </span>
        </div>
        <div
          style={{
            fontSize: 11,
            lineHeight: '16px',
            color: '#434343',
            whiteSpace: 'nowrap',
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {areaText(unit.buildingAreaM2)} {t('common.m2')}
        </div>
      </button>
    </Tooltip>
  );
}

export function FloorGrid({ buildingId, floors, highlighted, selectedUnitId, onOpenUnit }: Props) {
  const { t } = useTranslation();
  if (floors.length === 0) return <Empty description={t('properties.noUnits')} />;
  return (
    <Flex vertical gap={4} data-testid="floor-grid">
      {floors.map((f) => (
        <Flex
          key={f.floor}
          id={floorAnchor(buildingId, f.floor)}
          gap={6}
          align="stretch"
          style={{ scrollMarginTop: 8 }}
        >
          <Flex
            align="center"
            justify="center"
            style={{
              width: 44,
              flex: 'none',
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              borderRadius: 4,
              fontSize: 12,
              color: '#595959',
            }}
          >
            <Typography.Text strong style={{ fontSize: 12 }}>
              {f.label}
            </Typography.Text>
          </Flex>
          <div
            style={{
              flex: 1,
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(92px, 1fr))',
              gap: 4,
              minWidth: 0,
            }}
          >
            {f.units.map((u) => (
              <UnitTile
                key={u.unitId}
                unit={u}
                dimmed={highlighted !== null && u.status !== highlighted}
                selected={u.unitId === selectedUnitId}
                onOpen={() => onOpenUnit(u)}
              />
            ))}
          </div>
        </Flex>
      ))}
    </Flex>
  );
}
