/** A workflow state as a coloured tag: done green, refused/cancelled grey, in progress blue. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { moveoutZh } from './messages.zh.ts';

type State = keyof typeof moveoutZh.state;
type RefundStatus = keyof typeof moveoutZh.deposit.status;

const COLOR: Record<string, string> = { completed: 'green', cancelled: 'default' };

export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[state] ?? 'blue'} data-testid="state-tag">
      {t(`moveout.state.${state as State}`)}
    </Tag>
  );
}

const REFUND_COLOR: Record<string, string> = {
  overdue: 'red',
  due: 'orange',
  refunded: 'green',
  not_due_yet: 'default',
};

export function RefundTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={REFUND_COLOR[status] ?? 'default'} data-testid="refund-status">
      {t(`moveout.deposit.status.${status as RefundStatus}`)}
    </Tag>
  );
}
