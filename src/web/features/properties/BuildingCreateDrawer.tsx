/**
 * 新建楼栋: a building and all its units in one go (PRP-1) — floors split into segments
 * (from–to floor, units per floor, use, areas), a numbering pattern, and a live preview of
 * how many units that makes and how the first and last are numbered.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { BUILDING_KINDS, UNIT_STATUSES, UNIT_USES } from '../../../server/modules/properties/rules.ts';
import { usePropertyWrites } from './api.ts';
import { completeSegments, type BuildingValues } from './building-plan.ts';
import { PRESETS, presetSegments } from './presets.ts';
import { PlanPreviewBox } from './PlanPreviewBox.tsx';
import { AreaInput } from '../../components/AreaInput.tsx';
import { useEnumOptions } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import type { Building } from '../../app/types.ts';

const INITIAL: BuildingValues = {
  kind: 'office',
  floorsAbove: 10,
  floorsBelow: 0,
  ownerParty: '',
  managingParty: '',
  numberingPattern: '{B}-{F}{UU}',
  initialStatus: 'not_received',
  segments: [{ fromFloor: 1, toFloor: 10, unitsPerFloor: 4, use: 'office' }],
};

/** Column widths of a segment row; the header row uses the same so labels line up. */
const COLS = { from: 76, to: 76, units: 84, use: 120, area: 116, del: 32 };

