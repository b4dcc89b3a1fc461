/**
 * What only some kinds record: a repair's urgency and appointment (REP-2, never unannounced),
 * a complaint's event time and whether it came in writing (CMP-1, CMP-8), a request's
 * promised answer time (REQ-2).
 */
import { Checkbox, DatePicker, Flex, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../app/labels.ts';
import { URGENCIES } from '../tickets/values.ts';
import { beforeToday } from '../tickets/zoned-input.ts';
import type { TicketKind } from '../tickets/types.ts';

const picker = {
  showTime: { format: 'HH:mm', minuteStep: 5 as const },
  format: 'YYYY-MM-DD HH:mm',
  style: { width: '100%' },
};

export function KindFields({ kind, urgency }: { kind: TicketKind; urgency: string | undefined }) {
  const { t } = useTranslation();
  const enumOptions = useEnumOptions();
  const required = { required: true, message: t('common.required') };
  if (kind === 'repair') {
    return (
      <Flex gap={12}>
        <Form.Item name="urgency" label={t('desk.urgency')} rules={[required]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={enumOptions('urgency', URGENCIES)}
            data-testid="intake-urgency"
          />
        </Form.Item>
        {urgency === 'scheduled' ? (
          <Form.Item
            name="appointmentAt"
            label={t('desk.appointmentAt')}
            rules={[required]}
            style={{ flex: 1 }}
          >
            <DatePicker {...picker} disabledDate={beforeToday} />
          </Form.Item>
        ) : null}
      </Flex>
    );
  }
  if (kind === 'complaint' || kind === 'request') {
    return (
      <Flex gap={12} align="end">
        {kind === 'complaint' ? (
          <Form.Item name="eventAt" label={t('desk.eventAt')} style={{ flex: 1 }}>
            <DatePicker {...picker} />
          </Form.Item>
        ) : (
          <Form.Item
            name="promisedAt"
            label={t('desk.promisedAt')}
            extra={t('desk.promisedHelp')}
            style={{ flex: 1 }}
          >
            <DatePicker {...picker} disabledDate={beforeToday} />
          </Form.Item>
        )}
        <Form.Item name="written" valuePropName="checked" style={{ flex: 1 }}>
          <Checkbox>{t('desk.written')}</Checkbox>
        </Form.Item>
      </Flex>
    );
  }
  return null;
}
