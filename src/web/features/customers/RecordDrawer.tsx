/** A record of the other archive classes (CUS-5): its facts, scans, loans and history. */
import { useState } from 'react';
import { Button, Descriptions, Drawer, Empty, Flex, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useRecord } from './api.ts';
import { ArchiveDocuments } from './ArchiveDocuments.tsx';
import { ArchiveHistory } from './ArchiveHistory.tsx';
import { LoanList } from './LoanList.tsx';
import { RecordModal } from './RecordModal.tsx';
import { ClassTag } from './tags.tsx';

export function RecordDrawer({ recordId, onClose }: { recordId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={!!recordId}
      onClose={onClose}
      width={640}
      title={t('archives.record.title')}
      destroyOnHidden
    >
      {recordId ? <RecordBody recordId={recordId} /> : null}
    </Drawer>
  );
}

function RecordBody({ recordId }: { recordId: string }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const record = useRecord(projectId, recordId);
  const [editing, setEditing] = useState(false);
  if (record.isError) return <LoadFailed error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  if (!r) return null;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Space>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {r.title}
          </Typography.Title>
          <ClassTag value={r.class} />
        </Space>
        {can('archive.manage') ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        ) : null}
      </Flex>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('archives.record.reference')}>{r.reference || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('archives.record.recordDay')}>{r.recordDay ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('archives.record.counterparty')} span={2}>
          {r.counterparty || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.record.note')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{r.note || '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <ArchiveDocuments
        subject={{ type: 'record', id: recordId }}
        documents={r.documents}
        canAdd={can('archive.manage')}
      />
      <div>
        <Typography.Title level={5}>{t('archives.drawer.loans')}</Typography.Title>
        {r.loans.length ? (
          <LoanList loans={r.loans} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('archives.drawer.noLoans')} />
        )}
      </div>
      <ArchiveHistory entries={r.history} />
      <RecordModal open={editing} record={r} onClose={() => setEditing(false)} />
    </Flex>
  );
}
