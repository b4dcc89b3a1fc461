/** Take a payment against one bill (FEE-6): never more than it still owes — the server refuses, the form warns first. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { formatYuan } from '../tickets/money.ts';
import { useBillingWrites } from './api.ts';
import { MoneyModal } from './MoneyModal.tsx';

export interface PayableBill {
  billId: string;
  customerId: string;
  customerName: string;
  unitCode: string;
  period: string;
  totalFen: number;
  outstandingFen: number;
}

export function PaymentModal({ bill, onClose }: { bill: PayableBill | null; onClose(): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const writes = useBillingWrites(projectId);
  return (
    <MoneyModal
      open={bill !== null}
      title={t('billing.pay.title')}
      submitLabel={t('billing.pay.submit')}
      defaultFen={bill?.outstandingFen}
      maxFen={bill?.outstandingFen}
      summary={
        bill ? (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('billing.col.unit')}>{bill.unitCode}</Descriptions.Item>
            <Descriptions.Item label={t('billing.col.period')}>{bill.period}</Descriptions.Item>
            <Descriptions.Item label={t('billing.col.customer')} span={2}>
              {bill.customerName}
            </Descriptions.Item>
            <Descriptions.Item label={t('billing.col.total')}>{formatYuan(bill.totalFen)}</Descriptions.Item>
            <Descriptions.Item label={t('billing.col.outstanding')}>
              <strong data-testid="pay-outstanding">{formatYuan(bill.outstandingFen)}</strong>
            </Descriptions.Item>
          </Descriptions>
        ) : null
      }
      onSubmit={async (v) =>
        (
          await writes.pay({
            billId: bill!.billId,
            customerId: bill!.customerId,
            ...v,
            note: v.note || undefined,
          })
        ).entry
      }
      onClose={onClose}
    />
  );
}
