/** 停车场 (PRP-1): parking areas with their space counts by status; click one to see its spaces. */
import { useState } from 'react';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useParkingAreas } from './api.ts';
import { SPACE_STATUSES, spaceStatusColour } from './status.ts';
import { SpacesPanel } from './SpacesPanel.tsx';
import { AddSpacesModal, CreateAreaModal } from './ParkingAreaModal.tsx';
import { ParkingNav } from '../parking/ParkingNav.tsx';
import { useProject } from '../../app/project.tsx';
import { useLabel } from '../../app/labels.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { StatusDot } from '../../components/StatusDot.tsx';
import type { ParkingArea } from '../../app/types.ts';

export default function ParkingPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { projectId, can } = useProject();
  const areas = useParkingAreas(projectId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [addingTo, setAddingTo] = useState<ParkingArea | null>(null);
  const canManage = can('property.manage');
  const list = areas.data ?? [];
  const selected = list.find((a) => a.areaId === params.get('area')) ?? list[0] ?? null;
  const selectArea = (areaId: string) => setParams({ area: areaId }, { replace: true });

  return (
    <>
      <PageHeader
        title={t('nav.parking')}
        subtitle={
          list.length
            ? t('parking.summary', { areas: list.length, spaces: list.reduce((n, a) => n + a.spaceCount, 0) })
            : undefined
        }
        extra={
          <>
            <ParkingNav current="areas" />
            {canManage ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="new-area"
              >
                {t('parking.newArea')}
              </Button>
            ) : null}
          </>
        }
      />
      {areas.isError ? (
        <LoadFailed error={areas.error} onRetry={() => void areas.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <Table<ParkingArea>
              size="small"
              rowKey="areaId"
              loading={areas.isPending}
              dataSource={list}
              pagination={false}
              onRow={(a) => ({
                onClick: () => selectArea(a.areaId),
                style: {
                  cursor: 'pointer',
                  background: a.areaId === selected?.areaId ? '#e6f4ff' : undefined,
                },
              })}
              columns={[
                {
                  key: 'code',
                  title: t('parking.areaCode'),
                  dataIndex: 'code',
                  width: 80,
                  render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
                },
                { key: 'name', title: t('parking.areaName'), dataIndex: 'name' },
                {
                  key: 'kind',
                  title: t('parking.areaKind'),
                  dataIndex: 'kind',
                  width: 120,
                  render: (v: string) => label('areaKind', v),
                },
                {
                  key: 'total',
                  title: t('parking.total'),
                  dataIndex: 'spaceCount',
                  width: 90,
                  align: 'right',
                },
                ...SPACE_STATUSES.map((s) => ({
                  key: s,
                  title: (
                    <Flex gap={6} align="center" justify="end" style={{ whiteSpace: 'nowrap' }}>
                      <StatusDot colour={spaceStatusColour(s).solid} label={label('spaceStatus', s)} />
                      {label('spaceStatus', s)}
                    </Flex>
                  ),
                  width: s === 'disabled' ? 140 : 110,
                  align: 'right' as const,
                  render: (_: unknown, a: ParkingArea) => a.statusCounts[s] ?? 0,
                })),
              ]}
            />
          </Card>
          {selected ? (
            <SpacesPanel
              key={selected.areaId}
              projectId={projectId}
              area={selected}
              canManage={canManage}
              onAddSpaces={() => setAddingTo(selected)}
            />
          ) : null}
        </Flex>
      )}
      {canManage ? (
        <>
          <CreateAreaModal
            projectId={projectId}
            open={creating}
            onClose={() => setCreating(false)}
            onCreated={(a) => {
              setCreating(false);
              selectArea(a.areaId);
            }}
          />
          <AddSpacesModal projectId={projectId} area={addingTo} onClose={() => setAddingTo(null)} />
        </>
      ) : null}
    </>
  );
}
