/** 退卡 (PRK-3): the card comes back and what its deposit still holds is paid back. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../tickets/money.ts';
import { useParkingWrites, type RegisterRow } from './api.ts';
import { CardMoneyModal } from './CardMoneyModal.tsx';
import { useLastNonNull } from './use-last-non-null.ts';

export function ReturnCardModal({
  projectId,
  rental,
  onClose,
}: {
  projectId: string;
  rental: RegisterRow | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const writes = useParkingWrites(projectId);
  const shown = useLastNonNull(rental);
  return (
    <CardMoneyModal
      open={rental !== null}
      title={t('parkingRentals.card.returnTitle', { card: shown?.cardNo ?? '' })}
      amountLabel={t('parkingRentals.card.refund')}
      amountFen={shown?.cardDepositFen ?? undefined}
      hint={t('parkingRentals.card.refundHint')}
      methodLabel={t('parkingRentals.card.refundMethod')}
      okText={t('parkingRentals.card.returnSubmit')}
      testId="return-card"
      onClose={onClose}
      onSubmit={async (v) => {
        if (!rental?.cardId) return;
        const card = await writes.returnCard(rental.cardId, { method: v.method, receiptNo: v.receiptNo });
        // No entry means the deposit had already been settled (deducted): nothing was paid out.
        message.success(
          t('parkingRentals.card.returned', {
            card: card.cardNo,
            amount: formatYuan(card.entry ? card.depositFen : 0),
          }),
        );
        onClose();
      }}
    />
  );
}