export function BuildingCreateDrawer({
  projectId,
  open,
  onClose,
  onCreated,
}: {
  projectId: string;
  open: boolean;
  onClose(): void;
  onCreated(b: Building): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = usePropertyWrites(projectId);
  const [form] = Form.useForm<BuildingValues>();
  const values = Form.useWatch((v: BuildingValues) => v, form) ?? INITIAL;
  const [busy, setBusy] = useState(false);

  const applyPreset = (preset: (typeof PRESETS)[number]) => {
    const floorsAbove = form.getFieldValue('floorsAbove') as number | null;
    form.setFieldsValue({
      segments: presetSegments(preset, floorsAbove ?? 1, form.getFieldValue('kind') as string),
    });
  };

  const submit = async (v: BuildingValues) => {
    const segments = completeSegments(v);
    if (!segments) return;
    setBusy(true);
    try {
      const b = await writes.createBuilding({
        code: (v.code ?? '').trim(),
        name: (v.name ?? '').trim(),
        kind: v.kind ?? 'office',
        floorsAbove: v.floorsAbove ?? 1,
        floorsBelow: v.floorsBelow ?? 0,
        ownerParty: (v.ownerParty ?? '').trim(),
        managingParty: (v.managingParty ?? '').trim(),
        numberingPattern: (v.numberingPattern ?? '').trim(),
        initialStatus: v.initialStatus ?? 'not_received',
        segments,
      });
      message.success(t('buildingForm.created', { name: b.name, count: b.unitCount }));
      form.resetFields();
      onCreated(b);
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={780}
      title={t('buildingForm.title')}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="building-submit">
            {t('buildingForm.create')}
          </Button>
        </Flex>
      }
    >
      <Form<BuildingValues>
        form={form}
        name="building"
        layout="vertical"
        initialValues={INITIAL}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item
              name="code"
              label={t('properties.buildingCode')}
              rules={required}
              tooltip={t('buildingForm.codeHelp')}
            >
              <Input maxLength={32} autoFocus />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="name" label={t('properties.buildingName')} rules={required}>
              <Input maxLength={64} placeholder={t('buildingForm.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('properties.kind')} rules={required}>
              <Select options={enumOptions('buildingKind', BUILDING_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="floorsAbove" label={t('buildingForm.floorsAbove')} rules={required}>
              <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="floorsBelow" label={t('buildingForm.floorsBelow')}>
              <InputNumber min={0} max={10} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="initialStatus"
              label={t('buildingForm.initialStatus')}
              extra={t('buildingForm.initialStatusHelp')}
            >
              <Select options={enumOptions('unitStatus', UNIT_STATUSES)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ownerParty" label={t('properties.ownerParty')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="managingParty" label={t('properties.managingParty')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="numberingPattern"
              label={t('properties.numberingPattern')}
              rules={required}
              extra={t('buildingForm.patternHelp')}
            >
              <Input maxLength={40} style={{ maxWidth: 260, fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
        </Row>

        <Flex align="center" justify="space-between" wrap gap={8} style={{ margin: '4px 0 8px' }}>
          <Typography.Text strong>{t('buildingForm.segments')}</Typography.Text>
          <Space size={4} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('buildingForm.presets')}
            </Typography.Text>
            {PRESETS.map((p) => (
              <Button key={p} size="small" onClick={() => applyPreset(p)} data-testid={`preset-${p}`}>
                {t(`buildingForm.preset.${p}`)}
              </Button>
            ))}
          </Space>
        </Flex>
        <Flex gap={6} style={{ fontSize: 12, color: '#8c8c8c', marginBottom: 4 }}>
          <span style={{ width: COLS.from }}>{t('buildingForm.fromFloor')}</span>
          <span style={{ width: COLS.to }}>{t('buildingForm.toFloor')}</span>
          <span style={{ width: COLS.units }}>{t('buildingForm.unitsPerFloor')}</span>
          <span style={{ width: COLS.use }}>{t('properties.use')}</span>
          <span style={{ width: COLS.area }}>{t('properties.buildingArea')}</span>
          <span style={{ width: COLS.area }}>{t('properties.innerArea')}</span>
        </Flex>
        <Form.List name="segments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={6} align="start">
                  <Form.Item
                    name={[field.name, 'fromFloor']}
                    rules={required}
                    style={{ width: COLS.from, marginBottom: 8 }}
                  >
                    <InputNumber
                      min={-10}
                      max={200}
                      precision={0}
                      style={{ width: '100%' }}
                      aria-label={t('buildingForm.fromFloor')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'toFloor']}
                    rules={required}
                    style={{ width: COLS.to, marginBottom: 8 }}
                  >
                    <InputNumber
                      min={-10}
                      max={200}
                      precision={0}
                      style={{ width: '100%' }}
                      aria-label={t('buildingForm.toFloor')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unitsPerFloor']}
                    rules={required}
                    style={{ width: COLS.units, marginBottom: 8 }}
                  >
                    <InputNumber
                      min={1}
                      max={100}
                      precision={0}
                      style={{ width: '100%' }}
                      aria-label={t('buildingForm.unitsPerFloor')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'use']}
                    rules={required}
                    style={{ width: COLS.use, marginBottom: 8 }}
                  >
                    <Select options={enumOptions('unitUse', UNIT_USES)} aria-label={t('properties.use')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'buildingAreaM2']}
                    style={{ width: COLS.area, marginBottom: 8 }}
                  >
                    <AreaInput aria-label={t('properties.buildingArea')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'innerAreaM2']} style={{ width: COLS.area, marginBottom: 8 }}>
                    <AreaInput aria-label={t('properties.innerArea')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.delete')}
                    style={{ width: COLS.del }}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                data-testid="add-segment"
                onClick={() => {
                  const segs = (form.getFieldValue('segments') ?? []) as BuildingValues['segments'];
                  const prevTop = segs?.at(-1)?.toFloor ?? 0;
                  const top = (form.getFieldValue('floorsAbove') as number | null) ?? prevTop + 1;
                  add({
                    fromFloor: Math.min(prevTop + 1, top),
                    toFloor: top,
                    unitsPerFloor: 4,
                    use: 'office',
                  });
                }}
                style={{ width: COLS.from + COLS.to + COLS.units + COLS.use + 2 * COLS.area + 5 * 6 }}
              >
                {t('buildingForm.addSegment')}
              </Button>
            </>
          )}
        </Form.List>
        <PlanPreviewBox values={values} />
      </Form>
    </Drawer>
  );
}
