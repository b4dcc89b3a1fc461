/**
 * 报修分类 (REP-2, REP-3): urgent or scheduled with the appointment (never unannounced), and
 * the charge — warranty, paid (priced from the list or quoted, agreed by the customer before
 * work starts) or not a repair — and the check of materials the customer supplies.
 */
import { Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Segmented, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumOptions, useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { usePrices } from '../api.ts';
import { formatYuan, yuanToFen } from '../money.ts';
import { CHARGES, URGENCIES } from '../values.ts';
import { beforeToday, pickerValue, zonedIso } from '../zoned-input.ts';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

interface Values {
  urgency?: string;
  appointmentAt?: Dayjs | null;
  charge?: string;
  priceId?: string;
  priceYuan?: number;
  customerAgreed?: boolean;
  materialsCheck?: string;
  note?: string;
}

export function ClassifyRepairModal({ ticket, onClose }: { ticket: Ticket; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const enumOptions = useEnumOptions();
  const { projectId, timeZone } = useProject();
  const [form] = Form.useForm<Values>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const urgency = Form.useWatch('urgency', form);
  const charge = Form.useWatch('charge', form);
  const [priceSource, setPriceSource] = useState<'list' | 'quote'>('list');
  const prices = usePrices(projectId, charge === 'paid');
  const required = { required: true, message: t('common.required') };
  const initialAppointment = ticket.appointmentAt ? pickerValue(ticket.appointmentAt, timeZone) : null;

  const save = (v: Values) => {
    const body: Record<string, unknown> = { note: v.note?.trim() ?? '' };
    if (v.urgency) body.urgency = v.urgency;
    // An unchanged appointment is not sent again: it may lie in the past by now, which the server refuses.
    if (v.appointmentAt && !(initialAppointment && v.appointmentAt.isSame(initialAppointment, 'minute')))
      body.appointmentAt = zonedIso(v.appointmentAt, timeZone);
    if (v.charge) {
      body.charge = v.charge;
      if (v.charge === 'paid') {
        if (priceSource === 'list' && v.priceId) body.priceId = v.priceId;
        if (priceSource === 'quote' && v.priceYuan !== undefined) body.priceFen = yuanToFen(v.priceYuan);
        body.customerAgreed = !!v.customerAgreed;
      }
    }
    if (v.materialsCheck?.trim()) body.materialsCheck = v.materialsCheck.trim();
    void submit('classify', body);
  };

  return (
    <ActionModal
      title={`${t('tickets.classifyRepair')} · ${ticket.number}`}
      okText={label('ticketAction', 'classify')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="classify-repair"
        initialValues={{
          urgency: ticket.urgency ?? undefined,
          appointmentAt: initialAppointment,
          charge: ticket.charge ?? undefined,
          customerAgreed: false,
        }}
        onFinish={save}
      >
        <Flex gap={12}>
          <Form.Item name="urgency" label={t('tickets.field.urgency')} rules={[required]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={enumOptions('urgency', URGENCIES)}
            />
          </Form.Item>
          <Form.Item
            name="appointmentAt"
            label={t('tickets.field.appointmentAt')}
            rules={urgency === 'scheduled' ? [required] : []}
            style={{ flex: 1 }}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={beforeToday}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="charge" label={t('tickets.field.charge')}>
          <Radio.Group optionType="button" options={enumOptions('charge', CHARGES)} />
        </Form.Item>
        {charge === 'paid' ? (
          <>
            <Segmented
              size="small"
              style={{ marginBottom: 8 }}
              value={priceSource}
              onChange={(v) => setPriceSource(v as 'list' | 'quote')}
              options={[
                { value: 'list', label: t('tickets.priceFromList') },
                { value: 'quote', label: t('tickets.quotedPrice') },
              ]}
            />
            {priceSource === 'list' ? (
              <Form.Item name="priceId" label={t('tickets.field.priceId')} rules={[required]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={prices.isPending}
                  options={(prices.data ?? []).map((p) => ({
                    value: p.priceId,
                    label: `${p.name} · ${formatYuan(p.priceFen)}/${p.unit}`,
                  }))}
                />
              </Form.Item>
            ) : (
              <Form.Item name="priceYuan" label={t('tickets.field.priceYuan')} rules={[required]}>
                <InputNumber
                  min={0}
                  max={1_000_000}
                  precision={2}
                  step={10}
                  prefix="¥"
                  style={{ width: 200 }}
                />
              </Form.Item>
            )}
            <Form.Item
              name="customerAgreed"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v: boolean) =>
                    v ? Promise.resolve() : Promise.reject(new Error(t('common.required'))),
                },
              ]}
            >
              <Checkbox>{t('tickets.field.customerAgreed')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="materialsCheck" label={t('tickets.field.materialsCheck')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="note" label={t('tickets.field.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
