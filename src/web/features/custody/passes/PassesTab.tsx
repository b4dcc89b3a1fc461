/**
 * The release passes of the project, newest first (REL-1..5): state, number, carrier and
 * items at a glance, flagged removals marked (REL-2). A new pass, or any row, opens the
 * pass drawer at the step it has reached.
 */
import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { useDebounced } from '../../desk/use-debounced.ts';
import { usePasses, type PassDto } from '../api.ts';
import { PassDrawer } from './PassDrawer.tsx';
import { PASS_STATE_COLOUR, PASS_STATES } from './pass-labels.ts';

export function PassesTab() {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  const [state, setState] = useState<string | undefined>();
  const [text, setText] = useState('');
  const q = useDebounced(text, 250);
  const passes = usePasses(projectId, { state, q: q.trim() || undefined });
  const [open, setOpen] = useState<{ passId: string | null } | null>(null);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('custody.passes.allStates')}
            value={state}
            onChange={setState}
            options={PASS_STATES.map((s) => ({ value: s, label: t(`custody.enums.passState.${s}`) }))}
          />
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('custody.passes.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Flex>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpen({ passId: null })}
          data-testid="new-pass"
        >
          {t('custody.passes.new')}
        </Button>
      </Flex>
      {passes.isError ? (
        <LoadFailed error={passes.error} onRetry={() => void passes.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<PassDto>
            size="small"
            rowKey="passId"
            loading={passes.isPending}
            dataSource={passes.data ?? []}
            data-testid="passes-table"
            pagination={{ pageSize: 20, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
            locale={{ emptyText: t('custody.passes.empty') }}
            onRow={(p) => ({ onClick: () => setOpen({ passId: p.passId }), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: t('custody.passes.col.number'),
                dataIndex: 'number',
                width: 130,
                render: (n: string | null) =>
                  n ?? <Typography.Text type="secondary">{t('custody.passes.noNumber')}</Typography.Text>,
              },
              { title: t('custody.passes.col.unit'), dataIndex: 'unitCode', width: 90 },
              {
                title: t('custody.passes.col.carrier'),
                key: 'carrier',
                width: 180,
                render: (_: unknown, p) => (
                  <span>
                    {p.carrierName}{' '}
                    <Typography.Text type="secondary">
                      {t(`custody.enums.carrierType.${p.carrierType}`)}
                    </Typography.Text>
                  </span>
                ),
              },
              {
                title: t('custody.passes.col.purpose'),
                dataIndex: 'purpose',
                width: 100,
                render: (v: PassDto['purpose']) => t(`custody.enums.purpose.${v}`),
              },
              {
                title: t('custody.passes.col.items'),
                key: 'items',
                ellipsis: true,
                render: (_: unknown, p) =>
                  p.items
                    .map((i) => t('custody.passes.itemLine', { name: i.name, quantity: i.quantity }))
                    .join('、'),
              },
              {
                title: t('custody.passes.col.state'),
                dataIndex: 'state',
                width: 130,
                render: (s: PassDto['state'], p) => (
                  <Tooltip
                    title={p.refusal ? t(`custody.enums.refusal.${p.refusal as 'arrears'}`) : undefined}
                  >
                    <Tag color={PASS_STATE_COLOUR[s]} data-testid={`pass-state-${p.passId}`}>
                      {t(`custody.enums.passState.${s}`)}
                    </Tag>
                  </Tooltip>
                ),
              },
              {
                title: t('custody.passes.col.flags'),
                dataIndex: 'flags',
                width: 150,
                render: (f: string[]) =>
                  f.map((x) => (
                    <Tag key={x} color="orange">
                      {t(`custody.enums.flag.${x as 'frequent'}`)}
                    </Tag>
                  )),
              },
              {
                title: t('custody.passes.col.createdAt'),
                dataIndex: 'createdAt',
                width: 140,
                render: (v: string) => fmt(v),
              },
            ]}
          />
        </Card>
      )}
      <PassDrawer
        open={open !== null}
        passId={open?.passId ?? null}
        onCreated={(passId) => setOpen({ passId })}
        onClose={() => setOpen(null)}
      />
    </Flex>
  );
}
