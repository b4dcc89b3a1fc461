/**
 * Project settings: name, kind, time zone, front-desk working hours (periods in order, not
 * overlapping) and the phone greetings in both languages. Saved against the version read.
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Col, Flex, Form, Input, Row, Select, TimePicker, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProjectWrites } from './api.ts';
import { timeZoneOptions } from './time-zones.ts';
import { PROJECT_KINDS } from './kinds.ts';
import { useEnumOptions } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import type { Project } from '../../app/types.ts';

interface SettingsValues {
  name: string;
  kind: string;
  timeZone: string;
  workingHours: ([Dayjs, Dayjs] | null)[];
  greetingZh: string;
  greetingEn: string;
}

const toPeriod = (p: { start: string; end: string }): [Dayjs, Dayjs] => [
  dayjs(`2000-01-01T${p.start}`),
  dayjs(`2000-01-01T${p.end}`),
];

function toValues(p: Project): SettingsValues {
  return {
    name: p.name,
    kind: p.kind,
    timeZone: p.timeZone,
    workingHours: p.workingHours.map(toPeriod),
    greetingZh: p.greetingZh,
    greetingEn: p.greetingEn,
  };
}

export function ProjectSettingsCard({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = useProjectWrites();
  const [form] = Form.useForm<SettingsValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    form.setFieldsValue(toValues(project));
  }, [project, form]);

  const save = async (v: SettingsValues) => {
    setBusy(true);
    try {
      const periods = v.workingHours
        .filter((p): p is [Dayjs, Dayjs] => !!p)
        .map(([s, e]) => ({ start: s.format('HH:mm'), end: e.format('HH:mm') }));
      await writes.update(project.projectId, {
        version: project.version,
        name: v.name.trim(),
        kind: v.kind,
        timeZone: v.timeZone,
        workingHours: periods,
        greetingZh: v.greetingZh,
        greetingEn: v.greetingEn,
      });
      message.success(t('common.saved'));
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('settings.basics')}
      extra={
        canEdit ? (
          <Button
            type="primary"
            size="small"
            loading={busy}
            onClick={() => form.submit()}
            data-testid="settings-save"
          >
            {t('common.save')}
          </Button>
        ) : null
      }
    >
      <Form<SettingsValues>
        form={form}
        name="settings"
        layout="vertical"
        disabled={!canEdit}
        onFinish={(v) => void save(v)}
        requiredMark={false}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label={t('projects.code')}>
              <Input value={project.code} disabled />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('projects.name')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={t('projects.kind')}>
              <Select options={enumOptions('projectKind', PROJECT_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="timeZone" label={t('projects.timeZone')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={timeZoneOptions(project.timeZone)}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="workingHours">
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('settings.workingHours')} extra={t('settings.workingHoursHelp')}>
              <Flex vertical gap={6}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={6} align="center">
                    <Form.Item
                      name={field.name}
                      noStyle
                      rules={[{ required: true, message: t('common.required') }]}
                    >
                      <TimePicker.RangePicker format="HH:mm" minuteStep={5} order style={{ width: 220 }} />
                    </Form.Item>
                    {canEdit && fields.length > 1 ? (
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(field.name)}
                      />
                    ) : null}
                  </Flex>
                ))}
                {canEdit && fields.length < 6 ? (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    style={{ width: 220 }}
                    onClick={() => add(null)}
                  >
                    {t('settings.addPeriod')}
                  </Button>
                ) : null}
                <Form.ErrorList errors={errors} />
              </Flex>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="greetingZh" label={t('settings.greetingZh')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="greetingEn" label={t('settings.greetingEn')} style={{ marginBottom: 4 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount />
        </Form.Item>
        {canEdit ? null : <Typography.Text type="secondary">{t('settings.readOnly')}</Typography.Text>}
      </Form>
    </Card>
  );
}
