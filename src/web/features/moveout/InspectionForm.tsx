/**
 * MVO-3: the joint inspection with engineering — the fixtures counted (checked against the
 * move-in inventory on the server), every meter read, the tenant signing, and whether the
 * unit must be restored first. Recorded again after a restoration.
 */
import {
  Alert,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useStep, useUnitMeters, type MoveOutDto } from './api.ts';
import { SignerFields, toSignature, type SignerValue } from './SignerFields.tsx';

const CONDITIONS = ['good', 'damaged', 'missing'] as const;

interface Values {
  fixtures: { name: string; quantity: number; condition: string }[];
  readings: Record<string, number | null>;
  engineerName: string;
  restorationRequired: boolean;
  restorationNote?: string;
  tenant: SignerValue;
}

const centi = (v: number) => Math.round(v * 100);
const units = (c: number) => (c / 100).toFixed(2);

export function InspectionForm({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const meters = useUnitMeters(projectId, m.unitId);
  const step = useStep<MoveOutDto>(projectId);
  const restoration = Form.useWatch('restorationRequired', form);
  const readSince = (readAt: string | undefined) => !!readAt && readAt >= m.notice.at;

  const submit = async (v: Values) => {
    const readings = Object.entries(v.readings ?? {}).flatMap(([meterId, value]) =>
      value === null || value === undefined ? [] : [{ meterId, valueCenti: centi(value) }],
    );
    try {
      await step.mutateAsync({
        path: `move-outs/${m.moveOutId}/inspection`,
        body: {
          fixtures: v.fixtures,
          readings,
          engineerName: v.engineerName,
          restorationRequired: v.restorationRequired,
          restorationNote: v.restorationNote ?? '',
          tenantSignature: toSignature(v.tenant),
        },
      });
      message.success(t('moveout.saved'));
    } catch (err) {
      report(err, { form });
    }
  };

  return (
    <Form
      form={form}
      name="inspection"
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      initialValues={{
        fixtures: m.inspection?.fixtures ?? [{ name: '', quantity: 1, condition: 'good' }],
        restorationRequired: false,
        tenant: { signerName: m.notice.contactName },
      }}
      data-testid="inspection-form"
    >
      {m.inspection && !m.inspection.passedAt ? (
        <Alert
          type="warning"
          showIcon
          title={t('moveout.inspect.notPassed')}
          description={m.inspection.restorationNote}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Typography.Title level={5}>{t('moveout.inspect.fixtures')}</Typography.Title>
      <Form.List name="fixtures">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Input
                    placeholder={t('moveout.inspect.name')}
                    maxLength={60}
                    style={{ width: 180 }}
                    data-testid={`fixture-name-${f.name}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'quantity']}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <InputNumber
                    min={0}
                    max={999}
                    placeholder={t('moveout.inspect.quantity')}
                    style={{ width: 90 }}
                    data-testid={`fixture-qty-${f.name}`}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'condition']}>
                  <Select
                    style={{ width: 110 }}
                    options={CONDITIONS.map((c) => ({ value: c, label: t(`moveout.condition.${c}`) }))}
                  />
                </Form.Item>
                {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(f.name)} /> : null}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', quantity: 1, condition: 'good' })}
              style={{ marginBottom: 16 }}
              data-testid="fixture-add"
            >
              {t('moveout.inspect.addFixture')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t('moveout.inspect.readings')}</Typography.Title>
      {(meters.data ?? []).length === 0 ? (
        <Typography.Paragraph type="secondary">{t('moveout.inspect.noMeters')}</Typography.Paragraph>
      ) : null}
      {(meters.data ?? []).map((meter) => (
        <Form.Item
          key={meter.meterId}
          name={['readings', meter.meterId]}
          label={`${meter.code}${meter.lastReading ? `（${t('moveout.inspect.last', { value: units(meter.lastReading.valueCenti) })}）` : ''}`}
          rules={
            readSince(meter.lastReading?.readAt) ? [] : [{ required: true, message: t('common.required') }]
          }
        >
          <InputNumber
            min={0}
            step={0.01}
            precision={2}
            style={{ width: 200 }}
            data-testid={`reading-${meter.code}`}
          />
        </Form.Item>
      ))}
      <Flex gap={16} wrap>
        <Form.Item
          name="engineerName"
          label={t('moveout.inspect.engineer')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={60} style={{ width: 200 }} data-testid="inspection-engineer" />
        </Form.Item>
        <Form.Item
          name="restorationRequired"
          label={t('moveout.inspect.restoration')}
          valuePropName="checked"
        >
          <Switch data-testid="inspection-restoration" />
        </Form.Item>
      </Flex>
      {restoration ? (
        <Form.Item
          name="restorationNote"
          label={t('moveout.inspect.restorationNote')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      ) : null}
      <SignerFields
        name="tenant"
        nameLabel={t('moveout.inspect.signer')}
        signatureLabel={t('moveout.inspect.signature')}
        testId="inspection-signature"
      />
      <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="inspection-submit">
        {m.inspection ? t('moveout.inspect.again') : t('moveout.inspect.submit')}
      </Button>
    </Form>
  );
}

/** What the inspection found: fixtures against the move-in inventory, readings, and whether it passed. */
export function InspectionSummary({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const i = m.inspection!;
  return (
    <div style={{ marginBottom: 16 }} data-testid="inspection-summary">
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('moveout.steps.inspect')}</Typography.Text>
        {i.passedAt ? (
          <Tag color="green">{t('moveout.inspect.passed')}</Tag>
        ) : (
          <Tag color="orange">{t('moveout.inspect.notPassed')}</Tag>
        )}
        <Typography.Text type="secondary">
          {i.comparedWithMoveIn ? t('moveout.inspect.comparedWithMoveIn') : t('moveout.inspect.noMoveIn')}
        </Typography.Text>
      </Flex>
      <Table
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={i.findings}
        columns={[
          { title: t('moveout.inspect.name'), dataIndex: 'name' },
          {
            title: t('moveout.inspect.quantity'),
            render: (_, f) => (f.expected === null ? f.found : `${f.found} / ${f.expected}`),
            width: 90,
          },
          {
            title: t('moveout.inspect.condition'),
            render: (_, f) => (
              <>
                {t(`moveout.condition.${f.condition}`)}{' '}
                {f.problem ? <Tag color="red">{t(`moveout.inspect.problem.${f.problem}`)}</Tag> : null}
              </>
            ),
          },
        ]}
      />
      {i.readings.length ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {i.readings.map((r) => `${r.code}: ${units(r.valueCenti)}`).join('；')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
