/** HND-6/MVI-1: the lease copy and the move-in notice from leasing, the lease, and who the tenant is (an existing customer or a new one). */
import { useState } from 'react';
import { DatePicker, Flex, Form, Input, Segmented, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../../app/api.ts';
import { useProject } from '../../../app/project.tsx';
import { useDebounced } from '../../desk/use-debounced.ts';
import { useStep, type MoveInDto } from '../api.ts';
import { useIdTypeOptions } from '../id-types.ts';
import { ScanInput } from '../ScanInput.tsx';
import { StepForm } from '../StepForm.tsx';

interface Values {
  customerId?: string;
  newTenant?: { kind: 'person' | 'company'; name: string; phone: string };
  idType: string;
  idNumber: string;
  period: [Dayjs, Dayjs];
  leaseCopyDocumentId: string;
  moveInNoticeDocumentId: string;
}

function CustomerSearch({ value, onChange }: { value?: string; onChange?(v: string): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const found = useQuery({
    queryKey: ['occupancy', projectId, 'customers', q],
    queryFn: () =>
      get<{ customerId: string; name: string; company: string }[]>(
        `/api/projects/${projectId}/customers?q=${encodeURIComponent(q)}`,
      ),
    enabled: q.length > 0,
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      onSearch={setText}
      filterOption={false}
      placeholder={t('occupancy.moveIn.lease.customerHint')}
      loading={found.isFetching}
      options={(found.data ?? []).map((c) => ({
        value: c.customerId,
        label: c.company && c.company !== c.name ? `${c.name}（${c.company}）` : c.name,
      }))}
      style={{ width: 320 }}
    />
  );
}

export function LeaseStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const [who, setWho] = useState<'new' | 'existing'>('new');
  const step = useStep(projectId, 'move-ins', m.moveInId);
  const idTypes = useIdTypeOptions();
  const required = [{ required: true, message: t('occupancy.common.required') }];
  return (
    <StepForm<Values>
      form={form}
      testId="step-lease"
      hint={t('occupancy.moveIn.stepHint.lease')}
      submitLabel={t('occupancy.moveIn.lease.submit')}
      initialValues={{ idType: 'business_licence', newTenant: { kind: 'company', name: '', phone: '' } }}
      onSubmit={(v) =>
        step.mutateAsync({
          step: 'lease',
          body: {
            ...(who === 'existing' ? { customerId: v.customerId } : { newTenant: v.newTenant }),
            idType: v.idType,
            idNumber: v.idNumber,
            leaseStart: v.period[0].format('YYYY-MM-DD'),
            leaseEnd: v.period[1].format('YYYY-MM-DD'),
            leaseCopyDocumentId: v.leaseCopyDocumentId,
            moveInNoticeDocumentId: v.moveInNoticeDocumentId,
          },
        })
      }
    >
      <Form.Item label={t('occupancy.moveIn.lease.customer')}>
        <Segmented
          value={who}
          onChange={setWho}
          options={[
            { value: 'new', label: t('occupancy.moveIn.lease.newTenant') },
            { value: 'existing', label: t('occupancy.moveIn.lease.existing') },
          ]}
        />
      </Form.Item>
      {who === 'existing' ? (
        <Form.Item name="customerId" label={t('occupancy.moveIn.lease.customer')} rules={required}>
          <CustomerSearch />
        </Form.Item>
      ) : (
        <Flex gap={16} wrap>
          <Form.Item name={['newTenant', 'kind']} label={t('occupancy.moveIn.lease.kind')}>
            <Select
              style={{ width: 120 }}
              options={(['company', 'person'] as const).map((k) => ({
                value: k,
                label: t(`occupancy.moveIn.lease.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name={['newTenant', 'name']} label={t('occupancy.moveIn.lease.name')} rules={required}>
            <Input style={{ width: 260 }} maxLength={100} data-testid="lease-name" />
          </Form.Item>
          <Form.Item name={['newTenant', 'phone']} label={t('occupancy.moveIn.lease.phone')} rules={required}>
            <Input style={{ width: 180 }} maxLength={24} data-testid="lease-phone" />
          </Form.Item>
        </Flex>
      )}
      <Form.Item label={t('occupancy.moveIn.lease.idNumber')} required>
        <Space.Compact style={{ display: 'flex' }}>
          <Form.Item name="idType" noStyle>
            <Select style={{ width: 160 }} options={idTypes} />
          </Form.Item>
          <Form.Item name="idNumber" noStyle rules={required}>
            <Input style={{ maxWidth: 280 }} maxLength={30} data-testid="lease-id-number" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="period" label={t('occupancy.moveIn.lease.period')} rules={required}>
        <DatePicker.RangePicker data-testid="lease-period" />
      </Form.Item>
      <Flex gap={24} wrap>
        <Form.Item name="leaseCopyDocumentId" label={t('occupancy.moveIn.lease.leaseCopy')} rules={required}>
          <ScanInput testId="lease-copy" />
        </Form.Item>
        <Form.Item name="moveInNoticeDocumentId" label={t('occupancy.moveIn.lease.notice')} rules={required}>
          <ScanInput testId="lease-notice" />
        </Form.Item>
      </Flex>
    </StepForm>
  );
}
