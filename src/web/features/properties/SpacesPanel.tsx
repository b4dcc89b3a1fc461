/**
 * The spaces of one parking area as a compact grid coloured by status. Selecting a space
 * offers to take it out of service or back (available ⇄ disabled); rented, sold and
 * reserved belong to the parking and fees workflows and are not changed here.
 */
import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Input, Segmented, Skeleton, Tag, Typography } from 'antd';
import { PlusOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSpaces, usePropertyWrites } from './api.ts';
import { SPACE_STATUSES, spaceStatusColour } from './status.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useLabel } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import type { ParkingArea, ParkingSpace } from '../../app/types.ts';

export function SpacesPanel({
  projectId,
  area,
  canManage,
  onAddSpaces,
}: {
  projectId: string;
  area: ParkingArea;
  canManage: boolean;
  onAddSpaces(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useLabel();
  const report = useErrorReporter();
  const writes = usePropertyWrites(projectId);
  const spaces = useSpaces(projectId, area.areaId);
  const [filter, setFilter] = useState<string>('all');
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const all = spaces.data ?? [];
  const shown = all.filter(
    (s) =>
      (filter === 'all' || s.status === filter) &&
      (!search || s.code.toLowerCase().includes(search.trim().toLowerCase())),
  );
  const selected = all.find((s) => s.spaceId === selectedId) ?? null;

  const toggle = async (s: ParkingSpace) => {
    const to = s.status === 'disabled' ? 'available' : 'disabled';
    setBusy(true);
    try {
      await writes.setSpaceStatus(s.spaceId, to);
      message.success(
        t(to === 'disabled' ? 'parking.disabledDone' : 'parking.enabledDone', { code: s.code }),
      );
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('parking.spacesOf', { name: `${area.code} ${area.name}` })}
      extra={
        canManage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAddSpaces}>
            {t('parking.addSpaces')}
          </Button>
        ) : null
      }
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 10 }}>
        <Segmented
          size="small"
          value={filter}
          onChange={(v) => setFilter(String(v))}
          options={[
            { value: 'all', label: `${t('common.all')} ${all.length}` },
            ...SPACE_STATUSES.map((s) => ({
              value: s,
              label: `${label('spaceStatus', s)} ${area.statusCounts[s] ?? 0}`,
            })),
          ]}
        />
        <Input.Search
          size="small"
          allowClear
          placeholder={t('parking.searchSpace')}
          style={{ width: 160 }}
          onSearch={setSearch}
          onChange={(e) => !e.target.value && setSearch('')}
        />
      </Flex>
      {selected ? (
        <Flex
          align="center"
          gap={8}
          style={{
            padding: '6px 10px',
            marginBottom: 10,
            background: '#fafafa',
            border: '1px solid #f0f0f0',
            borderRadius: 4,
          }}
          data-testid="space-actions"
        >
          <Typography.Text strong>{selected.code}</Typography.Text>
          <Tag color={spaceStatusColour(selected.status).solid}>{label('spaceStatus', selected.status)}</Tag>
          <Typography.Text type="secondary">{label('spaceKind', selected.kind)}</Typography.Text>
          <span style={{ flex: 1 }} />
          {canManage && (selected.status === 'available' || selected.status === 'disabled') ? (
            <Button
              size="small"
              danger={selected.status === 'available'}
              icon={selected.status === 'available' ? <StopOutlined /> : <CheckCircleOutlined />}
              loading={busy}
              onClick={() => void toggle(selected)}
              data-testid="space-toggle"
            >
              {selected.status === 'available' ? t('parking.disable') : t('parking.enable')}
            </Button>
          ) : canManage ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('parking.statusViaWorkflow')}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}
      {spaces.isPending ? (
        <Skeleton active />
      ) : spaces.isError ? (
        <LoadFailed error={spaces.error} onRetry={() => void spaces.refetch()} />
      ) : shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parking.noSpaces')} />
      ) : (
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(58px, 1fr))', gap: 4 }}
          data-testid="space-grid"
        >
          {shown.map((s) => {
            const c = spaceStatusColour(s.status);
            const isSel = s.spaceId === selectedId;
            return (
              <button
                key={s.spaceId}
                type="button"
                title={`${s.code} · ${label('spaceStatus', s.status)}`}
                aria-pressed={isSel}
                onClick={() => setSelectedId(isSel ? null : s.spaceId)}
                data-testid={`space-${s.code}`}
                style={{
                  font: 'inherit',
                  fontSize: 12,
                  padding: '3px 0',
                  cursor: 'pointer',
                  borderRadius: 3,
                  background: c.soft,
                  borderStyle: 'solid',
                  borderWidth: '1px 1px 3px 1px',
                  borderColor: isSel
                    ? `#1f1f1f #1f1f1f ${c.solid} #1f1f1f`
                    : `${c.solid}66 ${c.solid}66 ${c.solid} ${c.solid}66`,
                  color: s.status === 'disabled' ? '#8c8c8c' : '#1f1f1f',
                  textDecoration: s.status === 'disabled' ? 'line-through' : undefined,
                  fontVariantNumeric: 'tabular-nums',
                }}
              >
                {s.code}
              </button>
            );
          })}
        </div>
      )}
    </Card>
  );
}
