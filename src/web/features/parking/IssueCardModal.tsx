/** 发IC卡 (PRK-3): a card for a monthly renter, against the project's card deposit. */
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../tickets/money.ts';
import { useParkingWrites, type RegisterRow } from './api.ts';
import { CardMoneyModal } from './CardMoneyModal.tsx';
import { useLastNonNull } from './use-last-non-null.ts';

export function IssueCardModal({
  projectId,
  rental,
  depositFen,
  onClose,
}: {
  projectId: string;
  rental: RegisterRow | null;
  depositFen: number | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const writes = useParkingWrites(projectId);
  const shown = useLastNonNull(rental);
  return (
    <CardMoneyModal
      open={rental !== null}
      title={t('parkingRentals.card.issueTitle', { plate: shown?.plate ?? '' })}
      amountLabel={t('parkingRentals.card.deposit')}
      amountFen={depositFen}
      hint={t('parkingRentals.card.depositHint')}
      methodLabel={t('parkingRentals.card.method')}
      okText={t('parkingRentals.card.issueSubmit')}
      testId="issue-card"
      onClose={onClose}
      onSubmit={async (v) => {
        if (!rental) return;
        const card = await writes.issueCard(rental.rentalId, v);
        // The amount the server booked, which is the one on the receipt.
        message.success(
          t('parkingRentals.card.issued', { card: card.cardNo, amount: formatYuan(card.depositFen) }),
        );
        onClose();
      }}
    >
      <Form.Item
        name="cardNo"
        label={t('parkingRentals.card.cardNo')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={30} autoComplete="off" autoFocus />
      </Form.Item>
    </CardMoneyModal>
  );
}
