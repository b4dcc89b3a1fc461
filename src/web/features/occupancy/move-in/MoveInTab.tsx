/** The move-ins (入住) — the move-in record (客户入住记录) — filter, find, start one on a vacant unit, open one as its checklist. */
import { useState } from 'react';
import { Button, Flex, Input, Segmented, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useMoveIns, useMoveInUnits, useStart, type MoveInDto, type MoveInRow } from '../api.ts';
import { StartModal } from '../StartModal.tsx';
import { StateTag } from '../StateTag.tsx';

const STATES = ['in_progress', 'completed', 'rejected', 'cancelled', ''] as const;

export function MoveInTab({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const fmt = useFormatTime();
  const [state, setState] = useState<(typeof STATES)[number]>('in_progress');
  const [text, setText] = useState('');
  const [starting, setStarting] = useState(false);
  const list = useMoveIns(projectId, { state, q: text.trim() });
  const units = useMoveInUnits(projectId, starting);
  const start = useStart<MoveInDto>(projectId, 'move-ins');
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={12} wrap>
        <Flex gap={12} wrap>
          <Segmented
            value={state}
            onChange={setState}
            options={STATES.map((s) => ({
              value: s,
              label: s ? t(`occupancy.moveIn.state.${s}`) : t('occupancy.common.all'),
            }))}
          />
          <Input.Search
            allowClear
            placeholder={t('occupancy.common.search')}
            onSearch={setText}
            style={{ width: 220 }}
          />
        </Flex>
        {can('occupancy.manage') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setStarting(true)}
            data-testid="move-in-start"
          >
            {t('occupancy.moveIn.start')}
          </Button>
        ) : null}
      </Flex>
      <Table<MoveInRow>
        size="small"
        rowKey="moveInId"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => onOpen(r.moveInId), style: { cursor: 'pointer' } })}
        data-testid="move-in-list"
        locale={{ emptyText: t('occupancy.common.empty') }}
        columns={[
          { title: t('occupancy.common.unit'), dataIndex: 'unitCode', width: 110 },
          { title: t('occupancy.common.building'), dataIndex: 'buildingName', width: 130 },
          { title: t('occupancy.moveIn.tenant'), dataIndex: 'tenantName' },
          {
            title: t('occupancy.common.state'),
            dataIndex: 'state',
            width: 110,
            render: (s: string) => (
              <StateTag state={s} label={t(`occupancy.moveIn.state.${s as 'completed'}`)} />
            ),
          },
          {
            title: t('occupancy.common.step'),
            dataIndex: 'step',
            width: 110,
            render: (s: string | null, r) =>
              r.state === 'in_progress' && s ? t(`occupancy.moveIn.steps.${s as 'lease'}`) : '',
          },
          { title: t('occupancy.moveIn.leaseEnd'), dataIndex: 'leaseEnd', width: 120 },
          {
            title: t('occupancy.common.startedAt'),
            dataIndex: 'startedAt',
            width: 160,
            render: (v: string) => fmt(v),
          },
        ]}
      />
      <StartModal
        open={starting}
        title={t('occupancy.moveIn.startTitle')}
        unitLabel={t('occupancy.moveIn.pickUnit')}
        loading={units.isLoading}
        units={(units.data ?? []).map((u) => ({
          unitId: u.unitId,
          openId: u.openMoveInId,
          label: `${u.unitCode}　${u.buildingName}`,
        }))}
        onStart={async (unitId) => (await start.mutateAsync(unitId)).moveInId}
        onOpen={onOpen}
        onClose={() => setStarting(false)}
      />
    </Flex>
  );
}
