/** Transfers of ownership (TRF-1..2): the list on the left, the chosen one's guided steps on the right. */
import { useState } from 'react';
import { Button, Card, Col, Empty, Row, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useTransfers, type TransferDto } from './api.ts';
import { StateTag } from './StateTag.tsx';
import { StartTransferModal } from './StartTransferModal.tsx';
import { TransferDetail } from './TransferDetail.tsx';

export function TransfersTab({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect(id: string | null): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const list = useTransfers(projectId);
  const [starting, setStarting] = useState(false);
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card
          size="small"
          title={t('moveout.tabs.transfers')}
          extra={
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setStarting(true)}
              data-testid="transfer-start"
            >
              {t('moveout.transfer.start')}
            </Button>
          }
        >
          <Table<TransferDto>
            size="small"
            rowKey="transferId"
            loading={list.isLoading}
            dataSource={list.data ?? []}
            pagination={false}
            locale={{ emptyText: t('moveout.transfer.empty') }}
            onRow={(r) => ({ onClick: () => onSelect(r.transferId), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('moveout.list.unit'), dataIndex: 'unitCode', width: 80 },
              { title: t('moveout.transfer.oldOwner'), dataIndex: 'oldOwnerName', ellipsis: true },
              { title: t('moveout.transfer.handoverDay'), dataIndex: 'handoverDay', width: 104 },
              { title: t('moveout.list.state'), render: (_, r) => <StateTag state={r.state} />, width: 110 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {selected ? (
          <TransferDetail id={selected} />
        ) : (
          <Card>
            <Empty description={t('moveout.transfer.pick')} />
          </Card>
        )}
      </Col>
      <StartTransferModal
        open={starting}
        onClose={() => setStarting(false)}
        onStarted={(id) => (setStarting(false), onSelect(id))}
      />
    </Row>
  );
}
