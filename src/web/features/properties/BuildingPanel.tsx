/** The selected building: its facts (PRP-3 parties), the status legend and the 房态图. */
import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFloors } from './api.ts';
import { FloorGrid } from './FloorGrid.tsx';
import { StatusLegend } from './StatusLegend.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useLabel } from '../../app/labels.ts';
import type { Building, Unit } from '../../app/types.ts';

interface Props {
  projectId: string;
  building: Building;
  canManage: boolean;
  selectedUnitId: string | null;
  onOpenUnit(unit: Unit): void;
  onEdit(): void;
  height: number;
}

export function BuildingPanel({
  projectId,
  building,
  canManage,
  selectedUnitId,
  onOpenUnit,
  onEdit,
  height,
}: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const floors = useFloors(projectId, building.buildingId);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const b = building;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="baseline">
          <span data-testid="building-title">{b.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
            {t('properties.roomMap')}
          </Typography.Text>
        </Flex>
      }
      extra={
        canManage ? (
          <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="edit-building">
            {t('properties.editBuilding')}
          </Button>
        ) : null
      }
      styles={{ body: { height, overflow: 'auto', paddingTop: 10 } }}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3, xxl: 4 }}
        style={{ marginBottom: 10 }}
        items={[
          { key: 'code', label: t('properties.buildingCode'), children: b.code },
          { key: 'kind', label: t('properties.kind'), children: label('buildingKind', b.kind) },
          {
            key: 'floors',
            label: t('properties.floors'),
            children: t('properties.floorsValue', { above: b.floorsAbove, below: b.floorsBelow }),
          },
          { key: 'owner', label: t('properties.ownerParty'), children: b.ownerParty || '—' },
          { key: 'manager', label: t('properties.managingParty'), children: b.managingParty || '—' },
          {
            key: 'pattern',
            label: t('properties.numberingPattern'),
            children: <Typography.Text code>{b.numberingPattern}</Typography.Text>,
          },
        ]}
      />
      <div style={{ marginBottom: 10 }}>
        <StatusLegend counts={b.statusCounts} highlighted={highlighted} onHighlight={setHighlighted} />
      </div>
      {floors.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : floors.isError ? (
        <LoadFailed error={floors.error} onRetry={() => void floors.refetch()} />
      ) : (
        <FloorGrid
          buildingId={b.buildingId}
          floors={floors.data.floors}
          highlighted={highlighted}
          selectedUnitId={selectedUnitId}
          onOpenUnit={onOpenUnit}
        />
      )}
    </Card>
  );
}
