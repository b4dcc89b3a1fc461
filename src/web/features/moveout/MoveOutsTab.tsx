/** The open move-outs on the left, the chosen one's guided steps on the right; a new one starts from the notice (MVO-2). */
import { useState } from 'react';
import { Button, Card, Col, Empty, Row, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useMoveOuts, type MoveOutDto } from './api.ts';
import { MoveOutDetail } from './MoveOutDetail.tsx';
import { StartMoveOutModal } from './StartMoveOutModal.tsx';
import { StateTag } from './StateTag.tsx';

export function MoveOutsTab({
  selected,
  onSelect,
}: {
  selected: string | null;
  onSelect(id: string | null): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const list = useMoveOuts(projectId, 'all');
  const [starting, setStarting] = useState(false);
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <Card
          size="small"
          title={t('moveout.tabs.moveOuts')}
          extra={
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setStarting(true)}
              data-testid="moveout-start"
            >
              {t('moveout.list.start')}
            </Button>
          }
        >
          <Table<MoveOutDto>
            size="small"
            rowKey="moveOutId"
            loading={list.isLoading}
            dataSource={list.data ?? []}
            pagination={false}
            locale={{ emptyText: t('moveout.list.empty') }}
            rowClassName={(r) => (r.moveOutId === selected ? 'ant-table-row-selected' : '')}
            onRow={(r) =>
              ({
                onClick: () => onSelect(r.moveOutId),
                style: { cursor: 'pointer' },
                'data-testid': `moveout-row-${r.unitCode}`,
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              { title: t('moveout.list.unit'), dataIndex: 'unitCode', width: 80 },
              { title: t('moveout.list.customer'), dataIndex: 'customerName', ellipsis: true },
              { title: t('moveout.list.moveDay'), render: (_, r) => r.notice.moveDay, width: 104 },
              { title: t('moveout.list.state'), render: (_, r) => <StateTag state={r.state} />, width: 104 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {selected ? (
          <MoveOutDetail id={selected} />
        ) : (
          <Card>
            <Empty description={t('moveout.list.pick')} />
          </Card>
        )}
      </Col>
      <StartMoveOutModal
        open={starting}
        onClose={() => setStarting(false)}
        onStarted={(id) => (setStarting(false), onSelect(id))}
      />
    </Row>
  );
}
