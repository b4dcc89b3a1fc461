/**
 * 新增收费项目 / 调价 (FEE-1, price.manage). A price change is a new version of the same
 * code and kind from a later date: the form starts from the latest version's values with
 * the first of next month as the date, and the server refuses a date inside a month
 * already billed (its message lands on the date field).
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { useProject } from '../../app/project.tsx';
import { useBuildings } from '../properties/api.ts';
import { yuanToFen } from '../tickets/money.ts';
import { FEE_KINDS, KIND_INPUTS } from './fee-kinds.ts';
import type { FeeVersion } from './fee-versions.ts';
import { usePriceText } from './fee-price.ts';
import { FeePriceInputs } from './FeePriceInputs.tsx';
import { forForm } from './form-errors.ts';
import { millifenToYuan, yuanToMillifen } from './quantities.ts';
import type { billingSetupZh } from './messages.setup.zh.ts';
import {
  useSetupWrites,
  type DefineFeeItem,
  type FeeItemDto,
  type FeeKind,
  type MeterKind,
} from './setup-api.ts';
import { useProjectToday } from './use-project-today.ts';

export type FeeItemModalMode = { kind: 'new' } | { kind: 'reprice'; latest: FeeVersion };

interface Values {
  code: string;
  name: string;
  kind: FeeKind;
  areaBasis?: 'building' | 'inner';
  rateYuan?: number;
  amountYuan?: number;
  meterKind?: MeterKind;
  depositKind?: 'management' | 'renovation' | 'ic_card';
  buildingId?: string;
  tariff?: {
    freeMinutes: number;
    firstMinutes: number;
    firstYuan: number;
    hourYuan: number;
    dailyCapYuan: number;
  };
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
}

/** Server paths of the fee-item body → the 元 fields of this form. */
const RENAME = {
  rateMillifen: 'rateYuan',
  amountFen: 'amountYuan',
  'tariff.firstFen': 'tariff.firstYuan',
  'tariff.hourFen': 'tariff.hourYuan',
  'tariff.dailyCapFen': 'tariff.dailyCapYuan',
};
const CODE = /^[A-Z0-9_]{1,20}$/;
type FormKey = Exclude<keyof typeof billingSetupZh.fee.form, 'amount'>;

/** Only the inputs of the chosen kind are sent: a field left from another kind must not price this one. */
function toBody(v: Values): DefineFeeItem {
  const inputs = KIND_INPUTS[v.kind];
  const tariff = v.tariff;
  return {
    code: v.code,
    name: v.name.trim(),
    kind: v.kind,
    ...(inputs.includes('areaBasis') && { areaBasis: v.areaBasis }),
    ...(inputs.includes('rate') && v.rateYuan !== undefined && { rateMillifen: yuanToMillifen(v.rateYuan) }),
    ...(inputs.includes('amount') && v.amountYuan !== undefined && { amountFen: yuanToFen(v.amountYuan) }),
    ...(inputs.includes('meterKind') && { meterKind: v.meterKind }),
    ...(inputs.includes('depositKind') && { depositKind: v.depositKind }),
    ...(inputs.includes('tariff') &&
      tariff && {
        tariff: {
          freeMinutes: tariff.freeMinutes,
          firstMinutes: tariff.firstMinutes,
          firstFen: yuanToFen(tariff.firstYuan),
          hourFen: yuanToFen(tariff.hourYuan),
          dailyCapFen: yuanToFen(tariff.dailyCapYuan),
        },
      }),
    ...(v.buildingId && { buildingId: v.buildingId }),
    effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
    ...(v.effectiveTo && { effectiveTo: v.effectiveTo.format('YYYY-MM-DD') }),
  };
}

