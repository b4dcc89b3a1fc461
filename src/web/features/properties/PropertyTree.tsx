/**
 * Building → floor → unit. Floors and units of a building are fetched when it is expanded;
 * each unit carries its status dot so a clerk sees the state of a floor at a glance.
 */
import { useEffect, useRef } from 'react';
import { Flex, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { floorsQuery } from './api.ts';
import { unitStatusColour } from './status.ts';
import { StatusDot } from '../../components/StatusDot.tsx';
import { useLabel } from '../../app/labels.ts';
import type { Building } from '../../app/types.ts';

export type TreeKey = `b:${string}` | `f:${string}:${number}` | `u:${string}:${string}`;

export interface TreeSelection {
  buildingId: string;
  floor?: number;
  unitId?: string;
}

/**
 * @example parseTreeKey('u:0190b…:0190c…') // { buildingId: '0190b…', unitId: '0190c…' }
 */
export function parseTreeKey(key: string): TreeSelection | null {
  const [kind, a, b] = key.split(':');
  if (!a) return null;
  if (kind === 'b') return { buildingId: a };
  if (kind === 'f' && b !== undefined) return { buildingId: a, floor: Number(b) };
  if (kind === 'u' && b) return { buildingId: a, unitId: b };
  return null;
}

interface Props {
  projectId: string;
  buildings: Building[];
  expanded: string[];
  onExpand(keys: string[]): void;
  selectedKey: string | null;
  onSelect(sel: TreeSelection): void;
  height: number;
}

export function PropertyTree({
  projectId,
  buildings,
  expanded,
  onExpand,
  selectedKey,
  onSelect,
  height,
}: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const qc = useQueryClient();
  const openBuildings = buildings.filter((b) => expanded.includes(`b:${b.buildingId}`));
  const floorResults = useQueries({
    queries: openBuildings.map((b) => floorsQuery(projectId, b.buildingId)),
  });
  const floorsOf = new Map(openBuildings.map((b, i) => [b.buildingId, floorResults[i]?.data]));

  const treeData: TreeDataNode[] = buildings.map((b) => {
    const data = floorsOf.get(b.buildingId);
    return {
      key: `b:${b.buildingId}`,
      title: (
        <Flex gap={6} align="baseline" style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis>
            {b.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('properties.unitCount', { count: b.unitCount })}
          </Typography.Text>
        </Flex>
      ),
      isLeaf: b.unitCount === 0,
      children: data?.floors.map((f) => ({
        key: `f:${b.buildingId}:${f.floor}`,
        title: (
          <span data-testid={`tree-floor-${b.code}-${f.label}`}>
            {t('properties.floorLabel', { label: f.label })}
          </span>
        ),
        children: f.units.map((u) => ({
          key: `u:${b.buildingId}:${u.unitId}`,
          isLeaf: true,
          title: (
            <Flex gap={6} align="center" data-testid={`tree-unit-${u.code}`}>
              <StatusDot colour={unitStatusColour(u.status).solid} label={label('unitStatus', u.status)} />
              <span>{u.code}</span>
            </Flex>
          ),
        })),
      })),
    };
  });

  // Keep the selected node in view when the selection comes from elsewhere (a tile, a new building).
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    const node = box?.querySelector('.ant-tree-treenode-selected');
    if (!box || !node) return;
    // Scroll only the tree's own box; scrollIntoView would move the whole page as well.
    const offset = node.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (offset < 0 || offset > box.clientHeight - 28) box.scrollTop += offset - box.clientHeight / 3;
  }, [selectedKey, treeData.length]);

  // Not virtual: a few hundred nodes at most are open at once, and every open node stays in
  // the DOM for find-in-page and assistive technology.
  return (
    <div ref={boxRef} style={{ height, overflow: 'auto' }}>
      <Tree
        blockNode
        showLine={{ showLeafIcon: false }}
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={(keys) => onExpand(keys.map(String))}
        selectedKeys={selectedKey ? [selectedKey] : []}
        onSelect={(_keys, info) => {
          const sel = parseTreeKey(String(info.node.key));
          if (sel) onSelect(sel);
        }}
        loadData={async (node) => {
          const sel = parseTreeKey(String(node.key));
          if (sel && sel.floor === undefined && !sel.unitId)
            await qc.ensureQueryData(floorsQuery(projectId, sel.buildingId));
        }}
        data-testid="property-tree"
      />
    </div>
  );
}
