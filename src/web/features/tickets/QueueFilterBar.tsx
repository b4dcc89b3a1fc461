/** The queue's filters: kind, level, state, department, building, mine, overdue, search text/phone. */
import { useEffect, useState } from 'react';
import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../app/labels.ts';
import { useDepartmentOptions } from '../../app/departments.ts';
import { useProject } from '../../app/project.tsx';
import { useBuildings } from '../properties/api.ts';
import { OPEN_STATES, TICKET_KINDS } from '../../../server/modules/tickets/states.ts';
import { COMPLAINT_LEVELS } from './values.ts';
import type { QueueFilters } from './queue-params.ts';

export function QueueFilterBar({
  filters,
  onChange,
}: {
  filters: QueueFilters;
  onChange(patch: Partial<QueueFilters>): void;
}) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  const departmentOptions = useDepartmentOptions();
  const { projectId } = useProject();
  const buildings = useBuildings(projectId);
  const [text, setText] = useState(filters.text ?? '');
  // Back/forward or a link changes the URL: the box shows what the queue is filtered by.
  useEffect(() => setText(filters.text ?? ''), [filters.text]);
  const select = (
    key: 'kind' | 'level' | 'state' | 'department' | 'building',
    placeholder: string,
    options: { value: string; label: string }[],
    width = 120,
  ) => (
    <Select
      allowClear
      placeholder={placeholder}
      options={options}
      value={filters[key] ?? null}
      onChange={(v: string | null | undefined) => onChange({ [key]: v ?? undefined })}
      style={{ width }}
      data-testid={`filter-${key}`}
    />
  );
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => onChange({ text: v.trim() || undefined })}
        placeholder={t('tickets.search')}
        style={{ width: 260 }}
        data-testid="queue-search"
      />
      {select('kind', t('tickets.filterKind'), enumOptions('ticketKind', TICKET_KINDS))}
      {select('level', t('tickets.filterLevel'), enumOptions('complaintLevel', COMPLAINT_LEVELS), 100)}
      {select('state', t('tickets.filterState'), enumOptions('ticketState', OPEN_STATES))}
      {select('department', t('tickets.filterDepartment'), departmentOptions)}
      {select(
        'building',
        t('tickets.filterBuilding'),
        (buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name })),
        150,
      )}
      <Checkbox
        checked={filters.mine}
        onChange={(e) => onChange({ mine: e.target.checked })}
        data-testid="filter-mine"
      >
        {t('tickets.mine')}
      </Checkbox>
      <Checkbox
        checked={filters.overdue}
        onChange={(e) => onChange({ overdue: e.target.checked })}
        data-testid="filter-overdue"
      >
        {t('tickets.overdue')}
      </Checkbox>
    </Flex>
  );
}
