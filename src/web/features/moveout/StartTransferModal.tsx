/** TRF: a transfer starts with the unit, its current owner and the handover date. */
import { useEffect, useState } from 'react';
import { DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { CustomerSelect } from '../../components/CustomerSelect.tsx';
import { useCustomerSearch, useStep, type CustomerDto, type TransferDto } from './api.ts';

interface Values {
  oldOwnerId: string;
  unitId: string;
  handoverDay: Dayjs;
}

export function StartTransferModal({
  open,
  onClose,
  onStarted,
}: {
  open: boolean;
  onClose(): void;
  onStarted(id: string): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const [owner, setOwner] = useState<CustomerDto | null>(null);
  const step = useStep<TransferDto>(projectId);
  useEffect(() => {
    if (open) (form.resetFields(), setOwner(null));
  }, [open, form]);
  const owned = (owner?.units ?? []).filter((u) => u.relation === 'owner');
  const submit = async (v: Values) => {
    try {
      const r = await step.mutateAsync({
        path: 'transfers',
        body: { ...v, handoverDay: v.handoverDay.format('YYYY-MM-DD') },
      });
      onStarted(r.transferId);
    } catch (err) {
      report(err, { form });
    }
  };
  return (
    <Modal
      open={open}
      title={t('moveout.transfer.startTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('moveout.start.submit')}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="oldOwnerId"
          label={t('moveout.transfer.oldOwner')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <CustomerSelect
            onPick={(c) => (
              setOwner(c),
              form.setFieldsValue({ unitId: c?.units.find((u) => u.relation === 'owner')?.unitId })
            )}
            useSearch={(text) => useCustomerSearch(projectId, text)}
            placeholder={t('moveout.transfer.oldOwnerHint')}
            notFound={t('moveout.transfer.noOwnedUnit')}
            testId="transfer-owner"
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('moveout.transfer.unit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            notFoundContent={t('moveout.transfer.noOwnedUnit')}
            options={owned.map((u) => ({ value: u.unitId, label: `${u.code}（${u.buildingName}）` }))}
          />
        </Form.Item>
        <Form.Item
          name="handoverDay"
          label={t('moveout.transfer.handoverDay')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
