/**
 * HND-4: keys and both handbooks handed over; what is left to rectify is listed, and one key
 * may be kept for the repairs — only while items remain and with the owner's consent; the
 * kept key goes into the key register in the cabinet slot named here.
 */
import { Button, Checkbox, Flex, Form, Input, InputNumber } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useStep, type HandoverDto } from '../api.ts';
import { StepForm } from '../StepForm.tsx';

interface Values {
  keysHanded: number;
  ownerHandbook: boolean;
  renovationHandbook: boolean;
  rectificationItems: { description: string; location: string }[];
  keyKept: boolean;
  ownerConsent: boolean;
  keyCabinetSlot: string;
}

export function KeysStep({ h }: { h: HandoverDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const step = useStep(projectId, 'handovers', h.handoverId);
  const items = Form.useWatch('rectificationItems', form) ?? [];
  const keyKept = Form.useWatch('keyKept', form);
  const hasItems = items.some((i) => i?.description?.trim());
  return (
    <StepForm<Values>
      form={form}
      testId="step-keys"
      hint={t('occupancy.handover.stepHint.keys')}
      submitLabel={t('occupancy.handover.keys.submit')}
      initialValues={{
        keysHanded: 3,
        ownerHandbook: false,
        renovationHandbook: false,
        rectificationItems: [],
        keyKept: false,
        ownerConsent: false,
        keyCabinetSlot: '',
      }}
      onSubmit={(v) => {
        const rectificationItems = (v.rectificationItems ?? [])
          .filter((i) => i.description?.trim())
          .map((i) => ({ description: i.description, location: i.location ?? '' }));
        const kept = rectificationItems.length > 0 && v.keyKept;
        return step.mutateAsync({
          step: 'keys',
          body: {
            ...v,
            rectificationItems,
            keyKept: kept,
            ownerConsent: kept && v.ownerConsent,
            keyCabinetSlot: kept ? (v.keyCabinetSlot ?? '').trim() : '',
          },
        });
      }}
    >
      <Flex gap={24} wrap align="flex-end">
        <Form.Item name="keysHanded" label={t('occupancy.handover.keys.keysHanded')}>
          <InputNumber min={0} max={50} style={{ width: 120 }} data-testid="keys-handed" />
        </Form.Item>
        <Form.Item name="ownerHandbook" valuePropName="checked">
          <Checkbox data-testid="keys-owner-handbook">{t('occupancy.handover.keys.ownerHandbook')}</Checkbox>
        </Form.Item>
        <Form.Item name="renovationHandbook" valuePropName="checked">
          <Checkbox data-testid="keys-renovation-handbook">
            {t('occupancy.handover.keys.renovationHandbook')}
          </Checkbox>
        </Form.Item>
      </Flex>
      <Form.Item label={t('occupancy.handover.keys.items')}>
        <Form.List name="rectificationItems">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="center">
                  <Form.Item name={[f.name, 'location']} noStyle>
                    <Input
                      placeholder={t('occupancy.handover.keys.location')}
                      style={{ width: 120 }}
                      maxLength={60}
                      data-testid={`item-location-${f.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']} noStyle>
                    <Input
                      placeholder={t('occupancy.handover.keys.description')}
                      style={{ width: 360 }}
                      maxLength={200}
                      data-testid={`item-description-${f.name}`}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ description: '', location: '' })}
                style={{ width: 180 }}
                data-testid="item-add"
              >
                {t('occupancy.handover.keys.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Flex gap={24} wrap>
        <Form.Item name="keyKept" valuePropName="checked">
          <Checkbox disabled={!hasItems} data-testid="keys-kept">
            {t('occupancy.handover.keys.keyKept')}
          </Checkbox>
        </Form.Item>
        <Form.Item name="ownerConsent" valuePropName="checked">
          <Checkbox disabled={!hasItems || !keyKept} data-testid="keys-consent">
            {t('occupancy.handover.keys.ownerConsent')}
          </Checkbox>
        </Form.Item>
        {hasItems && keyKept ? (
          <Form.Item
            name="keyCabinetSlot"
            label={t('occupancy.handover.keys.cabinetSlot')}
            extra={t('occupancy.handover.keys.cabinetSlotHelp')}
            style={{ marginTop: -8 }}
          >
            <Input maxLength={20} style={{ width: 140 }} placeholder="A-12" data-testid="keys-slot" />
          </Form.Item>
        ) : null}
      </Flex>
    </StepForm>
  );
}
