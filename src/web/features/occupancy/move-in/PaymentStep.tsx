/** HND-6: the cashier takes the management-fee deposit and records the rent, rent-deposit and parking receipts. */
import { Alert, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { yuanToFen } from '../../tickets/money.ts';
import { useStep, type MoveInDto } from '../api.ts';
import { StepForm } from '../StepForm.tsx';

interface Values {
  depositYuan: number;
  method: 'cash' | 'transfer' | 'card';
  depositReceipt: string;
  rentReceiptNo: string;
  rentDepositReceiptNo: string;
  parkingReceiptNo?: string;
}

export function PaymentStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const [form] = Form.useForm<Values>();
  const step = useStep(projectId, 'move-ins', m.moveInId);
  if (!can('billing.collect'))
    return (
      <Alert
        type="warning"
        showIcon
        message={t('occupancy.common.waitingFor', { who: t('occupancy.common.cashier') })}
        description={t('occupancy.moveIn.payment.waiting')}
        data-testid="payment-waiting"
      />
    );
  const required = [{ required: true, message: t('occupancy.common.required') }];
  return (
    <StepForm<Values>
      form={form}
      testId="step-payment"
      hint={t('occupancy.moveIn.stepHint.payment')}
      submitLabel={t('occupancy.moveIn.payment.submit')}
      initialValues={{ method: 'transfer' }}
      onSubmit={(v) =>
        step.mutateAsync({
          step: 'payment',
          body: {
            managementDeposit: {
              amountFen: yuanToFen(v.depositYuan),
              method: v.method,
              receiptNo: v.depositReceipt,
            },
            rentReceiptNo: v.rentReceiptNo,
            rentDepositReceiptNo: v.rentDepositReceiptNo,
            parkingReceiptNo: v.parkingReceiptNo || undefined,
          },
        })
      }
    >
      <Flex gap={16} wrap>
        <Form.Item name="depositYuan" label={t('occupancy.moveIn.payment.deposit')} rules={required}>
          <InputNumber min={0.01} precision={2} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="method" label={t('occupancy.moveIn.payment.method')}>
          <Select
            style={{ width: 140 }}
            options={(['cash', 'transfer', 'card'] as const).map((x) => ({
              value: x,
              label: t(`billing.method.${x}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="depositReceipt"
          label={t('occupancy.moveIn.payment.depositReceipt')}
          rules={required}
        >
          <Input style={{ width: 180 }} maxLength={40} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="rentReceiptNo" label={t('occupancy.moveIn.payment.rentReceipt')} rules={required}>
          <Input style={{ width: 180 }} maxLength={40} />
        </Form.Item>
        <Form.Item
          name="rentDepositReceiptNo"
          label={t('occupancy.moveIn.payment.rentDepositReceipt')}
          rules={required}
        >
          <Input style={{ width: 180 }} maxLength={40} />
        </Form.Item>
        <Form.Item name="parkingReceiptNo" label={t('occupancy.moveIn.payment.parkingReceipt')}>
          <Input style={{ width: 180 }} maxLength={40} />
        </Form.Item>
      </Flex>
    </StepForm>
  );
}
