/** HND-2: the owner archive — emergency mobile, birthday, vehicles — and the safety responsibility letter signed. */
import { Button, DatePicker, Flex, Form, Input } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useStep, type HandoverDto } from '../api.ts';
import { SignatureInput, signatureRule, type SignatureBodyValue } from '../SignatureInput.tsx';
import { StepForm } from '../StepForm.tsx';

interface Values {
  emergencyPhone: string;
  birthday?: Dayjs;
  vehicles?: { plate: string; model?: string }[];
  safetyLetter: SignatureBodyValue;
}

export function ArchiveStep({ h }: { h: HandoverDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const step = useStep(projectId, 'handovers', h.handoverId);
  return (
    <StepForm<Values>
      form={form}
      testId="step-archive"
      hint={t('occupancy.handover.stepHint.archive')}
      submitLabel={t('occupancy.handover.archive.submit')}
      initialValues={{ safetyLetter: { signerName: h.owner?.name ?? '', method: 'pad' } }}
      onSubmit={(v) =>
        step.mutateAsync({
          step: 'archive',
          body: {
            emergencyPhone: v.emergencyPhone,
            birthday: v.birthday?.format('YYYY-MM-DD'),
            vehicles: v.vehicles
              ?.filter((x) => x.plate)
              .map((x) => ({ plate: x.plate, model: x.model ?? '' })),
            safetyLetter: v.safetyLetter,
          },
        })
      }
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="emergencyPhone"
          label={t('occupancy.handover.archive.emergencyPhone')}
          rules={[{ required: true, message: t('occupancy.common.required') }]}
        >
          <Input style={{ width: 200 }} maxLength={24} data-testid="archive-emergency" />
        </Form.Item>
        <Form.Item
          name="birthday"
          label={t('occupancy.handover.archive.birthday')}
          extra={t('occupancy.handover.archive.birthdayHint')}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('occupancy.handover.archive.vehicles')}>
        <Form.List name="vehicles">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="center">
                  <Form.Item name={[f.name, 'plate']} noStyle>
                    <Input
                      placeholder={t('occupancy.handover.archive.plate')}
                      style={{ width: 140 }}
                      maxLength={12}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'model']} noStyle>
                    <Input
                      placeholder={t('occupancy.handover.archive.model')}
                      style={{ width: 160 }}
                      maxLength={40}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ plate: '', model: '' })}
                style={{ width: 160 }}
              >
                {t('occupancy.handover.archive.addVehicle')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="safetyLetter"
        label={t('occupancy.handover.archive.safetyLetter')}
        rules={[signatureRule(t('occupancy.common.required'))]}
      >
        <SignatureInput testId="safety-letter" />
      </Form.Item>
    </StepForm>
  );
}