/** The latest version's values as the starting point of a price change. */
function fromVersion(i: FeeItemDto): Partial<Values> {
  return {
    code: i.code,
    name: i.name,
    kind: i.kind,
    areaBasis: i.areaBasis ?? undefined,
    rateYuan: i.rateMillifen === null ? undefined : millifenToYuan(i.rateMillifen),
    amountYuan: i.amountFen === null ? undefined : i.amountFen / 100,
    meterKind: (i.meterKind as MeterKind | null) ?? undefined,
    depositKind: (i.depositKind as Values['depositKind'] | null) ?? undefined,
    buildingId: i.buildingId ?? undefined,
    tariff: i.tariff
      ? {
          freeMinutes: i.tariff.freeMinutes,
          firstMinutes: i.tariff.firstMinutes,
          firstYuan: i.tariff.firstFen / 100,
          hourYuan: i.tariff.hourFen / 100,
          dailyCapYuan: i.tariff.dailyCapFen / 100,
        }
      : undefined,
  };
}

export function FeeItemModal({ mode, onClose }: { mode: FeeItemModalMode | null; onClose(): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useSetupWrites(projectId);
  const buildings = useBuildings(projectId);
  const today = useProjectToday();
  const priceText = usePriceText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const kind = (Form.useWatch('kind', form) as FeeKind | undefined) ?? 'area';
  const meterKind = Form.useWatch('meterKind', form) as MeterKind | undefined;
  const latest = mode?.kind === 'reprice' ? mode.latest : null;

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    // Prices change with a month; a change must also start after the latest version.
    let from = dayjs(today).add(1, 'month').startOf('month');
    if (latest && !from.isAfter(dayjs(latest.effectiveFrom)))
      from = dayjs(latest.effectiveFrom).add(1, 'month').startOf('month');
    form.setFieldsValue(
      latest
        ? { ...fromVersion(latest), effectiveFrom: from }
        : {
            kind: 'area',
            areaBasis: 'building',
            effectiveFrom: from,
            tariff: { freeMinutes: 0, firstMinutes: 60 },
          },
    );
  }, [mode, latest, today, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const saved = await writes.defineFeeItem(toBody(v));
      message.success(t('billing.setup.fee.form.saved', { name: saved.name, from: saved.effectiveFrom }));
      onClose();
    } catch (err) {
      report(forForm(err, { rename: RENAME, duplicateOn: 'code' }), { form });
    } finally {
      setBusy(false);
    }
  };

  const f = (key: FormKey) => t(`billing.setup.fee.form.${key}`);
  const required = { required: true, message: f('required') };
  return (
    <Modal
      open={mode !== null}
      title={
        latest
          ? t('billing.setup.fee.form.repriceTitle', { name: latest.name, code: latest.code })
          : f('newTitle')
      }
      onCancel={onClose}
      footer={null}
      forceRender
      width={640}
    >
      {latest ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('billing.setup.fee.form.repriceHint', {
            price: priceText(latest),
            from: latest.effectiveFrom,
          })}
        />
      ) : null}
      <Form<Values>
        form={form}
        name="fee"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="code"
              label={f('code')}
              rules={[required, { pattern: CODE, message: f('codeRule') }]}
              normalize={(v: string) => v.toUpperCase()}
            >
              <Input
                maxLength={20}
                disabled={!!latest}
                autoFocus={!latest}
                placeholder="MGMT"
                title={f('codeRule')}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={f('name')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={f('kind')} rules={[required]}>
              <Select
                disabled={!!latest}
                options={FEE_KINDS.map((k) => ({ value: k, label: t(`billing.setup.feeKind.${k}`) }))}
                data-testid="fee-kind"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="buildingId" label={f('building')} extra={f('buildingHint')}>
              <Select
                allowClear
                placeholder={t('billing.setup.fee.allBuildings')}
                options={(buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <FeePriceInputs kind={kind} meterKind={meterKind} />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="effectiveFrom" label={f('effectiveFrom')} rules={[required]}>
              <DatePicker
                style={{ width: '100%' }}
                allowClear={false}
                disabledDate={latest ? (d) => !d.isAfter(dayjs(latest.effectiveFrom), 'day') : undefined}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="effectiveTo" label={f('effectiveTo')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="fee-submit">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
