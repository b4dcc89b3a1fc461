/** MVO-5: keys, access cards and IDs handed back, signed by the tenant (parking IC cards go back at the cashier). */
import { App, Button, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useStep, type MoveOutDto } from './api.ts';
import { SignerFields, toSignature, type SignerValue } from './SignerFields.tsx';

interface Values {
  keys: number;
  accessCards: number;
  documents?: string;
  note?: string;
  tenant: SignerValue;
}

export function KeysForm({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const step = useStep<MoveOutDto>(projectId);
  const submit = async (v: Values) => {
    try {
      await step.mutateAsync({
        path: `move-outs/${m.moveOutId}/keys`,
        body: {
          keys: v.keys,
          accessCards: v.accessCards,
          documents: v.documents ?? '',
          note: v.note ?? '',
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
      name="keys"
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      initialValues={{ keys: 0, accessCards: 0, tenant: { signerName: m.notice.contactName } }}
      data-testid="keys-form"
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="keys"
          label={t('moveout.keys.keys')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={99} data-testid="keys-count" />
        </Form.Item>
        <Form.Item
          name="accessCards"
          label={t('moveout.keys.cards')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={999} data-testid="cards-count" />
        </Form.Item>
        <Form.Item name="documents" label={t('moveout.keys.documents')}>
          <Input maxLength={200} style={{ width: 260 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('moveout.keys.note')}>
        <Input maxLength={300} />
      </Form.Item>
      <SignerFields
        name="tenant"
        nameLabel={t('moveout.keys.signer')}
        signatureLabel={t('moveout.keys.signature')}
        testId="keys-signature"
      />
      <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="keys-submit">
        {t('moveout.keys.submit')}
      </Button>
    </Form>
  );
}
