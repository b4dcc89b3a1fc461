/**
 * An optional parking space for the rental: the area first, then a space of it typed by
 * number. Spaces out of service, sold or leased long-term are not offered; a space already
 * rented monthly for overlapping dates is refused by the server on the field.
 */
import { useState } from 'react';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useParkingAreas, useSpaces } from '../properties/api.ts';

export function SpaceSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string | null;
  onChange?(spaceId: string | null): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const areas = useParkingAreas(projectId);
  const [areaId, setAreaId] = useState<string | null>(null);
  const area = areaId ?? areas.data?.[0]?.areaId ?? null;
  const spaces = useSpaces(projectId, area);
  const options = (spaces.data ?? [])
    .filter((s) => s.status === 'available' || s.spaceId === value)
    .map((s) => ({ value: s.spaceId, label: s.code }));
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select<string>
        aria-label={t('parkingRentals.form.area')}
        style={{ width: '45%' }}
        loading={areas.isPending}
        value={area ?? undefined}
        options={(areas.data ?? []).map((a) => ({ value: a.areaId, label: `${a.code} ${a.name}` }))}
        onChange={(a) => {
          setAreaId(a);
          onChange?.(null);
        }}
      />
      <Select<string>
        id={id}
        style={{ width: '55%' }}
        allowClear
        loading={spaces.isFetching}
        placeholder={t('parkingRentals.form.spacePlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
        value={value ?? undefined}
        options={options}
        onChange={(v) => onChange?.(v ?? null)}
        data-testid="space-select"
      />
    </Space.Compact>
  );
}
