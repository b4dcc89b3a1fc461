/** A fee item's price as the cashier says it: "¥25.00 /m²·月", "¥1.20 /kWh", "¥100.00 /月", or the parking tariff. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../tickets/money.ts';
import { formatRate, meterUnit } from './quantities.ts';
import type { FeeItemDto } from './setup-api.ts';

export function usePriceText(): (item: FeeItemDto) => string {
  const { t } = useTranslation();
  return useCallback(
    (i: FeeItemDto) => {
      const amount = formatYuan(i.amountFen ?? 0);
      const rate = formatRate(i.rateMillifen ?? 0);
      switch (i.kind) {
        case 'area':
          return t('billing.setup.fee.price.perArea', { rate });
        case 'metered':
          return t('billing.setup.fee.price.perUnit', { rate, unit: meterUnit(i.meterKind ?? '') });
        case 'fixed':
        case 'parking_monthly':
          return t('billing.setup.fee.price.perMonth', { amount });
        case 'service':
          return t('billing.setup.fee.price.perUse', { amount });
        case 'hourly':
          return t('billing.setup.fee.price.perHour', { amount });
        case 'deposit':
          return amount;
        case 'parking_temporary': {
          if (!i.tariff) return '—';
          const tariff = t('billing.setup.fee.price.tariff', {
            minutes: i.tariff.firstMinutes,
            first: formatYuan(i.tariff.firstFen),
            hour: formatYuan(i.tariff.hourFen),
            cap: formatYuan(i.tariff.dailyCapFen),
          });
          return i.tariff.freeMinutes > 0
            ? `${t('billing.setup.fee.price.free', { minutes: i.tariff.freeMinutes })}${tariff}`
            : tariff;
        }
      }
    },
    [t],
  );
}
