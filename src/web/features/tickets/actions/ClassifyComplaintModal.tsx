/**
 * 投诉定级 (CMP-2, CMP-3): the supervisor decides valid or invalid; a valid complaint gets a
 * level — each level listed with the manual's criteria so the choice is made by the rule —
 * a type and whether it directly affects the customer. An invalid one is closed with a
 * polite explanation instead (close_invalid).
 */
import { Alert, Checkbox, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions, useLabel } from '../../../app/labels.ts';
import { COMPLAINT_TYPES, LEVEL_CRITERIA } from '../../../../server/modules/tickets/complaint-rules.ts';
import { TabooHint } from '../../desk/TabooHint.tsx';
import { COMPLAINT_LEVELS } from '../values.ts';
import { LevelTag } from '../tags.tsx';
import { ActionModal } from './ActionModal.tsx';
import { useActionSubmit } from './use-action-submit.ts';
import type { Ticket } from '../types.ts';

interface Values {
  validity: 'valid' | 'invalid';
  level?: string;
  complaintType?: string;
  directImpact: boolean;
  note?: string;
  explanation?: string;
}

export function ClassifyComplaintModal({
  ticket,
  canCloseInvalid,
  onClose,
}: {
  ticket: Ticket;
  canCloseInvalid: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const enumOptions = useEnumOptions();
  const [form] = Form.useForm<Values>();
  const { submit, busy } = useActionSubmit(ticket, onClose, form);
  const validity = Form.useWatch('validity', form) ?? 'valid';
  const explanation = (Form.useWatch('explanation', form) as string | undefined) ?? '';
  const required = { required: true, message: t('common.required') };

  const save = (v: Values) => {
    if (v.validity === 'invalid') return void submit('close_invalid', { explanation: v.explanation!.trim() });
    void submit('classify', {
      validity: 'valid',
      level: v.level,
      ...(v.complaintType ? { complaintType: v.complaintType } : {}),
      directImpact: v.directImpact,
      note: v.note?.trim() ?? '',
    });
  };

  return (
    <ActionModal
      title={`${t('tickets.classifyComplaint')} · ${ticket.number}`}
      okText={
        validity === 'invalid' ? label('ticketAction', 'close_invalid') : label('ticketAction', 'classify')
      }
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="classify-complaint"
        initialValues={{
          validity: ticket.validity === 'invalid' ? 'invalid' : 'valid',
          level: ticket.level ?? undefined,
          complaintType: ticket.complaintType ?? undefined,
          directImpact: ticket.directImpact,
        }}
        onFinish={save}
      >
        <Form.Item name="validity" label={t('tickets.field.validity')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={enumOptions('validity', canCloseInvalid ? ['valid', 'invalid'] : ['valid'])}
            data-testid="classify-validity"
          />
        </Form.Item>
        {validity === 'invalid' ? (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('tickets.invalidHint')} />
            <Form.Item
              name="explanation"
              label={t('tickets.field.explanation')}
              rules={[{ ...required, whitespace: true }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            <TabooHint text={explanation} />
          </>
        ) : (
          <>
            <Form.Item name="level" label={t('tickets.field.level')} rules={[required]}>
              <Radio.Group style={{ width: '100%' }} data-testid="classify-level">
                <Flex vertical gap={8}>
                  {COMPLAINT_LEVELS.map((level) => (
                    <div key={level}>
                      <Radio value={level}>
                        <LevelTag level={level} />
                      </Radio>
                      <ul style={{ margin: '2px 0 0 24px', paddingInlineStart: 16 }}>
                        {LEVEL_CRITERIA[level].map((c) => (
                          <li key={c}>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {label('cmp3', c)}
                            </Typography.Text>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
            <Flex gap={12}>
              <Form.Item name="complaintType" label={t('tickets.field.complaintType')} style={{ flex: 1 }}>
                <Select allowClear options={enumOptions('complaintType', COMPLAINT_TYPES)} />
              </Form.Item>
              <Form.Item name="directImpact" valuePropName="checked" label=" " style={{ flex: 1.6 }}>
                <Checkbox>{t('tickets.field.directImpact')}</Checkbox>
              </Form.Item>
            </Flex>
            <Form.Item name="note" label={t('tickets.field.note')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </ActionModal>
  );
}
