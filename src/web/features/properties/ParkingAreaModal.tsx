/** 新建停车区 with its first N spaces, or 添加车位 to an existing area. */
import { useState } from 'react';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePropertyWrites, type SpacesInput } from './api.ts';
import { SpacesFields, SPACES_DEFAULTS, type SpacesValues } from './SpacesForm.tsx';
import { AREA_KINDS } from './values.ts';
import { useEnumOptions } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import type { ParkingArea } from '../../app/types.ts';

function toSpacesInput(v: SpacesValues): SpacesInput {
  return {
    count: v.count ?? 1,
    prefix: (v.prefix ?? '').trim(),
    start: v.start ?? 1,
    width: v.width ?? 3,
    kind: v.kind ?? 'standard',
  };
}

interface AreaValues {
  code: string;
  name: string;
  kind: string;
  spaces: SpacesValues;
}

export function CreateAreaModal({
  projectId,
  open,
  onClose,
  onCreated,
}: {
  projectId: string;
  open: boolean;
  onClose(): void;
  onCreated(a: ParkingArea): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = usePropertyWrites(projectId);
  const [form] = Form.useForm<AreaValues>();
  const spaces = Form.useWatch('spaces', form) as SpacesValues | undefined;
  const [busy, setBusy] = useState(false);

  const save = async (v: AreaValues) => {
    setBusy(true);
    try {
      const area = await writes.createArea({
        code: v.code.trim(),
        name: v.name.trim(),
        kind: v.kind,
        spaces: toSpacesInput(v.spaces),
      });
      message.success(t('parking.areaCreated', { name: area.name, count: area.spaceCount }));
      onCreated(area);
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('parking.newArea')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={busy}
      destroyOnHidden
      width={620}
    >
      <Form<AreaValues>
        form={form}
        name="area"
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: 'underground', spaces: { ...SPACES_DEFAULTS, prefix: 'B' } }}
        onFinish={(v) => void save(v)}
      >
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item
              name="code"
              label={t('parking.areaCode')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={32} autoFocus />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="name"
              label={t('parking.areaName')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('parking.areaKind')}>
              <Select options={enumOptions('areaKind', AREA_KINDS)} />
            </Form.Item>
          </Col>
        </Row>
        <SpacesFields under={['spaces']} values={spaces} />
      </Form>
    </Modal>
  );
}

export function AddSpacesModal({
  projectId,
  area,
  onClose,
}: {
  projectId: string;
  area: ParkingArea | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = usePropertyWrites(projectId);
  const [form] = Form.useForm<SpacesValues>();
  const values = Form.useWatch((v: SpacesValues) => v, form);
  const [busy, setBusy] = useState(false);

  const save = async (v: SpacesValues) => {
    if (!area) return;
    setBusy(true);
    try {
      await writes.addSpaces(area.areaId, toSpacesInput(v));
      message.success(t('parking.spacesAdded', { count: v.count ?? 0 }));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!area}
      title={t('parking.addSpacesTo', { name: area?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.add')}
      confirmLoading={busy}
      destroyOnHidden
      width={620}
    >
      <Form<SpacesValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          ...SPACES_DEFAULTS,
          count: 10,
          prefix: area?.code ?? '',
          start: (area?.spaceCount ?? 0) + 1,
        }}
        onFinish={(v) => void save(v)}
      >
        <SpacesFields under={[]} values={values} />
      </Form>
    </Modal>
  );
}
