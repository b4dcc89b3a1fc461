/**
 * HND-6/MVI-2: the documents the tenant signs, one signature each (on the pad, or the signed
 * paper's scan) — the vehicle registration only with vehicles — and the archive's emergency
 * contact and vehicles.
 */
import { Button, Flex, Form, Input } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useStep, type MoveInDto } from '../api.ts';
import { SignatureInput, signatureRule, type SignatureBodyValue } from '../SignatureInput.tsx';
import { StepForm } from '../StepForm.tsx';

const DOCS = [
  'safety_fire_letter',
  'handbook_pledge',
  'emergency_contact_form',
  'tenant_info_form',
  'vehicle_registration',
] as const;

interface Values {
  emergencyPhone: string;
  vehicles?: { plate: string; model?: string }[];
  documents: Partial<Record<(typeof DOCS)[number], SignatureBodyValue>>;
}

export function DocumentsStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const step = useStep(projectId, 'move-ins', m.moveInId);
  const vehicles = (Form.useWatch('vehicles', form) ?? []).filter((v) => v?.plate?.trim());
  const docs = DOCS.filter((d) => d !== 'vehicle_registration' || vehicles.length > 0);
  const signer = { signerName: '', method: 'paper' as const };
  return (
    <StepForm<Values>
      form={form}
      testId="step-documents"
      hint={t('occupancy.moveIn.stepHint.documents')}
      submitLabel={t('occupancy.moveIn.documents.submit')}
      initialValues={{ documents: Object.fromEntries(DOCS.map((d) => [d, signer])) }}
      onSubmit={(v) => {
        const plates = (v.vehicles ?? [])
          .filter((x) => x.plate?.trim())
          .map((x) => ({ plate: x.plate, model: x.model ?? '' }));
        return step.mutateAsync({
          step: 'documents',
          body: {
            emergencyPhone: v.emergencyPhone,
            vehicles: plates,
            documents: Object.fromEntries(docs.map((d) => [d, v.documents[d]])),
          },
        });
      }}
    >
      <Form.Item
        name="emergencyPhone"
        label={t('occupancy.moveIn.documents.emergencyPhone')}
        rules={[{ required: true, message: t('occupancy.common.required') }]}
      >
        <Input style={{ width: 200 }} maxLength={24} />
      </Form.Item>
      <Form.Item label={t('occupancy.moveIn.documents.vehicles')}>
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
      {docs.map((d) => (
        <Form.Item
          key={d}
          name={['documents', d]}
          label={t(`occupancy.moveIn.documents.docs.${d}`)}
          rules={[signatureRule(t('occupancy.common.required'))]}
        >
          <SignatureInput testId={`doc-${d}`} />
        </Form.Item>
      ))}
    </StepForm>
  );
}
