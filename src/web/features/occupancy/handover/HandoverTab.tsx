/** The handovers (交房): filter by state, find by unit or owner, start one, open one as its checklist. */
import { useState } from 'react';
import { Button, Flex, Input, Segmented, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useHandovers, useHandoverUnits, useStart, type HandoverDto, type HandoverRow } from '../api.ts';
import { StartModal } from '../StartModal.tsx';
import { StateTag } from '../StateTag.tsx';

const STATES = ['in_progress', 'completed', 'not_accepted', ''] as const;

export function HandoverTab({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const fmt = useFormatTime();
  const [state, setState] = useState<(typeof STATES)[number]>('in_progress');
  const [text, setText] = useState('');
  const [starting, setStarting] = useState(false);
  const list = useHandovers(projectId, { state, q: text.trim() });
  const units = useHandoverUnits(projectId, starting);
  const start = useStart<HandoverDto>(projectId, 'handovers');
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
              label: s ? t(`occupancy.handover.state.${s}`) : t('occupancy.common.all'),
            }))}
            data-testid="handover-state-filter"
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
            data-testid="handover-start"
          >
            {t('occupancy.handover.start')}
          </Button>
        ) : null}
      </Flex>
      <Table<HandoverRow>
        size="small"
        rowKey="handoverId"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => onOpen(r.handoverId), style: { cursor: 'pointer' } })}
        data-testid="handover-list"
        locale={{ emptyText: t('occupancy.common.empty') }}
        columns={[
          { title: t('occupancy.common.unit'), dataIndex: 'unitCode', width: 110 },
          { title: t('occupancy.common.building'), dataIndex: 'buildingName', width: 110 },
          { title: t('occupancy.handover.owner'), dataIndex: 'ownerName' },
          {
            title: t('occupancy.common.state'),
            dataIndex: 'state',
            width: 110,
            render: (s: string) => (
              <StateTag state={s} label={t(`occupancy.handover.state.${s as 'completed'}`)} />
            ),
          },
          {
            title: t('occupancy.common.step'),
            dataIndex: 'step',
            width: 130,
            render: (s: string | null, r) =>
              r.state === 'in_progress' && s
                ? t(`occupancy.handover.steps.${s as 'roster'}`)
                : r.declineReason
                  ? t(`occupancy.handover.reasons.${r.declineReason as 'other'}`)
                  : '',
          },
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
        title={t('occupancy.handover.startTitle')}
        unitLabel={t('occupancy.handover.pickUnit')}
        loading={units.isLoading}
        units={(units.data ?? []).map((u) => ({
          unitId: u.unitId,
          openId: u.openHandoverId,
          label: `${u.unitCode}　${u.rosterOwners ? t('occupancy.handover.rosterOwners', { names: u.rosterOwners }) : t('occupancy.handover.noRoster')}${u.openHandoverId ? `（${t('occupancy.handover.openHandover')}）` : ''}`,
        }))}
        onStart={async (unitId) => (await start.mutateAsync(unitId)).handoverId}
        onOpen={onOpen}
        onClose={() => setStarting(false)}
      />
    </Flex>
  );
}
