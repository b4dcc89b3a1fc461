/**
 * 档案 (CUS-5 classified and searchable; CUS-3 masked): every archive of the project in one
 * table — customers' (业户档案) and the records of the other classes — searched by name,
 * company, unit, phone digits, title or reference. A row opens its drawer.
 */
import { useState } from 'react';
import { Button, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { AlertOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { ARCHIVE_CLASSES, useArchiveList, type ArchiveListItem } from './api.ts';
import { ArchiveDrawer } from './ArchiveDrawer.tsx';
import { RecordDrawer } from './RecordDrawer.tsx';
import { RecordModal } from './RecordModal.tsx';
import { EmergencyListModal } from './EmergencyListModal.tsx';
import { ClassTag, StateTag } from './tags.tsx';

const PAGE_SIZE = 20;

export function ArchiveListTab() {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { projectId, can } = useProject();
  const formatTime = useFormatTime();
  const [q, setQ] = useState('');
  const [cls, setCls] = useState('all');
  const [state, setState] = useState('all');
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<ArchiveListItem | null>(null);
  const [creating, setCreating] = useState(false);
  const [emergency, setEmergency] = useState(false);
  const list = useArchiveList(projectId, { q, class: cls, state, page, pageSize: PAGE_SIZE });
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('archives.list.search')}
            onSearch={filter(setQ)}
            style={{ width: 280 }}
            data-testid="archive-search"
          />
          <Select
            value={cls}
            onChange={filter(setCls)}
            style={{ width: 140 }}
            aria-label={t('archives.list.class')}
            options={[
              { value: 'all', label: t('archives.list.allClasses') },
              ...ARCHIVE_CLASSES.map((c) => ({ value: c, label: label('class', c) })),
            ]}
          />
          <Select
            value={state}
            onChange={filter(setState)}
            style={{ width: 120 }}
            aria-label={t('archives.list.state')}
            options={['all', 'active', 'sealed', 'transferred'].map((s) => ({
              value: s,
              label: s === 'all' ? t('archives.list.allStates') : label('state', s),
            }))}
          />
        </Space>
        <Space wrap>
          {can('archive.emergency_list') ? (
            <Button icon={<AlertOutlined />} onClick={() => setEmergency(true)} data-testid="emergency-list">
              {t('archives.emergency.button')}
            </Button>
          ) : null}
          {can('archive.manage') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-record"
            >
              {t('archives.record.new')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      {list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ArchiveListItem>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.rows ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (n) => t('archives.list.total', { count: n }),
          }}
          onRow={(r) =>
            ({
              onClick: () => setOpened(r),
              style: { cursor: 'pointer' },
              'data-testid': 'archive-row',
              'data-title': r.title,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('archives.list.name'),
              key: 'title',
              render: (_, r) => (
                <Flex vertical>
                  <Typography.Text strong>{r.title}</Typography.Text>
                  {r.subtitle ? <Typography.Text type="secondary">{r.subtitle}</Typography.Text> : null}
                </Flex>
              ),
            },
            {
              title: t('archives.list.class'),
              key: 'class',
              width: 110,
              render: (_, r) => <ClassTag value={r.class} />,
            },
            {
              title: t('archives.list.units'),
              key: 'units',
              render: (_, r) =>
                r.type === 'customer'
                  ? r.units?.map((u) => `${u.code}（${label('relation', u.relation)}）`).join('、')
                  : r.counterparty,
            },
            {
              title: t('archives.field.phone'),
              key: 'phone',
              width: 130,
              render: (_, r) => <span data-testid="masked-phone">{r.phone}</span>,
            },
            {
              title: t('archives.field.idNumber'),
              key: 'idNumber',
              width: 190,
              render: (_, r) => <span data-testid="masked-id">{r.idNumber}</span>,
            },
            {
              title: t('archives.list.state'),
              key: 'state',
              width: 130,
              render: (_, r) => (
                <Space size={4}>
                  <StateTag value={r.state} />
                  {r.onLoan ? <Tag color="orange">{t('archives.loan.onLoan')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('archives.list.updated'),
              key: 'updatedAt',
              width: 150,
              render: (_, r) => formatTime(r.updatedAt),
            },
          ]}
        />
      )}
      <ArchiveDrawer
        customerId={opened?.type === 'customer' ? opened.id : null}
        onClose={() => setOpened(null)}
      />
      <RecordDrawer recordId={opened?.type === 'record' ? opened.id : null} onClose={() => setOpened(null)} />
      <RecordModal open={creating} onClose={() => setCreating(false)} />
      <EmergencyListModal open={emergency} onClose={() => setEmergency(false)} />
    </>
  );
}
