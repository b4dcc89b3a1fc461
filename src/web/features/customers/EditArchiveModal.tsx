/**
 * Editing an archive (CUS-1). On a masked archive the phones, emergency phone and ID number
 * are not in the form (the screen never had them): filled in, they replace what is stored;
 * left empty, what is stored stays. On a full view they are filled in as they are.
 */
import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { ID_TYPES, useArchiveWrites, type ArchiveDetail, type ArchiveEdit } from './api.ts';

interface Values {
  name: string;
  company: string;
  phones: { phone: string; label: string }[];
  emergencyPhone: string;
  birthday: Dayjs | null;
  idType: string | undefined;
  idNumber: string;
  vehicles: { plate: string; model: string }[];
}

function initial(a: ArchiveDetail): Values {
  return {
    name: a.name,
    company: a.company,
    phones: a.masked ? [] : a.phones,
    emergencyPhone: a.masked ? '' : a.emergencyPhone,
    // A masked birthday has no year ('****-06-15'); it is not a date the form can hold.
    birthday: a.masked || !a.birthday ? null : dayjs(a.birthday),
    idType: a.idType || undefined,
    idNumber: a.masked ? '' : a.idNumber,
    vehicles: a.vehicles,
  };
}

/** What the request carries: a masked field left empty is left out, so the stored value stays. */
function edit(a: ArchiveDetail, v: Values): ArchiveEdit {
  const idNumber = v.idNumber.trim();
  const idChanged = idNumber !== '' && (idNumber !== a.idNumber || v.idType !== a.idType);
  return {
    version: a.version,
    name: v.name.trim(),
    company: v.company.trim(),
    ...(v.phones.length
      ? { phones: v.phones.map((p) => ({ phone: p.phone.trim(), label: p.label || 'mobile' })) }
      : {}),
    ...(v.emergencyPhone.trim() || !a.masked ? { emergencyPhone: v.emergencyPhone.trim() } : {}),
    ...(v.birthday || !a.masked ? { birthday: v.birthday ? v.birthday.format('YYYY-MM-DD') : null } : {}),
    ...(idChanged ? { idType: v.idType, idNumber } : {}),
    vehicles: v.vehicles
      .filter((x) => x.plate.trim())
      .map((x) => ({ plate: x.plate.trim(), model: x.model?.trim() ?? '' })),
  };
}

export function EditArchiveModal({ archive, onClose }: { archive: ArchiveDetail | null; onClose(): void }) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const writes = useArchiveWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (archive) form.setFieldsValue(initial(archive));
  }, [archive, form]);

  const submit = async (v: Values) => {
    if (!archive) return;
    setBusy(true);
    try {
      await writes.update(archive.customerId, edit(archive, v));
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      report(err, { form, onConflict: onClose });
    } finally {
      setBusy(false);
    }
  };
  const keep = archive?.masked ? t('archives.edit.keepMasked') : undefined;

  return (
    <Modal
      open={!!archive}
      title={t('archives.edit.title')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name="edit-archive" requiredMark="optional">
        <Flex gap={12}>
          <Form.Item
            name="name"
            label={t('archives.field.name')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="company" label={t('archives.field.company')} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('archives.field.phones')}
          {archive?.masked ? (
            <Typography.Text type="secondary">
              {t('archives.edit.phonesMasked', {
                phones: archive.phones.map((p) => p.phone).join('、') || '—',
              })}
            </Typography.Text>
          ) : null}
        </Typography.Paragraph>
        <Form.List name="phones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item
                    name={[f.name, 'phone']}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input placeholder={t('archives.field.phone')} maxLength={24} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'label']}
                    initialValue="mobile"
                    style={{ width: 120, marginBottom: 8 }}
                  >
                    <Select
                      options={['mobile', 'home', 'office'].map((l) => ({
                        value: l,
                        label: label('phoneLabel', l),
                      }))}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Flex>
              ))}
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ phone: '', label: 'mobile' })}
                style={{ marginBottom: 16 }}
                disabled={fields.length >= 5}
              >
                {t('archives.edit.addPhone')}
              </Button>
            </>
          )}
        </Form.List>
        <Flex gap={12}>
          <Form.Item name="emergencyPhone" label={t('archives.field.emergencyPhone')} style={{ flex: 1 }}>
            <Input
              maxLength={24}
              placeholder={
                archive?.masked && archive.emergencyPhone ? `${archive.emergencyPhone}（${keep}）` : undefined
              }
            />
          </Form.Item>
          <Form.Item name="birthday" label={t('archives.field.birthday')} style={{ width: 200 }}>
            <DatePicker
              style={{ width: '100%' }}
              placeholder={archive?.masked && archive.birthday ? archive.birthday : undefined}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item name="idType" label={t('archives.field.idType')} style={{ width: 200 }}>
            <Select options={ID_TYPES.map((v) => ({ value: v, label: label('idType', v) }))} />
          </Form.Item>
          <Form.Item name="idNumber" label={t('archives.field.idNumber')} style={{ flex: 1 }}>
            <Input
              maxLength={30}
              placeholder={archive?.masked && archive.idNumber ? `${archive.idNumber}（${keep}）` : undefined}
            />
          </Form.Item>
        </Flex>
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('archives.field.vehicles')}
        </Typography.Paragraph>
        <Form.List name="vehicles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="baseline">
                  <Form.Item
                    name={[f.name, 'plate']}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ width: 160, marginBottom: 8 }}
                  >
                    <Input placeholder={t('archives.field.plate')} maxLength={12} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'model']} style={{ flex: 1, marginBottom: 8 }}>
                    <Input placeholder={t('archives.field.model')} maxLength={40} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Flex>
              ))}
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ plate: '', model: '' })}
                disabled={fields.length >= 10}
              >
                {t('archives.edit.addVehicle')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
