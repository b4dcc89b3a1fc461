/**
 * KEY-1: a key into the register — unit, kind, cabinet slot, and who may collect it. An
 * owner's key names the entrusting owner; the server accepts it for a vacant unit only.
 */
import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../app/errors.ts';
import { useLabel } from '../../../app/labels.ts';
import { useProject } from '../../../app/project.tsx';
import { UnitSelect } from '../../desk/UnitSelect.tsx';
import { keyApi, useKeyParties, useRefresh } from '../api.ts';

interface Values {
  unitId: string;
  kind: 'developer' | 'not_received' | 'entrusted';
  cabinetSlot: string;
  entrustedBy?: string;
  entrusted?: string[];
  note?: string;
}

export function RegisterKeyModal({
  open,
  onClose,
  onRegistered,
}: {
  open: boolean;
  onClose(): void;
  onRegistered(keyId: string): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch('kind', form);
  const parties = useKeyParties(projectId, unitId).data ?? [];
  const options = parties.map((p) => ({
    value: p.customerId,
    label: `${p.name} · ${label('unitRelation', p.relation)}`,
  }));

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const key = await keyApi.register(projectId, {
        ...v,
        cabinetSlot: v.cabinetSlot.trim(),
        entrusted: v.entrusted ?? [],
        note: v.note?.trim() ?? '',
        entrustedBy: v.kind === 'entrusted' ? v.entrustedBy : undefined,
      });
      message.success(t('custody.keys.registered', { number: key.number }));
      await refresh();
      onRegistered(key.keyId);
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('custody.keys.registerTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'register-key-submit' } as Record<string, string>}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="key"
        requiredMark={false}
        initialValues={{ kind: 'developer' }}
      >
        <Form.Item
          name="unitId"
          label={t('custody.keys.unit')}
          rules={[{ required: true, message: t('custody.wizard.unitRequired') }]}
        >
          <UnitSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('custody.keys.kind')} extra={t('custody.keys.kindHelp')}>
          <Radio.Group
            optionType="button"
            options={(['developer', 'not_received', 'entrusted'] as const).map((k) => ({
              value: k,
              label: t(`custody.enums.keyKind.${k}`),
            }))}
            data-testid="key-kind"
          />
        </Form.Item>
        <Form.Item
          name="cabinetSlot"
          label={t('custody.keys.slot')}
          rules={[{ required: true, whitespace: true, message: t('custody.keys.slotRequired') }]}
        >
          <Input maxLength={20} style={{ width: 160 }} placeholder="A-01" data-testid="key-slot" />
        </Form.Item>
        {kind === 'entrusted' ? (
          <Form.Item
            name="entrustedBy"
            label={t('custody.keys.entrustedBy')}
            rules={[{ required: true, message: t('custody.keys.entrustedByRequired') }]}
          >
            <Select
              options={options.filter(
                (o) => parties.find((p) => p.customerId === o.value)?.relation === 'owner',
              )}
              data-testid="key-entrusted-by"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="entrusted"
          label={t('custody.keys.entrusted')}
          extra={t('custody.keys.entrustedHelp')}
        >
          <Select mode="multiple" options={options} data-testid="key-entrusted" />
        </Form.Item>
        <Form.Item name="note" label={t('custody.keys.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
