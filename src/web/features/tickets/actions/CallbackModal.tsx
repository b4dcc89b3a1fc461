/**
 * 回访 (CBK-1, CMP-9, REP-6): was the customer reached, is it solved, how satisfied, any other
 * opinion. Satisfied closes the ticket; otherwise it stays for the next callback.
 */
import { Flex, Form, Input, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions, useLabel } from '../../../app/labels.ts';
import { SATISFACTIONS } from '../values.ts';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

interface Values {
  reached: boolean;
  resolved: boolean;
  satisfaction?: string;
  opinion?: string;
}

export function CallbackModal({ ticket, onClose }: { ticket: Ticket; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const enumOptions = useEnumOptions();
  const [form] = Form.useForm<Values>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const reached = Form.useWatch('reached', form) ?? true;
  return (
    <ActionModal
      title={`${label('ticketAction', 'callback')} · ${ticket.number}`}
      okText={label('ticketAction', 'callback')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="callback"
        initialValues={{ reached: true, resolved: true }}
        onFinish={(v) =>
          void submit('callback', {
            reached: v.reached,
            resolved: v.reached ? v.resolved : false,
            ...(v.reached ? { satisfaction: v.satisfaction } : {}),
            opinion: v.opinion?.trim() ?? '',
          })
        }
      >
        <Flex gap={24}>
          <Form.Item name="reached" label={t('tickets.field.reached')} valuePropName="checked">
            <Switch data-testid="callback-reached" />
          </Form.Item>
          {reached ? (
            <Form.Item name="resolved" label={t('tickets.field.resolved')} valuePropName="checked">
              <Switch />
            </Form.Item>
          ) : null}
        </Flex>
        {reached ? (
          <Form.Item
            name="satisfaction"
            label={t('tickets.field.satisfaction')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={enumOptions('satisfaction', SATISFACTIONS)}
              data-testid="callback-satisfaction"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="opinion" label={t('tickets.field.opinion')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
