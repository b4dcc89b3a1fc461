/**
 * HND-4: the rectification record (交接遗留问题整改记录表) — open items until engineering
 * closes them with what was done; a closed item shows who closed it, when and how.
 */
import { useState } from 'react';
import { Button, Flex, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useCloseItem, useRectification, type RectificationItemDto } from '../api.ts';
import { ReasonModal } from '../ReasonModal.tsx';

export function RectificationTab({ onOpen }: { onOpen(handoverId: string): void }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const fmt = useFormatTime();
  const [state, setState] = useState<'open' | 'closed'>('open');
  const [closing, setClosing] = useState<RectificationItemDto | null>(null);
  const list = useRectification(projectId, state);
  const close = useCloseItem(projectId);
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Segmented
        value={state}
        onChange={setState}
        options={[
          { value: 'open', label: t('occupancy.rectification.open') },
          { value: 'closed', label: t('occupancy.rectification.closed') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Table<RectificationItemDto>
        size="small"
        rowKey="itemId"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="rectification-list"
        locale={{ emptyText: t('occupancy.common.empty') }}
        columns={[
          {
            title: t('occupancy.common.unit'),
            dataIndex: 'unitCode',
            width: 100,
            render: (v: string, r) => (
              <Typography.Link onClick={() => onOpen(r.handoverId)}>{v}</Typography.Link>
            ),
          },
          { title: t('occupancy.rectification.location'), dataIndex: 'location', width: 110 },
          {
            title: t('occupancy.rectification.item'),
            dataIndex: 'description',
            render: (v: string, r) =>
              r.closedAt ? (
                <Flex vertical>
                  <span>{v}</span>
                  <Typography.Text type="secondary">
                    {t('occupancy.rectification.closedBy', {
                      name: r.closedByName ?? '',
                      at: fmt(r.closedAt),
                      note: r.closeNote,
                    })}
                  </Typography.Text>
                </Flex>
              ) : (
                v
              ),
          },
          {
            title: t('occupancy.rectification.createdAt'),
            dataIndex: 'createdAt',
            width: 160,
            render: (v: string) => fmt(v),
          },
          ...(state === 'open' && can('ticket.work')
            ? [
                {
                  title: '',
                  key: 'close',
                  width: 90,
                  render: (_: unknown, r: RectificationItemDto) => (
                    <Button size="small" onClick={() => setClosing(r)}>
                      {t('occupancy.rectification.closeAction')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ReasonModal
        open={closing !== null}
        title={t('occupancy.rectification.closeTitle', { item: closing?.description ?? '' })}
        okText={t('occupancy.rectification.closeAction')}
        noteLabel={t('occupancy.rectification.closeNote')}
        noteRequired
        onSubmit={(v) => close.mutateAsync({ itemId: closing!.itemId, note: v.note })}
        onClose={() => setClosing(null)}
      />
    </Flex>
  );
}
