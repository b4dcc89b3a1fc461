/** MVI-2: the service information given, who pays from when — then the internal notice goes out and the move-in is complete. */
import { Checkbox, DatePicker, Flex, Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useStep, type MoveInDto } from '../api.ts';
import { StepForm } from '../StepForm.tsx';

interface Values {
  billingFrom: Dayjs;
  payer: 'tenant' | 'owner';
  hotline: boolean;
  telecom: boolean;
  parkingCard: boolean;
}

export function NoticeStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const step = useStep(projectId, 'move-ins', m.moveInId);
  return (
    <StepForm<Values>
      form={form}
      testId="step-notice"
      hint={t('occupancy.moveIn.stepHint.notice')}
      submitLabel={t('occupancy.moveIn.notice.submit')}
      initialValues={{
        billingFrom: m.lease ? dayjs(m.lease.start) : undefined,
        payer: 'tenant',
        hotline: false,
        telecom: false,
        parkingCard: false,
      }}
      onSubmit={(v) =>
        step.mutateAsync({
          step: 'notice',
          body: {
            billingFrom: v.billingFrom.format('YYYY-MM-DD'),
            payer: v.payer,
            serviceInfo: { hotline: v.hotline, telecom: v.telecom, parkingCard: v.parkingCard },
          },
        })
      }
    >
      <Flex gap={24} wrap>
        <Form.Item
          name="billingFrom"
          label={t('occupancy.moveIn.notice.billingFrom')}
          rules={[{ required: true, message: t('occupancy.common.required') }]}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="payer" label={t('occupancy.moveIn.notice.payer')}>
          <Radio.Group
            options={(['tenant', 'owner'] as const).map((p) => ({
              value: p,
              label: t(`occupancy.moveIn.notice.payers.${p}`),
            }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={t('occupancy.moveIn.notice.service')}>
        <Flex gap={16} wrap>
          {(['hotline', 'telecom', 'parkingCard'] as const).map((k) => (
            <Form.Item key={k} name={k} valuePropName="checked" noStyle>
              <Checkbox>{t(`occupancy.moveIn.notice.${k}`)}</Checkbox>
            </Form.Item>
          ))}
        </Flex>
      </Form.Item>
    </StepForm>
  );
}
