/** MVO-7: the owner is told a residential tenant is leaving, agrees (or not), and names the items that must stay. */
import { App, Alert, Button, Form, Input, InputNumber, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useStep, type MoveOutDto } from './api.ts';

interface Values {
  ownerName: string;
  agreed: boolean;
  itemsToStay: { name: string; quantity: number }[];
}

export function OwnerAnswerForm({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const step = useStep<MoveOutDto>(projectId);
  const submit = async (v: Values) => {
    try {
      await step.mutateAsync({
        path: `move-outs/${m.moveOutId}/owner-answer`,
        body: {
          ownerName: v.ownerName,
          agreed: v.agreed,
          itemsToStay: v.itemsToStay ?? [],
          ...(m.owner.customerId ? { ownerCustomerId: m.owner.customerId } : {}),
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
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      initialValues={{
        ownerName: m.owner.name ?? '',
        agreed: m.owner.agreed ?? true,
        itemsToStay: m.owner.itemsToStay,
      }}
    >
      <Alert
        type={m.owner.agreed === false ? 'warning' : 'info'}
        showIcon
        title={m.owner.agreed === false ? t('moveout.owner.answerRefused') : t('moveout.owner.hint')}
        style={{ marginBottom: 12 }}
      />
      <Form.Item
        name="ownerName"
        label={t('moveout.owner.name')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input maxLength={60} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="agreed" label={t('moveout.owner.agreed')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.List name="itemsToStay">
        {(fields, { add, remove }) => (
          <Form.Item label={t('moveout.owner.items')}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline">
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Input placeholder={t('moveout.owner.item')} maxLength={60} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'quantity']} initialValue={1}>
                  <InputNumber min={1} max={999} style={{ width: 80 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', quantity: 1 })}>
              {t('moveout.owner.addItem')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={step.isPending}>
        {t('moveout.owner.submit')}
      </Button>
    </Form>
  );
}
