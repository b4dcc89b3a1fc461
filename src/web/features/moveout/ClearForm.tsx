/** MVO-4/MVO-5: settle — refused by the server while anything is owed (the panel shows it); books the service elevator and tells the departments. */
import { App, Button, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { moveOutKey, useStep, type MoveOutDto } from './api.ts';
import { ArrearsPanel } from './ArrearsPanel.tsx';

export function ClearForm({ m }: { m: MoveOutDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId, timeZone } = useProject();
  const report = useErrorReporter();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ elevator: [Dayjs, Dayjs] }>();
  const step = useStep<MoveOutDto>(projectId);
  const start = dayjs.tz(`${m.notice.moveDay} 09:00`, timeZone);
  const submit = async (v: { elevator: [Dayjs, Dayjs] }) => {
    try {
      await step.mutateAsync({
        path: `move-outs/${m.moveOutId}/clear`,
        body: { elevatorFrom: v.elevator[0].toISOString(), elevatorTo: v.elevator[1].toISOString() },
      });
      message.success(t('moveout.saved'));
    } catch (err) {
      report(err, { form });
      void qc.invalidateQueries({ queryKey: [...moveOutKey(projectId), 'owed', m.moveOutId] });
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      initialValues={{ elevator: [start, start.add(3, 'hour')] }}
      data-testid="clear-form"
    >
      <ArrearsPanel m={m} />
      <Form.Item
        name="elevator"
        label={t('moveout.clear.elevator')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm', minuteStep: 15 }}
          format={`${t('format.date')} HH:mm`}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="clear-submit">
        {t('moveout.clear.submit')}
      </Button>
    </Form>
  );
}
