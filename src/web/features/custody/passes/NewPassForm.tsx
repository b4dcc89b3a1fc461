/**
 * REL-1/REL-2: write the pass — unit, purpose, who carries (picked from the unit's people or
 * typed), the large items with quantities. Beside it the unit's context: whom to phone and
 * what it owes today (REL-3 before a move-out is even written), and recent removals.
 */
import { useState } from 'react';
import { App, Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { useLabel } from '../../../app/labels.ts';
import { UnitSelect } from '../../desk/UnitSelect.tsx';
import { passApi, usePassContext, useRefresh } from '../api.ts';
import { UnitContextCard } from './UnitContextCard.tsx';

const CARRIERS = ['company_staff', 'tenant', 'owner', 'family', 'domestic_helper'] as const;
const CATEGORIES = ['furniture', 'desk', 'computer', 'appliance', 'box', 'large_bag'] as const;

interface Values {
  unitId: string;
  purpose: 'temporary' | 'moving_out';
  purposeNote?: string;
  carrierType: (typeof CARRIERS)[number];
  customerId?: string;
  carrierName: string;
  carrierPhone?: string;
  carrierIdNumber?: string;
  items: { category: (typeof CATEGORIES)[number]; name: string; quantity: number }[];
}

export function NewPassForm({ onCreated }: { onCreated(passId: string): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const label = useLabel();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const unitId = Form.useWatch('unitId', form);
  const purpose = Form.useWatch('purpose', form);
  const context = usePassContext(projectId, unitId);
  const parties = context.data?.parties ?? [];

  const carrierId = Form.useWatch('customerId', form);
  const picked = parties.find((x) => x.customerId === carrierId);
  // The phone stays empty for a picked carrier: their archived number (shown masked, CUS-3) is kept unless another is typed.
  const pick = (customerId: string | undefined) => {
    const c = parties.find((x) => x.customerId === customerId);
    if (c) form.setFieldsValue({ carrierName: c.name, carrierPhone: '' });
  };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const p = await passApi.create(projectId, {
        ...v,
        purposeNote: v.purposeNote?.trim() ?? '',
        carrierPhone: v.carrierPhone?.trim() ?? '',
        carrierIdNumber: v.carrierIdNumber?.trim() ?? '',
      });
      message.success(t('custody.wizard.created'));
      await refresh();
      onCreated(p.passId);
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="pass"
      requiredMark={false}
      initialValues={{
        purpose: 'temporary',
        carrierType: 'company_staff',
        items: [{ category: 'computer', name: '', quantity: 1 }],
      }}
      onFinish={(v) => void submit(v)}
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            name="unitId"
            label={t('custody.wizard.unit')}
            rules={[{ required: true, message: t('custody.wizard.unitRequired') }]}
          >
            <UnitSelect />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="purpose" label={t('custody.wizard.purpose')}>
            <Radio.Group
              optionType="button"
              options={(['temporary', 'moving_out'] as const).map((v) => ({
                value: v,
                label: t(`custody.enums.purpose.${v}`),
              }))}
              data-testid="pass-purpose"
            />
          </Form.Item>
        </Col>
      </Row>
      {unitId && context.data ? (
        <UnitContextCard context={context.data} movingOut={purpose === 'moving_out'} />
      ) : null}
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col span={10}>
          <Form.Item name="carrierType" label={t('custody.wizard.carrierType')}>
            <Select
              options={CARRIERS.map((c) => ({ value: c, label: t(`custody.enums.carrierType.${c}`) }))}
              data-testid="pass-carrier-type"
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="customerId"
            label={t('custody.wizard.carrierPick')}
            extra={t('custody.wizard.carrierPickHint')}
          >
            <Select
              allowClear
              disabled={!parties.length}
              onChange={pick}
              options={parties.map((c) => ({
                value: c.customerId,
                label: `${c.name} · ${label('unitRelation', c.relation)}`,
              }))}
              data-testid="pass-carrier-pick"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="carrierName"
            label={t('custody.wizard.carrierName')}
            rules={[{ required: true, whitespace: true, message: t('custody.wizard.carrierNameRequired') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="carrierPhone" label={t('custody.wizard.carrierPhone')}>
            <Input
              maxLength={24}
              placeholder={
                picked?.phones[0] ? t('common.archivedPhone', { phone: picked.phones[0] }) : undefined
              }
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="carrierIdNumber"
            label={t('custody.wizard.carrierId')}
            tooltip={t('custody.wizard.carrierIdHint')}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('custody.wizard.items')} required>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start">
                  <Form.Item name={[f.name, 'category']} noStyle>
                    <Select
                      style={{ width: 150 }}
                      options={CATEGORIES.map((c) => ({ value: c, label: t(`custody.enums.category.${c}`) }))}
                      data-testid={`item-category-${f.name}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[
                      { required: true, whitespace: true, message: t('custody.wizard.itemNameRequired') },
                    ]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('custody.wizard.itemName')}
                      maxLength={60}
                      data-testid={`item-name-${f.name}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'quantity']} noStyle>
                    <InputNumber<number>
                      min={1}
                      max={999}
                      precision={0}
                      style={{ width: 90 }}
                      prefix="×"
                      data-testid={`item-quantity-${f.name}`}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    disabled={fields.length === 1}
                    onClick={() => remove(f.name)}
                    aria-label={t('common.delete')}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ category: 'box', name: '', quantity: 1 })}
                style={{ width: 160 }}
              >
                {t('custody.wizard.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="purposeNote" label={t('custody.wizard.purposeNote')}>
        <Input maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="pass-create">
        {t('custody.wizard.create')}
      </Button>
    </Form>
  );
}
