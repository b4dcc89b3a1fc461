/**
 * The key register (钥匙委托管理清册, KEY-1): every key with its number, cabinet slot, unit,
 * kind, where it is and who may collect it; the requests waiting for a decision (KEY-4) on
 * top. A row opens the key with its actions and log.
 */
import { useState } from 'react';
import { Button, Card, Flex, Input, List, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useDebounced } from '../../desk/use-debounced.ts';
import { useKeys, usePendingKeyRequests, type KeyDto } from '../api.ts';
import { KEY_STATE_COLOUR, KEY_STATES } from './key-labels.ts';
import { KeyDrawer } from './KeyDrawer.tsx';
import { RegisterKeyModal } from './RegisterKeyModal.tsx';

export function KeysTab() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [state, setState] = useState<string | undefined>();
  const [text, setText] = useState('');
  const q = useDebounced(text, 250);
  const keys = useKeys(projectId, { state, q: q.trim() || undefined });
  const pending = usePendingKeyRequests(projectId);
  const [registering, setRegistering] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const all = keys.data ?? [];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap>
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('custody.keys.allStates')}
            value={state}
            onChange={setState}
            options={KEY_STATES.map((s) => ({ value: s, label: t(`custody.enums.keyState.${s}`) }))}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('custody.keys.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Flex>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setRegistering(true)}
          data-testid="register-key"
        >
          {t('custody.keys.register')}
        </Button>
      </Flex>
      {pending.data?.length ? (
        <Card size="small" title={t('custody.keys.pending')} data-testid="pending-requests">
          <List
            size="small"
            dataSource={pending.data}
            renderItem={(r) => {
              const key = all.find((k) => k.keyId === r.keyId);
              return (
                <List.Item
                  style={{ cursor: 'pointer' }}
                  onClick={() => setOpenKey(r.keyId)}
                  extra={
                    r.pendingStep ? <Tag color="gold">{t(`custody.enums.step.${r.pendingStep}`)}</Tag> : null
                  }
                >
                  <Typography.Text>
                    {key ? `${key.number} · ${key.unitCode}` : ''} ·{' '}
                    {t(`custody.enums.requestKind.${r.kind}`)} · {r.borrowerName ?? r.customerName} ·{' '}
                    {r.reason}
                  </Typography.Text>
                  {r.irregular ? (
                    <Tag color="red" style={{ marginInlineStart: 8 }}>
                      {t('custody.keys.irregular')}
                    </Tag>
                  ) : null}
                </List.Item>
              );
            }}
          />
        </Card>
      ) : null}
      {keys.isError ? (
        <LoadFailed error={keys.error} onRetry={() => void keys.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<KeyDto>
            size="small"
            rowKey="keyId"
            loading={keys.isPending}
            dataSource={all}
            data-testid="keys-table"
            pagination={{ pageSize: 30, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: t('custody.keys.empty') }}
            onRow={(k) => ({ onClick: () => setOpenKey(k.keyId), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('custody.keys.col.number'), dataIndex: 'number', width: 90 },
              { title: t('custody.keys.col.slot'), dataIndex: 'cabinetSlot', width: 80 },
              { title: t('custody.keys.col.unit'), dataIndex: 'unitCode', width: 90 },
              {
                title: t('custody.keys.col.kind'),
                dataIndex: 'kind',
                width: 110,
                render: (k: KeyDto['kind']) => t(`custody.enums.keyKind.${k}`),
              },
              {
                title: t('custody.keys.col.state'),
                dataIndex: 'state',
                width: 100,
                render: (s: KeyDto['state'], k) => (
                  <Tag color={KEY_STATE_COLOUR[s]} data-testid={`key-state-${k.number}`}>
                    {t(`custody.enums.keyState.${s}`)}
                  </Tag>
                ),
              },
              {
                title: t('custody.keys.col.holder'),
                dataIndex: 'holderName',
                width: 130,
                render: (v: string) => v || t('custody.keys.none'),
              },
              { title: t('custody.keys.col.keeper'), dataIndex: 'keeperName', width: 130 },
              {
                title: t('custody.keys.col.entrusted'),
                key: 'entrusted',
                ellipsis: true,
                render: (_: unknown, k) =>
                  k.entrusted.map((e) => e.name).join('、') || t('custody.keys.none'),
              },
            ]}
          />
        </Card>
      )}
      <RegisterKeyModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(keyId) => {
          setRegistering(false);
          setOpenKey(keyId);
        }}
      />
      <KeyDrawer keyId={openKey} onClose={() => setOpenKey(null)} />
    </Flex>
  );
}
