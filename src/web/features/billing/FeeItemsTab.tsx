/**
 * 收费项目 — the project's price list (FEE-1): one row per fee item with the price in effect
 * today, its older and already-decided future prices one click away. A price is never
 * edited: 调价 adds a new version from a later date, so months already billed keep theirs.
 * Only those who manage prices (price.manage) see the buttons.
 */
import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useBuildings } from '../properties/api.ts';
import { groupFeeItems, type FeeItemGroup, type FeeVersion, type VersionState } from './fee-versions.ts';
import { usePriceText } from './fee-price.ts';
import { FeeItemModal, type FeeItemModalMode } from './FeeItemModal.tsx';
import { useFeeItems, type MeterKind } from './setup-api.ts';
import { useProjectToday } from './use-project-today.ts';

const STATE_COLOUR: Record<VersionState, string> = { current: 'green', scheduled: 'blue', past: 'default' };

export function FeeItemsTab() {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const today = useProjectToday();
  const items = useFeeItems(projectId);
  const buildings = useBuildings(projectId);
  const priceText = usePriceText();
  const [editing, setEditing] = useState<FeeItemModalMode | null>(null);
  const canManage = can('price.manage');
  const groups = groupFeeItems(items.data ?? [], today);

  const buildingName = (id: string | null) =>
    id ? (buildings.data?.find((b) => b.buildingId === id)?.name ?? '') : t('billing.setup.fee.allBuildings');
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const stateTag = (s: VersionState) => (
    <Tag color={STATE_COLOUR[s]}>{t(`billing.setup.fee.state.${s}`)}</Tag>
  );
  // The columns both tables share: what a version charges and when; `pick` finds the version in a row.
  const versionColumns = <T,>(pick: (row: T) => FeeVersion): TableColumnsType<T> => [
    { title: t('billing.setup.fee.col.price'), key: 'price', render: (_, r) => priceText(pick(r)) },
    {
      title: t('billing.setup.fee.col.areaBasis'),
      key: 'areaBasis',
      width: 90,
      render: (_, r) => {
        const basis = pick(r).areaBasis;
        return basis ? t(`billing.setup.areaBasis.${basis}`) : dash;
      },
    },
    {
      title: t('billing.setup.fee.col.from'),
      key: 'from',
      width: 100,
      render: (_, r) => pick(r).effectiveFrom,
    },
    {
      title: t('billing.setup.fee.col.to'),
      key: 'to',
      width: 100,
      render: (_, r) =>
        pick(r).until ?? (
          <Typography.Text type="secondary">{t('billing.setup.fee.openEnded')}</Typography.Text>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Typography.Text type="secondary">
          {items.data ? t('billing.setup.fee.count', { count: groups.length }) : null}
        </Typography.Text>
        {canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ kind: 'new' })}
            data-testid="new-fee-item"
          >
            {t('billing.setup.fee.new')}
          </Button>
        ) : null}
      </Flex>

      {items.isError ? (
        <LoadFailed error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<FeeItemGroup>
            size="small"
            rowKey="code"
            loading={items.isPending}
            dataSource={groups}
            pagination={false}
            data-testid="fee-items-table"
            onRow={(g) => ({ 'data-testid': `fee-${g.code}` }) as HTMLAttributes<HTMLElement>}
            expandable={{
              rowExpandable: (g) => g.versions.length > 1,
              expandedRowRender: (g) => (
                <Table<FeeVersion>
                  size="small"
                  rowKey="feeItemId"
                  dataSource={[...g.versions].reverse()}
                  pagination={false}
                  data-testid={`fee-versions-${g.code}`}
                  columns={[
                    {
                      title: t('billing.setup.fee.col.version'),
                      dataIndex: 'version',
                      width: 70,
                      render: (v: number) => `v${v}`,
                    },
                    { title: t('billing.setup.fee.col.name'), dataIndex: 'name', width: 140 },
                    ...versionColumns<FeeVersion>((v) => v),
                    {
                      title: t('billing.setup.fee.col.state'),
                      dataIndex: 'state',
                      width: 90,
                      render: stateTag,
                    },
                  ]}
                />
              ),
            }}
            columns={[
              {
                title: t('billing.setup.fee.col.item'),
                key: 'item',
                width: 190,
                render: (_: unknown, g) => (
                  <Flex vertical>
                    <Flex gap={8} align="baseline">
                      <Typography.Text strong>{g.shown.name}</Typography.Text>
                      <Typography.Text type="secondary">{g.code}</Typography.Text>
                    </Flex>
                    {g.shown.buildingId ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {buildingName(g.shown.buildingId)}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
              {
                title: t('billing.setup.fee.col.kind'),
                key: 'kind',
                width: 130,
                // A metered item says which meters it prices: 按表计量 · 电表.
                render: (_: unknown, g) =>
                  [
                    t(`billing.setup.feeKind.${g.shown.kind}`),
                    g.shown.meterKind ? t(`billing.setup.meterKind.${g.shown.meterKind as MeterKind}`) : '',
                  ]
                    .filter(Boolean)
                    .join(' · '),
              },
              ...versionColumns<FeeItemGroup>((g) => g.shown),
              {
                title: t('billing.setup.fee.col.state'),
                key: 'state',
                width: 150,
                render: (_: unknown, g) => (
                  <Flex gap={4} vertical align="start">
                    {stateTag(g.shown.state)}
                    {g.upcoming ? (
                      <Tag color="blue">
                        {t('billing.setup.fee.scheduled', { date: g.upcoming.effectiveFrom })}
                      </Tag>
                    ) : null}
                  </Flex>
                ),
              },
              ...(canManage
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 80,
                      render: (_: unknown, g: FeeItemGroup) => (
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'reprice', latest: g.latest })}
                          data-testid={`reprice-${g.code}`}
                        >
                          {t('billing.setup.fee.reprice')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}

      <FeeItemModal mode={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
