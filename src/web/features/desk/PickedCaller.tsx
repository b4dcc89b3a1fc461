/** The caller taken from the matches, shown instead of the name fields, with a way to change it. */
import { Button, Flex, Typography, theme } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../app/labels.ts';
import type { Customer } from '../tickets/types.ts';

export function PickedCaller({ customer, onChange }: { customer: Customer; onChange(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { token } = theme.useToken();
  return (
    <Flex
      align="center"
      justify="space-between"
      gap={8}
      data-testid="picked-caller"
      style={{
        background: token.colorPrimaryBg,
        border: `1px solid ${token.colorPrimaryBorder}`,
        borderRadius: token.borderRadius,
        padding: '6px 10px',
        marginBottom: 16,
      }}
    >
      <span>
        <UserOutlined style={{ color: token.colorPrimary, marginInlineEnd: 8 }} />
        <Typography.Text strong>{customer.name}</Typography.Text>
        {customer.company ? <Typography.Text type="secondary"> · {customer.company}</Typography.Text> : null}
        {customer.units.length ? (
          <Typography.Text>
            {' '}
            ·{' '}
            {customer.units
              .map((u) =>
                t('desk.unitRelation', { unit: u.code, relation: label('unitRelation', u.relation) }),
              )
              .join(t('desk.listSeparator'))}
          </Typography.Text>
        ) : null}
      </span>
      <Button size="small" type="link" onClick={onChange}>
        {t('desk.change')}
      </Button>
    </Flex>
  );
}
