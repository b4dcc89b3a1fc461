/**
 * 抄表 — the meter-reading round (FEE-1 energy): one building's meters in the order the
 * reader walks them (the shared 公摊 meter first, then by unit), each with its last reading.
 * A reading is entered in a dialog that opens on the row and, once saved, moves on to the
 * next meter, so a whole round can be typed without the mouse.
 */
import { useEffect, useState } from 'react';
import { Button, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useBuildings } from '../properties/api.ts';
import { formatCenti, meterUnit } from './quantities.ts';
import { useMeters, type MeterRow } from './setup-api.ts';
import { ReadingModal } from './ReadingModal.tsx';
import { MeterCreateModal } from './MeterCreateModal.tsx';

export function ReadingsTab() {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const formatTime = useFormatTime();
  const buildings = useBuildings(projectId);
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const meters = useMeters(projectId, buildingId);
  const [reading, setReading] = useState<MeterRow | null>(null);
  const [creating, setCreating] = useState(false);
  const canRead = can('billing.collect');
  const rows = meters.data ?? [];
  const building = buildings.data?.find((b) => b.buildingId === buildingId);

  // The round starts at the first building; the cashier switches when walking to the next.
  useEffect(() => {
    if (!buildingId && buildings.data?.length) setBuildingId(buildings.data[0]!.buildingId);
  }, [buildingId, buildings.data]);

  /** The meter after `m` in walking order, read from the refreshed list so its last reading is current. */
  const nextOf = (m: MeterRow) => rows[rows.findIndex((r) => r.meterId === m.meterId) + 1] ?? null;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center">
          <Select
            style={{ width: 200 }}
            aria-label={t('billing.setup.round.building')}
            loading={buildings.isPending}
            value={buildingId}
            onChange={setBuildingId}
            options={(buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name }))}
            data-testid="readings-building"
          />
          {meters.data ? (
            <Typography.Text type="secondary">
              {t('billing.setup.round.count', { count: rows.length })}
            </Typography.Text>
          ) : null}
        </Flex>
        {can('price.manage') && building ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-meter">
            {t('billing.setup.round.newMeter')}
          </Button>
        ) : null}
      </Flex>
      {canRead ? <Typography.Text type="secondary">{t('billing.setup.round.hint')}</Typography.Text> : null}

      {meters.isError ? (
        <LoadFailed error={meters.error} onRetry={() => void meters.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<MeterRow>
            size="small"
            rowKey="meterId"
            loading={buildings.isPending || (meters.isFetching && !meters.data)}
            dataSource={rows}
            pagination={false}
            data-testid="meters-table"
            locale={{ emptyText: t('billing.setup.round.empty') }}
            onRow={(m) => ({
              'data-testid': `meter-${m.code}`,
              tabIndex: canRead ? 0 : undefined,
              onKeyDown: (e) => {
                if (canRead && e.key === 'Enter' && e.target === e.currentTarget) setReading(m);
              },
            })}
            columns={[
              {
                title: t('billing.setup.round.col.code'),
                dataIndex: 'code',
                width: 150,
                render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
              },
              {
                title: t('billing.setup.round.col.unit'),
                dataIndex: 'unitCode',
                width: 110,
                render: (v: string | null) =>
                  v ?? <Tag color="purple">{t('billing.setup.round.shared')}</Tag>,
              },
              {
                title: t('billing.setup.round.col.kind'),
                dataIndex: 'kind',
                width: 90,
                render: (v: string) => t(`billing.setup.meterKind.${v}`, { defaultValue: v }),
              },
              {
                title: t('billing.setup.round.col.lastReadAt'),
                dataIndex: 'lastReadAt',
                width: 160,
                render: (v: string | null) =>
                  v ? (
                    formatTime(v)
                  ) : (
                    <Typography.Text type="secondary">{t('billing.setup.round.neverRead')}</Typography.Text>
                  ),
              },
              {
                title: t('billing.setup.round.col.lastValue'),
                dataIndex: 'lastValueCenti',
                align: 'right',
                width: 170,
                render: (v: number | null, m) => (v === null ? dash : formatCenti(v, meterUnit(m.kind))),
              },
              {
                title: t('billing.setup.round.col.lastConsumption'),
                dataIndex: 'lastConsumptionCenti',
                align: 'right',
                width: 150,
                render: (v: number | null, m) => (v === null ? dash : formatCenti(v, meterUnit(m.kind))),
              },
              ...(canRead
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 130,
                      render: (_: unknown, m: MeterRow) => (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setReading(m)}
                          data-testid={`read-${m.code}`}
                        >
                          {t('billing.setup.round.read')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}

      <ReadingModal
        meter={reading}
        next={reading ? nextOf(reading) : null}
        onNext={setReading}
        onClose={() => setReading(null)}
      />
      {building ? (
        <MeterCreateModal open={creating} building={building} onClose={() => setCreating(false)} />
      ) : null}
    </Flex>
  );
}
