/**
 * A unit found by typing its number (1-808): every unit of the project, the caller's own
 * units first. The floors come from the property queries, so they are shared with the
 * property pages and refreshed by the same live events.
 */
import { useMemo } from 'react';
import { Select } from 'antd';
import type { SelectProps } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { floorsQuery, useBuildings } from '../properties/api.ts';

/** Natural order of unit numbers: 1-405 before 1-1203. */
const collator = new Intl.Collator('zh-CN', { numeric: true });

export function UnitSelect({
  preferred = [],
  ...rest
}: { preferred?: string[] } & Omit<SelectProps<string>, 'options'>) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const buildings = useBuildings(projectId);
  const floors = useQueries({
    queries: (buildings.data ?? []).map((b) => ({
      ...floorsQuery(projectId, b.buildingId),
      staleTime: 5 * 60_000,
    })),
  });
  const loading = buildings.isPending || floors.some((f) => f.isPending);
  const stamp = floors.map((f) => f.dataUpdatedAt).join(',');
  const options = useMemo(() => {
    const units = floors.flatMap((f) =>
      f.data
        ? f.data.floors.flatMap((fl) =>
            fl.units.map((u) => ({ value: u.unitId, label: u.code, building: f.data.building.name })),
          )
        : [],
    );
    const first = new Set(preferred);
    return units.sort(
      (a, b) => Number(first.has(b.value)) - Number(first.has(a.value)) || collator.compare(a.label, b.label),
    );
    // `stamp` stands for the floors' data: useQueries hands a new array on every render.
  }, [stamp, preferred.join(',')]);
  return (
    <Select<string>
      {...rest}
      allowClear
      loading={loading}
      placeholder={t('desk.unitPlaceholder')}
      options={options}
      showSearch={{
        filterOption: (input, option) =>
          !!option && String(option.label).toLowerCase().includes(input.trim().toLowerCase()),
      }}
      optionRender={(o) => (
        <span>
          {o.label}
          <span style={{ opacity: 0.55, marginInlineStart: 8, fontSize: 12 }}>
            {(o.data as { building: string }).building}
          </span>
        </span>
      )}
      data-testid="unit-select"
    />
  );
}
