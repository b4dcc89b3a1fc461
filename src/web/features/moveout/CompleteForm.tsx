/** MVO-6/MVO-7: complete the move-out (the unit's status after it), then what completion did and the deposit refund's due date. */
import { App, Button, Descriptions, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { useFormatTime } from '../../app/time.ts';
import { formatYuan } from '../tickets/money.ts';
import { useStep, type MoveOutDto } from './api.ts';
import { ArrearsPanel } from './ArrearsPanel.tsx';
import { RefundTag } from './StateTag.tsx';

export function CompleteForm({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ unitStatus: string }>();
  const step = useStep<MoveOutDto>(projectId);
  const statuses: ('vacant' | 'owner_occupied')[] = m.residential ? ['vacant', 'owner_occupied'] : ['vacant'];
  const submit = async (v: { unitStatus: string }) => {
    try {
      await step.mutateAsync({ path: `move-outs/${m.moveOutId}/complete`, body: v });
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
      initialValues={{ unitStatus: 'vacant' }}
      data-testid="complete-form"
    >
      <ArrearsPanel m={m} />
      <Form.Item name="unitStatus" label={t('moveout.complete.unitStatus')}>
        <Select
          style={{ width: 200 }}
          options={statuses.map((s) => ({ value: s, label: t(`moveout.unitStatus.${s}`) }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="complete-submit">
        {t('moveout.complete.submit')}
      </Button>
    </Form>
  );
}

export function CompletionSummary({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  const c = m.completion;
  if (!c) return null;
  return (
    <Descriptions size="small" bordered column={1} data-testid="completion-summary">
      <Descriptions.Item label={t('moveout.steps.complete')}>{fmt(c.at)}</Descriptions.Item>
      <Descriptions.Item label={t('moveout.complete.billingEnd')}>{c.billingEndDay ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('moveout.complete.archive')}>
        <span data-testid="archive-state">
          {c.archiveSealed ? t('moveout.complete.sealed') : t('moveout.complete.open')}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('moveout.deposit.due')}>
        <span data-testid="deposit-due">{m.deposit.dueOn}</span> <RefundTag status={m.deposit.status} />
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
          {t('moveout.deposit.dueHint')}
        </Typography.Text>
      </Descriptions.Item>
      {m.deposit.refundedAt ? (
        <Descriptions.Item
          label={t('moveout.deposit.refunded')}
        >{`${formatYuan(m.deposit.refundedFen ?? 0)} · ${fmt(m.deposit.refundedAt)}`}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
