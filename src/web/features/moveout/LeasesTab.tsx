/** MVO-1: tenant leases ending within a month, whether the CS assistants were reminded, and the move-out to start or open. */
import { useState } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useLeasesEnding, type CustomerDto, type EndingLease } from './api.ts';
import { StartMoveOutModal } from './StartMoveOutModal.tsx';

export function LeasesTab({ onOpen }: { onOpen(id: string): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  const list = useLeasesEnding(projectId);
  const [preset, setPreset] = useState<{ customer: CustomerDto; unitId: string } | undefined>();
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const start = (l: EndingLease) =>
    setPreset({
      unitId: l.unitId,
      customer: {
        customerId: l.customerId,
        kind: 'company',
        name: l.customerName,
        company: '',
        phones: [],
        units: [{ unitId: l.unitId, code: l.unitCode, buildingName: '', relation: 'tenant' }],
        version: 0,
      },
    });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('moveout.leases.hint')}</Typography.Paragraph>
      <Table<EndingLease>
        size="small"
        rowKey={(l) => `${l.customerId}:${l.unitId}`}
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('moveout.leases.empty') }}
        data-testid="leases-table"
        columns={[
          { title: t('moveout.leases.unit'), dataIndex: 'unitCode', width: 100 },
          { title: t('moveout.leases.customer'), dataIndex: 'customerName' },
          { title: t('moveout.leases.leaseEnd'), dataIndex: 'leaseEnd', width: 130 },
          {
            title: t('moveout.leases.reminded'),
            width: 190,
            render: (_, l) =>
              l.remindedAt ? (
                <Tag color="blue">{`${t('moveout.leases.reminded')} ${fmt(l.remindedAt, 'date')}`}</Tag>
              ) : (
                <Tag>{t('moveout.leases.notReminded')}</Tag>
              ),
          },
          {
            title: t('moveout.leases.moveOut'),
            width: 150,
            render: (_, l) =>
              l.moveOutId ? (
                <Button size="small" type="link" onClick={() => onOpen(l.moveOutId!)}>
                  {t('moveout.leases.inProgress')}
                </Button>
              ) : (
                <Button size="small" onClick={() => start(l)}>
                  {t('moveout.leases.startMoveOut')}
                </Button>
              ),
          },
        ]}
      />
      <StartMoveOutModal
        open={!!preset}
        preset={preset}
        onClose={() => setPreset(undefined)}
        onStarted={(id) => (setPreset(undefined), onOpen(id))}
      />
    </>
  );
}
