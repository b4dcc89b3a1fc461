/** Edit a building's name, kind and parties (PRP-3); saved against the version it was read at. */
import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { BUILDING_KINDS } from '../../../server/modules/properties/rules.ts';
import { usePropertyWrites } from './api.ts';
import { useEnumOptions } from '../../app/labels.ts';
import { useErrorReporter } from '../../app/errors.ts';
import type { Building } from '../../app/types.ts';

interface EditValues {
  name: string;
  kind: string;
  ownerParty: string;
  managingParty: string;
}

export function BuildingEditModal({
  projectId,
  building,
  onClose,
}: {
  projectId: string;
  building: Building | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumOptions = useEnumOptions();
  const report = useErrorReporter();
  const writes = usePropertyWrites(projectId);
  const [form] = Form.useForm<EditValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (building)
      form.setFieldsValue({
        name: building.name,
        kind: building.kind,
        ownerParty: building.ownerParty,
        managingParty: building.managingParty,
      });
  }, [building, form]);

  const save = async (v: EditValues) => {
    if (!building) return;
    setBusy(true);
    try {
      await writes.updateBuilding(building.buildingId, {
        version: building.version,
        name: v.name.trim(),
        kind: v.kind,
        ownerParty: v.ownerParty.trim(),
        managingParty: v.managingParty.trim(),
      });
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      report(err, { form, onConflict: onClose });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!building}
      title={t('properties.editBuildingTitle', { code: building?.code ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      <Form<EditValues> form={form} layout="vertical" onFinish={(v) => void save(v)} requiredMark={false}>
        <Form.Item
          name="name"
          label={t('properties.buildingName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={64} autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={t('properties.kind')}>
          <Select options={enumOptions('buildingKind', BUILDING_KINDS)} />
        </Form.Item>
        <Form.Item name="ownerParty" label={t('properties.ownerParty')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="managingParty" label={t('properties.managingParty')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
