/**
 * The monthly rental register on screen (PRK-4): PRK-4's columns plus the unit, the space and
 * the card with the deposit it holds, so the card is issued or taken back from its row.
 * Rentals inside their expiry-reminder week are tagged, as the reminder went out for them.
 */
import type { HTMLAttributes } from 'react';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../tickets/money.ts';
import type { RegisterRow } from './api.ts';

const secondary = { fontSize: 12, display: 'block' } as const;

export function RegisterTable({
  rows,
  loading,
  canCollect,
  onIssue,
  onReturn,
}: {
  rows: RegisterRow[];
  loading: boolean;
  canCollect: boolean;
  onIssue(r: RegisterRow): void;
  onReturn(r: RegisterRow): void;
}) {
  const { t } = useTranslation();
  const day = (d: string) => dayjs(d).format(t('format.date'));
  return (
    <Table<RegisterRow>
      size="small"
      rowKey="rentalId"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('parkingRentals.empty') }}
      scroll={{ x: 1040 }}
      data-testid="rental-register"
      onRow={(r) => ({ 'data-testid': 'rental-row', 'data-plate': r.plate }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'registeredOn',
          title: t('parkingRentals.col.registeredOn'),
          width: 100,
          render: (_, r) => day(r.registeredOn),
        },
        {
          key: 'customer',
          title: t('parkingRentals.col.customer'),
          // Wide enough for a company's name on one line (华信证券北京分公司); the model column gives way.
          width: 190,
          render: (_, r) => (
            <>
              <Typography.Text>{r.customerName}</Typography.Text>
              <Typography.Text type="secondary" style={secondary}>
                {r.unitCode}
              </Typography.Text>
            </>
          ),
        },
        { key: 'phone', title: t('parkingRentals.col.phone'), dataIndex: 'phone', width: 116 },
        { key: 'carModel', title: t('parkingRentals.col.carModel'), dataIndex: 'carModel' },
        {
          key: 'plate',
          title: t('parkingRentals.col.plate'),
          width: 100,
          render: (_, r) => <Typography.Text strong>{r.plate}</Typography.Text>,
        },
        {
          key: 'startDay',
          title: t('parkingRentals.col.startDay'),
          width: 100,
          render: (_, r) => day(r.startDay),
        },
        {
          key: 'endDay',
          title: t('parkingRentals.col.endDay'),
          width: 112,
          render: (_, r) => (
            <>
              {day(r.endDay)}
              {r.endsSoon ? (
                <Tooltip title={t('parkingRentals.endsSoonHint')}>
                  <Tag
                    color="orange"
                    style={{ marginInlineStart: 0, display: 'table' }}
                    data-testid="ends-soon"
                  >
                    {t('parkingRentals.endsSoon')}
                  </Tag>
                </Tooltip>
              ) : null}
            </>
          ),
        },
        {
          key: 'space',
          title: t('parkingRentals.col.space'),
          width: 64,
          render: (_, r) => r.spaceCode ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
        {
          key: 'card',
          title: t('parkingRentals.col.card'),
          width: 112,
          render: (_, r) =>
            r.cardNo ? (
              <span data-testid="card-cell">
                <Typography.Text>{r.cardNo}</Typography.Text>
                <Typography.Text type="secondary" style={secondary}>
                  {t('parkingRentals.depositHeld', { amount: formatYuan(r.cardDepositFen ?? 0) })}
                </Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{t('parkingRentals.noCard')}</Typography.Text>
            ),
        },
        ...(canCollect
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 96,
                fixed: 'right' as const,
                render: (_: unknown, r: RegisterRow) =>
                  r.cardId ? (
                    <Button size="small" onClick={() => onReturn(r)} data-testid="return-card">
                      {t('parkingRentals.returnCard')}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      type="primary"
                      ghost
                      onClick={() => onIssue(r)}
                      data-testid="issue-card"
                    >
                      {t('parkingRentals.issueCard')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
