/** MVO-2: record the leasing side's move-out notice — tenant and unit, moving day, contact, forwarding address, keep-intact reminder. */
import { useEffect, useState } from 'react';
import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { CustomerSelect } from '../../components/CustomerSelect.tsx';
import { useCustomerSearch, useStep, type CustomerDto, type MoveOutDto } from './api.ts';

interface Values {
  customerId: string;
  unitId: string;
  moveDay: Dayjs;
  contactName: string;
  contactPhone: string;
  forwardingAddress: string;
  keepIntactReminded: boolean;
}

export function StartMoveOutModal({
  open,
  onClose,
  onStarted,
  preset,
}: {
  open: boolean;
  onClose(): void;
  onStarted(id: string): void;
  preset?: { customer: CustomerDto; unitId: string };
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const [customer, setCustomer] = useState<CustomerDto | null>(null);
  const step = useStep<MoveOutDto>(projectId);
  const tenantUnits = (customer?.units ?? []).filter((u) => u.relation === 'tenant');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setCustomer(preset?.customer ?? null);
    if (preset) form.setFieldsValue({ customerId: preset.customer.customerId, unitId: preset.unitId });
  }, [open, preset, form]);

  const submit = async (v: Values) => {
    try {
      const r = await step.mutateAsync({
        path: 'move-outs',
        body: {
          ...v,
          contactPhone: v.contactPhone?.trim() || undefined,
          moveDay: v.moveDay.format('YYYY-MM-DD'),
          keepIntactReminded: v.keepIntactReminded === true,
        },
      });
      onStarted(r.moveOutId);
    } catch (err) {
      report(err, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={t('moveout.start.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('moveout.start.submit')}
      confirmLoading={step.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} name="start" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="customerId"
          label={t('moveout.start.tenant')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <CustomerSelect
            onPick={(c) => {
              setCustomer(c);
              const first = c?.units.find((u) => u.relation === 'tenant');
              // The phone stays empty: the tenant's archived number (shown masked, CUS-3) is kept unless another is typed.
              form.setFieldsValue({ unitId: first?.unitId, contactName: c?.name, contactPhone: '' });
            }}
            useSearch={(text) => useCustomerSearch(projectId, text)}
            placeholder={t('moveout.start.tenantHint')}
            notFound={t('moveout.start.noTenantUnit')}
            testId="moveout-tenant"
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('moveout.start.unit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="moveout-unit"
            notFoundContent={t('moveout.start.noTenantUnit')}
            options={tenantUnits.map((u) => ({ value: u.unitId, label: `${u.code}（${u.buildingName}）` }))}
          />
        </Form.Item>
        <Form.Item
          name="moveDay"
          label={t('moveout.start.moveDay')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker data-testid="moveout-day" />
        </Form.Item>
        <Form.Item
          name="contactName"
          label={t('moveout.start.contactName')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={60} data-testid="moveout-contact" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('moveout.start.contactPhone')}
          rules={customer ? [] : [{ required: true, message: t('common.required') }]}
        >
          <Input
            maxLength={24}
            placeholder={
              customer?.phones[0] ? t('common.archivedPhone', { phone: customer.phones[0].phone }) : undefined
            }
            data-testid="moveout-phone"
          />
        </Form.Item>
        <Form.Item
          name="forwardingAddress"
          label={t('moveout.start.forwarding')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={200} data-testid="moveout-forwarding" />
        </Form.Item>
        <Form.Item
          name="keepIntactReminded"
          valuePropName="checked"
          rules={[
            {
              validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('common.required')))),
            },
          ]}
        >
          <Checkbox data-testid="moveout-keep-intact">{t('moveout.start.keepIntact')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
