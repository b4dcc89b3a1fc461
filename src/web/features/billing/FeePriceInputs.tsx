/**
 * The price inputs of one fee kind (fee-kinds.ts KIND_INPUTS), inside the fee-item form.
 * People type 元; the form converts to millifen / fen when it sends (FeeItemModal toBody).
 */
import { Col, Form, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { KIND_INPUTS, DEPOSIT_KINDS } from './fee-kinds.ts';
import { METER_UNIT } from './quantities.ts';
import type { FeeKind, MeterKind } from './setup-api.ts';
import type { billingSetupZh } from './messages.setup.zh.ts';

type FormKey = Exclude<keyof typeof billingSetupZh.fee.form, 'amount'>;

const METER_KINDS = Object.keys(METER_UNIT) as MeterKind[];
type AmountKind = keyof typeof billingSetupZh.fee.form.amount;

export function FeePriceInputs({ kind, meterKind }: { kind: FeeKind; meterKind: MeterKind | undefined }) {
  const { t } = useTranslation();
  const inputs = KIND_INPUTS[kind];
  const f = (key: FormKey) => t(`billing.setup.fee.form.${key}`);
  const required = { required: true, message: f('required') };
  const positive = { type: 'number' as const, min: 0.0001, message: f('positive') };
  const yuan = (props: { precision: number; min?: number }) => (
    <InputNumber<number>
      min={props.min ?? 0}
      precision={props.precision}
      step={1}
      prefix="¥"
      style={{ width: '100%' }}
    />
  );
  const minutes = <InputNumber<number> min={0} max={1440} precision={0} style={{ width: '100%' }} />;

  return (
    <Row gutter={12}>
      {inputs.includes('meterKind') ? (
        <Col span={12}>
          <Form.Item name="meterKind" label={f('meterKind')} rules={[required]}>
            <Radio.Group
              optionType="button"
              options={METER_KINDS.map((k) => ({ value: k, label: t(`billing.setup.meterKind.${k}`) }))}
            />
          </Form.Item>
        </Col>
      ) : null}
      {inputs.includes('depositKind') ? (
        <Col span={12}>
          <Form.Item name="depositKind" label={f('depositKind')} rules={[required]}>
            <Select
              options={DEPOSIT_KINDS.map((k) => ({ value: k, label: t(`billing.depositKind.${k}`) }))}
            />
          </Form.Item>
        </Col>
      ) : null}
      {inputs.includes('rate') ? (
        <Col span={12}>
          {/* Tariffs such as 0.4883 元/kWh need four decimals; the server stores millifen. */}
          <Form.Item
            name="rateYuan"
            label={
              kind === 'metered'
                ? t('billing.setup.fee.form.rateMetered', { unit: METER_UNIT[meterKind ?? 'electricity'] })
                : f('rateArea')
            }
            rules={[required, positive]}
          >
            {yuan({ precision: 4 })}
          </Form.Item>
        </Col>
      ) : null}
      {inputs.includes('amount') ? (
        <Col span={12}>
          <Form.Item
            name="amountYuan"
            label={t(`billing.setup.fee.form.amount.${kind as AmountKind}`)}
            rules={[required, positive]}
          >
            {yuan({ precision: 2 })}
          </Form.Item>
        </Col>
      ) : null}
      {inputs.includes('areaBasis') ? (
        <Col span={12}>
          <Form.Item
            name="areaBasis"
            label={f('areaBasis')}
            rules={[required]}
            extra={kind === 'metered' ? f('areaBasisHint') : undefined}
          >
            <Radio.Group
              optionType="button"
              options={(['building', 'inner'] as const).map((b) => ({
                value: b,
                label: t(`billing.setup.areaBasis.${b}`),
              }))}
            />
          </Form.Item>
        </Col>
      ) : null}
      {inputs.includes('tariff') ? (
        <>
          <Col span={8}>
            <Form.Item name={['tariff', 'freeMinutes']} label={f('freeMinutes')} rules={[required]}>
              {minutes}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name={['tariff', 'firstMinutes']}
              label={f('firstMinutes')}
              rules={[required, { type: 'number', min: 1, message: f('positive') }]}
            >
              {minutes}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['tariff', 'firstYuan']} label={f('firstYuan')} rules={[required]}>
              {yuan({ precision: 2 })}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['tariff', 'hourYuan']} label={f('hourYuan')} rules={[required]}>
              {yuan({ precision: 2 })}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['tariff', 'dailyCapYuan']} label={f('dailyCapYuan')} rules={[required]}>
              {yuan({ precision: 2 })}
            </Form.Item>
          </Col>
        </>
      ) : null}
    </Row>
  );
}
