/**
 * HND-6: the joint inspection with engineering and security — fixtures counted, each meter's
 * first reading, keys, parking — and the customer's signature on the handover record.
 */
import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useMoveInMeters, useStep, type MoveInDto } from '../api.ts';
import { SignatureInput, signatureRule, type SignatureBodyValue } from '../SignatureInput.tsx';
import { StepForm } from '../StepForm.tsx';

const CONDITIONS = ['good', 'damaged', 'missing'] as const;

interface Values {
  engineeringName: string;
  securityName: string;
  fixtures: { name: string; quantity: number; condition: (typeof CONDITIONS)[number] }[];
  readings: Record<string, number>;
  keysHanded: number;
  parkingNote?: string;
  customerSignature: SignatureBodyValue;
}

export function InspectionStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const meters = useMoveInMeters(projectId, m.moveInId);
  const step = useStep(projectId, 'move-ins', m.moveInId);
  const required = [{ required: true, message: t('occupancy.common.required') }];
  return (
    <StepForm<Values>
      form={form}
      testId="step-inspection"
      hint={t('occupancy.moveIn.stepHint.inspection')}
      submitLabel={t('occupancy.moveIn.inspection.submit')}
      initialValues={{
        fixtures: [{ name: '', quantity: 1, condition: 'good' }],
        keysHanded: 2,
        customerSignature: { signerName: m.tenant?.name ?? '', method: 'pad' },
      }}
      onSubmit={(v) =>
        step.mutateAsync({
          step: 'inspection',
          body: {
            ...v,
            parkingNote: v.parkingNote ?? '',
            fixtures: v.fixtures.filter((f) => f.name?.trim()),
            readings: (meters.data ?? []).map((x) => ({
              meterId: x.meterId,
              valueCenti: Math.round((v.readings?.[x.meterId] ?? 0) * 100),
            })),
          },
        })
      }
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="engineeringName"
          label={t('occupancy.moveIn.inspection.engineering')}
          rules={required}
        >
          <Input style={{ width: 160 }} maxLength={40} />
        </Form.Item>
        <Form.Item name="securityName" label={t('occupancy.moveIn.inspection.security')} rules={required}>
          <Input style={{ width: 160 }} maxLength={40} />
        </Form.Item>
        <Form.Item name="keysHanded" label={t('occupancy.moveIn.inspection.keys')}>
          <InputNumber min={0} max={50} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="parkingNote" label={t('occupancy.moveIn.inspection.parking')}>
          <Input style={{ width: 200 }} maxLength={120} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('occupancy.moveIn.inspection.fixtures')}>
        <Form.List name="fixtures">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="center">
                  <Form.Item name={[f.name, 'name']} noStyle>
                    <Input
                      placeholder={t('occupancy.moveIn.inspection.fixture')}
                      style={{ width: 220 }}
                      maxLength={40}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} noStyle>
                    <InputNumber min={0} max={999} style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'condition']} noStyle>
                    <Select
                      style={{ width: 110 }}
                      options={CONDITIONS.map((c) => ({
                        value: c,
                        label: t(`occupancy.moveIn.inspection.conditions.${c}`),
                      }))}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', quantity: 1, condition: 'good' })}
                style={{ width: 160 }}
              >
                {t('occupancy.moveIn.inspection.addFixture')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={t('occupancy.moveIn.inspection.readings')}>
        {meters.data?.length ? (
          <Flex vertical gap={8}>
            {meters.data.map((x) => (
              <Flex key={x.meterId} gap={8} align="center">
                <Typography.Text style={{ width: 220 }}>
                  {t(`occupancy.moveIn.inspection.meterKinds.${x.kind as 'electricity'}`)} {x.code}
                </Typography.Text>
                <Form.Item name={['readings', x.meterId]} noStyle rules={required}>
                  <InputNumber
                    min={0}
                    precision={2}
                    style={{ width: 160 }}
                    placeholder={t('occupancy.moveIn.inspection.reading')}
                  />
                </Form.Item>
              </Flex>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('occupancy.moveIn.inspection.noMeters')}</Typography.Text>
        )}
      </Form.Item>
      <Form.Item
        name="customerSignature"
        label={t('occupancy.moveIn.inspection.customerSignature')}
        rules={[signatureRule(t('occupancy.common.required'))]}
      >
        <SignatureInput testId="inspection-signature" />
      </Form.Item>
    </StepForm>
  );
}
