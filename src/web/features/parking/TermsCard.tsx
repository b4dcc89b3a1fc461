/** 收费标准: the project's parking prices in effect today (PRK-2 rent and visitor tariff, PRK-3 card deposit). */
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../tickets/money.ts';
import type { ParkingTerms } from './api.ts';
import { useDurationText } from './duration.ts';

export function TermsCard({ terms, loading }: { terms: ParkingTerms | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const tariff = terms?.tariff;
  return (
    <Card
      size="small"
      title={t('parkingRentals.terms.title')}
      loading={loading}
      style={{ height: '100%' }}
      data-testid="parking-terms"
    >
      {terms && tariff ? (
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { width: 110 } }}
          items={[
            {
              key: 'monthly',
              label: t('parkingRentals.terms.monthly'),
              children: terms.monthly ? (
                t('parkingRentals.terms.perMonth', { amount: formatYuan(terms.monthly.amountFen) })
              ) : (
                <Typography.Text type="warning">{t('parkingRentals.terms.notPriced')}</Typography.Text>
              ),
            },
            {
              key: 'deposit',
              label: t('parkingRentals.terms.cardDeposit'),
              children: t('parkingRentals.terms.refundable', { amount: formatYuan(terms.cardDepositFen) }),
            },
            {
              key: 'temporary',
              label: t('parkingRentals.terms.temporary'),
              children: (
                <div>
                  {tariff.freeMinutes > 0 ? (
                    <div>{t('parkingRentals.terms.free', { duration: duration(tariff.freeMinutes) })}</div>
                  ) : null}
                  <div>
                    {t('parkingRentals.terms.tariff', {
                      first: duration(tariff.firstMinutes),
                      firstFee: formatYuan(tariff.firstFen),
                      hourFee: formatYuan(tariff.hourFen),
                    })}
                  </div>
                  <div>
                    {tariff.dailyCapFen > 0
                      ? t('parkingRentals.terms.cap', { amount: formatYuan(tariff.dailyCapFen) })
                      : t('parkingRentals.terms.noCap')}
                  </div>
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
