/**
 * Enter one meter's reading (FEE-1). The consumption is shown while typing — with the same
 * rule the server applies (rules.ts consumptionOf) — so a slip of a digit is seen before it
 * is saved; a reading below the last one is only accepted as a meter replacement (the old
 * meter's final reading and the new one's start). After saving, the server's previous
 * reading and consumption are shown and Enter moves on to the next meter of the round.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  InputNumber,
  Modal,
  Row,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { consumptionOf } from '../../../server/modules/billing/rules.ts';
import { pickerValue, zonedIso } from '../tickets/zoned-input.ts';
import { forForm } from './form-errors.ts';
import { formatCenti, meterUnit, toCenti } from './quantities.ts';
import { useSetupWrites, type MeterRow, type ReadingDto } from './setup-api.ts';

interface Values {
  value?: number;
  readAt: Dayjs;
  replaced: boolean;
  oldFinal?: number;
  newStart?: number;
}

/** Server paths of the reading body → the fields of this form. */
const RENAME = {
  valueCenti: 'value',
  'replacement.oldFinalCenti': 'oldFinal',
  'replacement.newStartCenti': 'newStart',
};

export function ReadingModal({
  meter,
  next,
  onNext,
  onClose,
}: {
  meter: MeterRow | null;
  next: MeterRow | null;
  onNext(m: MeterRow): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const meterName = useMeterName();
  return (
    <Modal
      open={meter !== null}
      title={meter ? t('billing.setup.reading.title', { meter: meterName(meter) }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
    >
      {/* Keyed by meter: moving on to the next meter starts a clean form with the focus in the value. */}
      {meter ? (
        <ReadingForm key={meter.meterId} meter={meter} next={next} onNext={onNext} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

/** 'E-1-405（1-405）', or the shared meter named as such. */
function useMeterName(): (m: MeterRow) => string {
  const { t } = useTranslation();
  return (m) =>
    t('billing.setup.round.meterName', { code: m.code, unit: m.unitCode ?? t('billing.setup.round.shared') });
}

function ReadingForm({
  meter,
  next,
  onNext,
  onClose,
}: {
  meter: MeterRow;
  next: MeterRow | null;
  onNext(m: MeterRow): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { projectId, timeZone } = useProject();
  const formatTime = useFormatTime();
  const meterName = useMeterName();
  const report = useErrorReporter();
  const writes = useSetupWrites(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<ReadingDto | null>(null);
  const unit = meterUnit(meter.kind);
  const values = Form.useWatch([], form) as Values | undefined;

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const replacement = v.replaced
        ? { oldFinalCenti: toCenti(v.oldFinal ?? 0), newStartCenti: toCenti(v.newStart ?? 0) }
        : undefined;
      setSaved(
        await writes.recordReading(meter.meterId, {
          readAt: zonedIso(v.readAt, timeZone),
          valueCenti: toCenti(v.value ?? 0),
          replacement,
        }),
      );
    } catch (err) {
      report(forForm(err, { rename: RENAME }), { form });
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <>
        <Alert
          type="success"
          showIcon
          title={t('billing.setup.reading.saved', { meter: meter.code })}
          style={{ marginBottom: 12 }}
        />
        <Descriptions size="small" column={1} bordered data-testid="reading-result">
          <Descriptions.Item label={t('billing.setup.reading.previous')}>
            {formatCenti(saved.previousCenti, unit)}
          </Descriptions.Item>
          <Descriptions.Item label={t('billing.setup.reading.value')}>
            {formatCenti(saved.valueCenti, unit)}
            {saved.replacement ? (
              <Tag style={{ marginInlineStart: 8 }}>{t('billing.setup.reading.replacement')}</Tag>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('billing.setup.reading.consumption')}>
            <Typography.Text strong data-testid="reading-consumption">
              {formatCenti(saved.consumptionCenti, unit)}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={onClose} autoFocus={!next}>
            {t('billing.setup.reading.close')}
          </Button>
          {next ? (
            <Button type="primary" autoFocus onClick={() => onNext(next)} data-testid="reading-next">
              {t('billing.setup.reading.next', { meter: meterName(next) })}
            </Button>
          ) : null}
        </Flex>
      </>
    );
  }

  const previous = meter.lastValueCenti;
  return (
    <>
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('billing.setup.reading.previous')}>
          {previous === null ? '—' : formatCenti(previous, unit)}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.setup.reading.previousAt')}>
          {meter.lastReadAt ? formatTime(meter.lastReadAt) : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        name="reading"
        layout="vertical"
        requiredMark={false}
        initialValues={{
          readAt: pickerValue(new Date().toISOString(), timeZone),
          replaced: false,
          newStart: 0,
        }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => {
          // A refusal of the value (below the last) no longer stands once the replacement is ticked or changed.
          if (!('value' in changed)) form.setFields([{ name: 'value', errors: [] }]);
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="value"
              label={t('billing.setup.reading.value')}
              rules={[{ required: true, message: t('billing.setup.reading.valueRequired') }]}
            >
              <InputNumber<number>
                min={0}
                precision={2}
                step={1}
                suffix={unit}
                style={{ width: '100%' }}
                autoFocus
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="readAt"
              label={t('billing.setup.reading.readAt')}
              rules={[{ required: true, message: t('billing.setup.reading.readAtRequired') }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                allowClear={false}
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="replaced" valuePropName="checked" style={{ marginBottom: 12 }}>
          <Checkbox data-testid="reading-replaced">{t('billing.setup.reading.replaced')}</Checkbox>
        </Form.Item>
        {values?.replaced ? (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="oldFinal"
                label={t('billing.setup.reading.oldFinal')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <InputNumber<number> min={0} precision={2} step={1} suffix={unit} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="newStart"
                label={t('billing.setup.reading.newStart')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <InputNumber<number> min={0} precision={2} step={1} suffix={unit} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        <ConsumptionPreview previous={previous} values={values} unit={unit} />
        <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="reading-submit">
            {t('billing.setup.reading.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

const PREVIEW_PROBLEM = {
  below_previous: 'billing.setup.reading.belowPrevious',
  replacement_final_below_previous: 'billing.setup.reading.oldFinalBelowPrevious',
  below_new_start: 'billing.setup.reading.belowNewStart',
} as const;

/** What this reading would count as consumed; a warning instead when the server would refuse it. */
function ConsumptionPreview({
  previous,
  values,
  unit,
}: {
  previous: number | null;
  values: Values | undefined;
  unit: string;
}) {
  const { t } = useTranslation();
  if (previous === null)
    return <Typography.Text type="secondary">{t('billing.setup.reading.first')}</Typography.Text>;
  if (values?.value === undefined || values.value === null) return null;
  const replacement =
    values.replaced && values.oldFinal !== undefined && values.oldFinal !== null
      ? { oldFinal: toCenti(values.oldFinal), newStart: toCenti(values.newStart ?? 0) }
      : undefined;
  const c = consumptionOf({ previous, value: toCenti(values.value), replacement });
  return (
    <Flex gap={8} data-testid="reading-preview">
      <Typography.Text type="secondary">{t('billing.setup.reading.consumption')}</Typography.Text>
      {c.ok ? (
        <Typography.Text strong>{formatCenti(c.consumption, unit)}</Typography.Text>
      ) : (
        <Typography.Text type="danger">{t(PREVIEW_PROBLEM[c.reason])}</Typography.Text>
      )}
    </Flex>
  );
}
