/**
 * 新增月租 (PRK-1): the renter (an owner or tenant of the project, found by name, unit or
 * phone) and the unit they qualify through, the vehicle (plate, model, licence checked),
 * the contact phone, the dates and optionally a space. The rules themselves — who may rent,
 * licence checked, end not before start, space free — are the server's; its refusals land
 * on the fields they concern.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useLabel } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { todayIn } from '../reports/week.ts';
import { formatYuan } from '../tickets/money.ts';
import type { Customer } from '../tickets/types.ts';
import { useParkingWrites, type ParkingTerms } from './api.ts';
import { RenterSelect } from './RenterSelect.tsx';
import { SpaceSelect } from './SpaceSelect.tsx';

/** Form values mirror the request body, so the server's field paths name the form items. */
interface RentalValues {
  customerId: string | null;
  unitId: string | null;
  spaceId: string | null;
  plate: string;
  carModel: string;
  phone: string;
  licenceChecked: boolean;
  startDay: Dayjs | null;
  endDay: Dayjs | null;
}

/** A month from the project's today: the rent is monthly, so that is what most renters take. */
function freshValues(timeZone: string): RentalValues {
  const start = dayjs(todayIn(timeZone));
  return {
    customerId: null,
    unitId: null,
    spaceId: null,
    plate: '',
    carModel: '',
    phone: '',
    licenceChecked: false,
    startDay: start,
    endDay: start.add(1, 'month').subtract(1, 'day'),
  };
}

export function RentalDrawer({
  open,
  terms,
  onClose,
}: {
  open: boolean;
  terms: ParkingTerms | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const { projectId, timeZone } = useProject();
  const report = useErrorReporter();
  const writes = useParkingWrites(projectId);
  const [form] = Form.useForm<RentalValues>();
  const [renter, setRenter] = useState<Customer | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(freshValues(timeZone));
    setRenter(null);
  }, [open, form, timeZone]);

  const pickRenter = (c: Customer | null) => {
    setRenter(c);
    // Their only unit is the one. The phone stays empty: the archive's number (shown masked, CUS-3) is kept unless another is typed.
    form.setFieldsValue({ unitId: c?.units.length === 1 ? c.units[0]!.unitId : null, phone: '' });
  };

  const submit = async (v: RentalValues) => {
    setBusy(true);
    try {
      const r = await writes.rent({
        customerId: v.customerId!,
        unitId: v.unitId!,
        spaceId: v.spaceId ?? undefined,
        plate: v.plate.trim(),
        carModel: v.carModel.trim(),
        ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
        licenceChecked: v.licenceChecked,
        startDay: v.startDay!.format('YYYY-MM-DD'),
        endDay: v.endDay!.format('YYYY-MM-DD'),
      });
      message.success(t('parkingRentals.form.created', { plate: r.plate }));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  const text = [{ ...required, whitespace: true }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={t('parkingRentals.form.title')}
      forceRender
      footer={
        <Flex justify="space-between" align="center" gap={12}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {terms?.monthly
              ? t('parkingRentals.form.monthlyRent', { amount: formatYuan(terms.monthly.amountFen) })
              : null}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="rental-submit">
              {t('parkingRentals.form.submit')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Alert
        type={terms && !terms.monthly ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={
          terms && !terms.monthly ? t('parkingRentals.form.notPriced') : t('parkingRentals.form.rulesHint')
        }
      />
      <Form<RentalValues>
        form={form}
        name="rental"
        layout="vertical"
        initialValues={freshValues(timeZone)}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="customerId" label={t('parkingRentals.form.renter')} rules={[required]}>
          <RenterSelect onPick={pickRenter} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="unitId" label={t('parkingRentals.form.unit')} rules={[required]}>
              <Select
                disabled={!renter}
                placeholder={t('parkingRentals.form.unitPlaceholder')}
                options={(renter?.units ?? []).map((u) => ({
                  value: u.unitId,
                  label: t('desk.unitRelation', {
                    unit: u.code,
                    relation: label('unitRelation', u.relation),
                  }),
                }))}
                data-testid="rental-unit"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="phone"
              label={t('parkingRentals.form.phone')}
              rules={renter?.phones.length ? [] : text}
            >
              <Input
                maxLength={20}
                autoComplete="off"
                placeholder={
                  renter?.phones[0] ? t('common.archivedPhone', { phone: renter.phones[0].phone }) : undefined
                }
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            {/* Shown as the server stores it (upper case), so what the cashier sees is what the register says. */}
            <Form.Item
              name="plate"
              label={t('parkingRentals.form.plate')}
              rules={text}
              normalize={(v: string | undefined) => v?.toUpperCase() ?? ''}
            >
              <Input
                maxLength={12}
                placeholder={t('parkingRentals.form.platePlaceholder')}
                autoComplete="off"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="carModel" label={t('parkingRentals.form.carModel')} rules={text}>
              <Input maxLength={40} placeholder={t('parkingRentals.form.carModelPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        {/* Required, but the check is PRK-1's and the server's: its refusal is shown here. */}
        <Form.Item
          name="licenceChecked"
          valuePropName="checked"
          required
          extra={t('parkingRentals.form.licenceHint')}
        >
          <Checkbox data-testid="licence-checked">{t('parkingRentals.form.licenceChecked')}</Checkbox>
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="startDay" label={t('parkingRentals.form.startDay')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="rental-start" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endDay" label={t('parkingRentals.form.endDay')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="rental-end" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="spaceId" label={t('parkingRentals.form.space')}>
          <SpaceSelect />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
