/** HND-6: the project manager approves the move-in, or refuses it with the reason (which ends it). */
import { Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { useStep, type MoveInDto } from '../api.ts';

export function ApprovalStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const [form] = Form.useForm<{ note: string }>();
  const step = useStep(projectId, 'move-ins', m.moveInId);
  const report = useErrorReporter();
  if (!can('occupancy.approve'))
    return (
      <Alert
        type="warning"
        showIcon
        message={t('occupancy.moveIn.approval.waiting')}
        data-testid="approval-waiting"
      />
    );
  const decide = async (approve: boolean) => {
    try {
      await step.mutateAsync({ step: 'approval', body: { approve, note: form.getFieldValue('note') ?? '' } });
    } catch (err) {
      report(err, { form });
    }
  };
  return (
    <Form form={form} layout="vertical" data-testid="step-approval">
      <Alert
        type="info"
        showIcon
        message={t('occupancy.moveIn.stepHint.approval')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item name="note" label={t('occupancy.moveIn.approval.note')}>
        <Input.TextArea rows={2} maxLength={300} style={{ maxWidth: 520 }} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" onClick={() => void decide(true)} data-testid="approval-approve">
          {t('occupancy.moveIn.approval.approve')}
        </Button>
        <Button danger onClick={() => void decide(false)} data-testid="approval-reject">
          {t('occupancy.moveIn.approval.reject')}
        </Button>
      </Flex>
    </Form>
  );
}
