/**
 * REL-4: the clerk phones the owner (a tenant or someone else carries) or the company's head
 * (company staff carry) at the number on file — shown on request for this call, logged (CUS-3) —
 * and records who answered, when, and the answer. "Refused" or
 * "unreachable" refuses the pass for good — the record is kept (以免日后扯皮).
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { passApi, usePassContext, type PassDto } from '../api.ts';
import { useErrorReporter } from '../../../app/errors.ts';
import { usePassStep } from './use-pass-step.ts';

interface Values {
  calledName: string;
  calledPhone: string;
  calledAt: Dayjs;
  answer: 'agreed' | 'refused' | 'unreachable';
  note?: string;
}

export function CallPanel({ pass }: { pass: PassDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const context = usePassContext(projectId, pass.unitId);
  const step = usePassStep(pass.passId);
  const report = useErrorReporter();
  const party = pass.callParty === 'company_head' ? 'company_head' : 'owner';

  const [revealing, setRevealing] = useState(false);
  // Whom to phone, from the unit's people: its owner, or the company the staff work for.
  const people = context.data?.parties ?? [];
  const whom =
    party === 'owner'
      ? people.find((p) => p.relation === 'owner')
      : (people.find((p) => p.kind === 'company' && p.relation === 'tenant') ??
        people.find((p) => p.relation === 'tenant'));
  useEffect(() => {
    if (whom && !form.getFieldValue('calledName')) form.setFieldsValue({ calledName: whom.name });
  }, [whom, form]);

  // The unit's people are listed masked (CUS-3); the number on file is shown for this call only, and logged.
  const reveal = async () => {
    if (!whom) return;
    setRevealing(true);
    try {
      const n = await passApi.callNumber(projectId, pass.passId, whom.customerId);
      form.setFieldsValue({ calledName: n.name, calledPhone: n.phones[0] ?? '' });
    } catch (err) {
      report(err, { form });
    } finally {
      setRevealing(false);
    }
  };

  const submit = (v: Values) =>
    void step.run(
      'call',
      {
        calledName: v.calledName.trim(),
        calledPhone: v.calledPhone.trim(),
        calledAt: v.calledAt.toISOString(),
        answer: v.answer,
        note: v.note?.trim() ?? '',
      },
      form,
    );

  return (
    <Card
      size="small"
      title={t('custody.wizard.callTitle', { party: t(`custody.enums.callParty.${party}`) })}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t(party === 'owner' ? 'custody.wizard.callHelpOwner' : 'custody.wizard.callHelpCompany')}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        name="call"
        requiredMark={false}
        initialValues={{ calledAt: dayjs() }}
        onFinish={submit}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="calledName"
              label={t('custody.wizard.calledName')}
              rules={[{ required: true, whitespace: true, message: t('custody.wizard.calledNameRequired') }]}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="calledPhone"
              label={t('custody.wizard.calledPhone')}
              extra={t('custody.wizard.revealHint')}
              rules={[{ required: true, whitespace: true, message: t('custody.wizard.calledPhoneRequired') }]}
            >
              <Input
                maxLength={24}
                placeholder={whom?.phones[0]}
                addonAfter={
                  <Button
                    type="link"
                    size="small"
                    disabled={!whom}
                    loading={revealing}
                    onClick={() => void reveal()}
                    data-testid="call-reveal"
                  >
                    {t('custody.wizard.revealNumber')}
                  </Button>
                }
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="calledAt" label={t('custody.wizard.calledAt')} rules={[{ required: true }]}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                allowClear={false}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="answer"
          label={t('custody.wizard.answer')}
          rules={[{ required: true, message: t('custody.wizard.answerRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['agreed', 'refused', 'unreachable'] as const).map((a) => ({
              value: a,
              label: <span data-testid={`answer-${a}`}>{t(`custody.enums.answer.${a}`)}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('custody.wizard.callNote')}>
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.busy} data-testid="call-submit">
          {t('custody.wizard.callSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
