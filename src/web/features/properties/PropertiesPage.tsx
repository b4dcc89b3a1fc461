/**
 * 楼宇房产 — the main page: the building tree on the left, the selected building's 房态图 on
 * the right, a unit drawer on click. The selection lives in the URL (?b=&u=) so a link or a
 * reload shows the same building and unit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Card, Empty, Flex, Input, Skeleton, Tooltip } from 'antd';
import type { InputRef } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { floorsQuery, useBuildings } from './api.ts';
import { PropertyTree, type TreeSelection } from './PropertyTree.tsx';
import { BuildingPanel } from './BuildingPanel.tsx';
import { floorAnchor } from './FloorGrid.tsx';
import { UnitDrawer } from './UnitDrawer.tsx';
import { BuildingCreateDrawer } from './BuildingCreateDrawer.tsx';
import { BuildingEditModal } from './BuildingEditModal.tsx';
import { useProject } from '../../app/project.tsx';
import { useAvailableHeight } from '../../app/use-available-height.ts';
import { useHotkey } from '../../app/use-hotkey.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import type { Building } from '../../app/types.ts';

/** Card title bar of the building panel; its body gets the rest of the height. */
const CARD_HEAD = 39;

export default function PropertiesPage() {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const qc = useQueryClient();
  const buildings = useBuildings(projectId);
  const [params, setParams] = useSearchParams();
  const [expanded, setExpanded] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Building | null>(null);
  const [findText, setFindText] = useState('');
  const [findMiss, setFindMiss] = useState(false);
  const panelsRef = useRef<HTMLDivElement>(null);
  const available = useAvailableHeight(panelsRef);
  const canManage = can('property.manage');
  const findRef = useRef<InputRef>(null);
  useHotkey(
    '/',
    useCallback(() => findRef.current?.focus(), []),
  );

  const list = buildings.data ?? [];
  const selectedBuildingId =
    params.get('b') && list.some((b) => b.buildingId === params.get('b'))
      ? params.get('b')
      : (list[0]?.buildingId ?? null);
  const building = list.find((b) => b.buildingId === selectedBuildingId) ?? null;
  const unitId = params.get('u');

  // The selected building starts expanded, so its floors are one glance away in the tree.
  useEffect(() => {
    if (selectedBuildingId)
      setExpanded((keys) =>
        keys.includes(`b:${selectedBuildingId}`) ? keys : [...keys, `b:${selectedBuildingId}`],
      );
  }, [selectedBuildingId]);

  const select = (sel: { buildingId: string; unitId?: string | null }) => {
    const next = new URLSearchParams(params);
    next.set('b', sel.buildingId);
    if (sel.unitId) next.set('u', sel.unitId);
    else next.delete('u');
    setParams(next, { replace: true });
  };

  const onTreeSelect = (sel: TreeSelection) => {
    select({ buildingId: sel.buildingId, unitId: sel.unitId ?? null });
    // Choosing a building or a floor also opens it: what you pick is what you want to see inside.
    const open = sel.unitId
      ? null
      : sel.floor !== undefined
        ? `f:${sel.buildingId}:${sel.floor}`
        : `b:${sel.buildingId}`;
    if (open) setExpanded((keys) => (keys.includes(open) ? keys : [...keys, open]));
    if (sel.floor !== undefined) {
      const floor = sel.floor;
      requestAnimationFrame(() =>
        document
          .getElementById(floorAnchor(sel.buildingId, floor))
          ?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
      );
    }
  };

  /**
   * 定位房号: finds a unit by its number and opens it — in the selected building first, then
   * in the building whose code starts the number ("2-1501" → building 2), then anywhere.
   */
  const find = async (text: string) => {
    const code = text.trim().toLowerCase();
    if (!code) return;
    const prefix = code.split('-')[0];
    const order = [...list].sort((a, b) => rank(a) - rank(b));
    function rank(b: Building): number {
      if (b.buildingId === selectedBuildingId) return 0;
      return b.code.toLowerCase() === prefix ? 1 : 2;
    }
    for (const b of order) {
      const data = await qc.ensureQueryData(floorsQuery(projectId, b.buildingId));
      const unit = data.floors.flatMap((f) => f.units).find((u) => u.code.toLowerCase() === code);
      if (unit) {
        setFindMiss(false);
        select({ buildingId: b.buildingId, unitId: unit.unitId });
        return;
      }
    }
    setFindMiss(true);
  };

  const panelHeight = available - CARD_HEAD;
  const treeKey =
    unitId && selectedBuildingId
      ? `u:${selectedBuildingId}:${unitId}`
      : selectedBuildingId
        ? `b:${selectedBuildingId}`
        : null;

  return (
    <>
      <PageHeader
        title={t('nav.properties')}
        extra={
          <>
            <Tooltip title={t('properties.findHint')} placement="bottom">
              <Input.Search
                ref={findRef}
                allowClear
                value={findText}
                status={findMiss ? 'warning' : undefined}
                onChange={(e) => {
                  setFindText(e.target.value);
                  setFindMiss(false);
                }}
                onSearch={(v) => void find(v)}
                placeholder={t('properties.findUnit')}
                style={{ width: 200 }}
                data-testid="find-unit"
              />
            </Tooltip>
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="new-building"
              >
                {t('properties.newBuilding')}
              </Button>
            ) : null}
          </>
        }
      />
      {buildings.isPending ? (
        <Skeleton active />
      ) : buildings.isError ? (
        <LoadFailed error={buildings.error} onRetry={() => void buildings.refetch()} />
      ) : list.length === 0 ? (
        <Card>
          <Empty description={t('properties.noBuildings')}>
            {canManage ? (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('properties.newBuilding')}
              </Button>
            ) : null}
          </Empty>
        </Card>
      ) : (
        <Flex gap={12} align="start" ref={panelsRef}>
          <Card
            size="small"
            style={{ width: 260, flex: 'none' }}
            styles={{ body: { padding: '8px 4px 8px 8px' } }}
          >
            <PropertyTree
              projectId={projectId}
              buildings={list}
              expanded={expanded}
              onExpand={setExpanded}
              selectedKey={treeKey}
              onSelect={onTreeSelect}
              height={available - 18}
            />
          </Card>
          <div style={{ flex: 1, minWidth: 0 }}>
            {building ? (
              <BuildingPanel
                projectId={projectId}
                building={building}
                canManage={canManage}
                selectedUnitId={unitId}
                onOpenUnit={(u) => select({ buildingId: u.buildingId, unitId: u.unitId })}
                onEdit={() => setEditing(building)}
                height={panelHeight}
              />
            ) : null}
          </div>
        </Flex>
      )}
      <UnitDrawer
        projectId={projectId}
        unitId={unitId}
        canManage={canManage}
        onClose={() => selectedBuildingId && select({ buildingId: selectedBuildingId })}
      />
      {canManage ? (
        <>
          <BuildingCreateDrawer
            projectId={projectId}
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(b) => {
              setCreating(false);
              select({ buildingId: b.buildingId });
            }}
          />
          <BuildingEditModal projectId={projectId} building={editing} onClose={() => setEditing(null)} />
        </>
      ) : null}
    </>
  );
}
