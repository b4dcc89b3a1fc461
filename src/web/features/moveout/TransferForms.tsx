/** The forms of the transfer steps (TRF-1..2); each posts one step and shows the server's refusal if any. */
import { useState } from 'react';
import { App, Button, Divider, Flex, Form, Input, InputNumber, Select, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, post } from '../../app/api.ts';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { CustomerSelect } from '../../components/CustomerSelect.tsx';
import { useCustomerSearch, useStep, useUnitMeters, type CustomerDto, type TransferDto } from './api.ts';
import { SignerFields, toSignature, type SignerValue } from './SignerFields.tsx';

const ID_TYPES = ['id_card', 'passport', 'hk_macau', 'taiwan', 'business_licence', 'other'] as const;

/** Posts one step of the transfer: success toast, or the refusal on the form. */
function useTransferStep(tr: TransferDto) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const step = useStep<TransferDto>(projectId);
  const run = async (path: string, body: unknown, form?: Parameters<typeof report>[1]) => {
    try {
      await step.mutateAsync({ path: `transfers/${tr.transferId}/${path}`, body });
      message.success(t('moveout.saved'));
    } catch (err) {
      report(err, form);
    }
  };
  return { run, busy: step.isPending };
}

export function CertificateForm({ tr }: { tr: TransferDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ certificateNo: string; scanDocumentId: string }>();
  const [fileName, setFileName] = useState('');
  const { run, busy } = useTransferStep(tr);
  const upload = async (file: File) => {
    try {
      const doc = await api<{ documentId: string }>(
        'POST',
        `/api/projects/${projectId}/documents?title=${encodeURIComponent(file.name)}`,
        file,
      );
      form.setFieldsValue({ scanDocumentId: doc.documentId });
      setFileName(file.name);
    } catch (err) {
      report(err);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => run('certificate', v, { form })}
    >
      <Form.Item
        name="certificateNo"
        label={t('moveout.transfer.certificateNo')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input maxLength={60} style={{ maxWidth: 360 }} />
      </Form.Item>
      <Form.Item
        name="scanDocumentId"
        label={t('moveout.transfer.scan')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Flex gap={8} align="center">
          <Upload
            accept="image/jpeg,image/png,image/webp,application/pdf"
            showUploadList={false}
            beforeUpload={(f) => (void upload(f), false)}
          >
            <Button icon={<UploadOutlined />}>{t('moveout.transfer.upload')}</Button>
          </Upload>
          {fileName ? (
            <Typography.Text type="success">
              {t('moveout.transfer.uploaded', { name: fileName })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('moveout.transfer.certify')}
      </Button>
    </Form>
  );
}

export function SettlementForm({ tr }: { tr: TransferDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const meters = useUnitMeters(projectId, tr.unitId);
  const [form] = Form.useForm<{ readings: Record<string, number | null>; old: SignerValue }>();
  const { run, busy } = useTransferStep(tr);
  const submit = (v: { readings: Record<string, number | null>; old: SignerValue }) => {
    const readings = Object.entries(v.readings ?? {}).flatMap(([meterId, value]) =>
      value === null || value === undefined ? [] : [{ meterId, valueCenti: Math.round(value * 100) }],
    );
    return run('settlement', { readings, oldOwnerSignature: toSignature(v.old) }, { form });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ old: { signerName: tr.oldOwnerName } }}
    >
      <Typography.Title level={5}>{t('moveout.transfer.readings')}</Typography.Title>
      {(meters.data ?? []).length === 0 ? (
        <Typography.Paragraph type="secondary">{t('moveout.inspect.noMeters')}</Typography.Paragraph>
      ) : null}
      {(meters.data ?? []).map((m) => (
        <Form.Item
          key={m.meterId}
          name={['readings', m.meterId]}
          label={`${m.code}${m.lastReading ? `（${t('moveout.inspect.last', { value: (m.lastReading.valueCenti / 100).toFixed(2) })}）` : ''}`}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} step={0.01} precision={2} style={{ width: 200 }} />
        </Form.Item>
      ))}
      <SignerFields
        name="old"
        nameLabel={t('moveout.transfer.oldSigner')}
        signatureLabel={t('moveout.transfer.oldSignature')}
        testId="settle-signature"
      />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('moveout.transfer.settle')}
      </Button>
    </Form>
  );
}

interface OwnerValues {
  newOwnerId?: string;
  newName?: string;
  newPhone?: string;
  idType: (typeof ID_TYPES)[number];
  idNumber: string;
  emergencyPhone?: string;
  owner: SignerValue;
}

export function NewOwnerForm({ tr }: { tr: TransferDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<OwnerValues>();
  const [picked, setPicked] = useState<CustomerDto | null>(null);
  const { run, busy } = useTransferStep(tr);
  const submit = async (v: OwnerValues) => {
    let newOwnerId = v.newOwnerId;
    if (!newOwnerId) {
      try {
        newOwnerId = (
          await post<CustomerDto>(`/api/projects/${projectId}/customers`, {
            kind: 'person',
            name: v.newName,
            phones: [{ phone: v.newPhone, label: 'mobile' }],
          })
        ).customerId;
        form.setFieldsValue({ newOwnerId });
      } catch (err) {
        return report(err, { form });
      }
    }
    const archive = {
      idType: v.idType,
      idNumber: v.idNumber,
      ...(v.emergencyPhone ? { emergencyPhone: v.emergencyPhone } : {}),
    };
    await run('new-owner', { newOwnerId, archive, safetyLetter: toSignature(v.owner) }, { form });
  };
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ idType: 'id_card' }}
      // The new owner signs the letter in their own name: typed once, used for both.
      onValuesChange={(changed: Partial<OwnerValues>) =>
        changed.newName !== undefined && form.setFieldValue(['owner', 'signerName'], changed.newName)
      }
    >
      <Form.Item name="newOwnerId" label={t('moveout.transfer.newOwner')}>
        <CustomerSelect
          onPick={(c) => (
            setPicked(c),
            form.setFieldsValue({ owner: { signerName: c?.name ?? '', signature: { method: 'pad' } } })
          )}
          useSearch={(text) => useCustomerSearch(projectId, text)}
          placeholder={t('moveout.transfer.newOwnerHint')}
          notFound={t('moveout.transfer.createNew')}
          width={360}
          testId="transfer-new-owner"
        />
      </Form.Item>
      {picked ? null : (
        <Flex gap={16} wrap>
          <Form.Item
            name="newName"
            label={t('moveout.transfer.newName')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input maxLength={100} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            name="newPhone"
            label={t('moveout.transfer.newPhone')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input maxLength={24} style={{ width: 180 }} />
          </Form.Item>
        </Flex>
      )}
      <Divider style={{ margin: '4px 0 12px' }} />
      <Flex gap={16} wrap>
        <Form.Item
          name={['idType']}
          label={t('moveout.transfer.idType')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            style={{ width: 160 }}
            options={ID_TYPES.map((v) => ({ value: v, label: t(`moveout.idType.${v}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('moveout.transfer.idNumber')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={30} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="emergencyPhone" label={t('moveout.transfer.emergency')}>
          <Input maxLength={24} style={{ width: 180 }} />
        </Form.Item>
      </Flex>
      <SignerFields
        name="owner"
        nameLabel={t('moveout.transfer.safetySigner')}
        signatureLabel={t('moveout.transfer.safety')}
        testId="owner-signature"
      />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('moveout.transfer.recordOwner')}
      </Button>
    </Form>
  );
}

export function PrepaidForm({ tr }: { tr: TransferDto }) {
  const { t } = useTranslation();
  const { run, busy } = useTransferStep(tr);
  return (
    <Flex vertical gap={12} align="flex-start">
      <Typography.Text type="secondary">{t('moveout.transfer.prepaidHint')}</Typography.Text>
      <Button type="primary" loading={busy} onClick={() => void run('prepayment-check', {})}>
        {t('moveout.transfer.checkPrepaid')}
      </Button>
    </Flex>
  );
}

export function CompleteTransferForm({ tr }: { tr: TransferDto }) {
  const { t } = useTranslation();
  const { run, busy } = useTransferStep(tr);
  return (
    <Button type="primary" loading={busy} onClick={() => void run('complete', {})}>
      {t('moveout.transfer.complete')}
    </Button>
  );
}
