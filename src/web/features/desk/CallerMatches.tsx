/**
 * The callers whose number matches what was typed (TKT-1 caller ID): name, company, units;
 * the highlighted one is taken with Enter, ↑/↓ move the highlight, the last row is 新客户.
 */
import { Flex, Spin, Typography, theme } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import type { Customer } from '../tickets/types.ts';

export function CallerMatches({
  matches,
  loading,
  active,
  onPick,
}: {
  matches: Customer[];
  loading: boolean;
  active: number;
  onPick(index: number): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { token } = theme.useToken();
  const row = (i: number) => ({
    padding: '6px 10px',
    cursor: 'pointer',
    background: i === active ? token.controlItemBgActive : undefined,
    borderInlineStart: `3px solid ${i === active ? token.colorPrimary : 'transparent'}`,
  });
  return (
    <div
      role="listbox"
      data-testid="caller-matches"
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        marginTop: -16,
        marginBottom: 16,
      }}
    >
      {loading && matches.length === 0 ? (
        <Flex gap={8} style={{ padding: '6px 10px' }}>
          <Spin size="small" />
          <Typography.Text type="secondary">{t('desk.searching')}</Typography.Text>
        </Flex>
      ) : null}
      {!loading && matches.length === 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '6px 10px' }}>
          {t('desk.noMatch')}
        </Typography.Text>
      ) : null}
      {matches.map((c, i) => (
        <div
          key={c.customerId}
          role="option"
          aria-selected={i === active}
          style={row(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(i)}
          data-testid="caller-match"
        >
          <Typography.Text strong>{c.name}</Typography.Text>
          {c.company ? <Typography.Text type="secondary"> · {c.company}</Typography.Text> : null}
          {c.units.length ? (
            <Typography.Text>
              {' '}
              ·{' '}
              {c.units
                .map((u) =>
                  t('desk.unitRelation', { unit: u.code, relation: label('unitRelation', u.relation) }),
                )
                .join(t('desk.listSeparator'))}
            </Typography.Text>
          ) : null}
        </div>
      ))}
      <div
        role="option"
        aria-selected={active === matches.length}
        style={row(matches.length)}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onPick(matches.length)}
        data-testid="caller-new"
      >
        <UserAddOutlined style={{ color: token.colorPrimary, marginInlineEnd: 6 }} />
        <Typography.Text>{t('desk.newCustomer')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          · {t('desk.newCustomerHint')}
        </Typography.Text>
      </div>
    </div>
  );
}
