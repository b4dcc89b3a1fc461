/** HND-1: the owner on the roster, the ID document and sale contract shown, the ID copy — the server checks them against the roster. */
import { useEffect } from 'react';
import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useIdTypeOptions } from '../id-types.ts';
import { useRoster, useStep, type HandoverDto } from '../api.ts';
import { ScanInput } from '../ScanInput.tsx';
import { StepForm } from '../StepForm.tsx';

interface Values {
  rosterEntryId: string;
  idType: string;
  idNumber: string;
  contractNo: string;
  phone?: string;
  idCopyDocumentId: string;
}

export function RosterStep({ h }: { h: HandoverDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<Values>();
  const roster = useRoster(projectId, h.handoverId);
  const step = useStep(projectId, 'handovers', h.handoverId);
  const idTypes = useIdTypeOptions();
  const rows = roster.data ?? [];
  const chosenId = Form.useWatch('rosterEntryId', form);
  const chosen = rows.find((r) => r.entryId === chosenId);
  const required = [{ required: true, message: t('occupancy.common.required') }];
  // One buyer on the roster (the usual case): chosen already.
  const only = rows.length === 1 ? rows[0]!.entryId : undefined;
  useEffect(() => {
    if (only && !form.getFieldValue('rosterEntryId')) form.setFieldValue('rosterEntryId', only);
  }, [only, form]);
  return (
    <StepForm<Values>
      form={form}
      testId="step-roster"
      hint={t('occupancy.handover.stepHint.roster')}
      submitLabel={t('occupancy.handover.roster.submit')}
      initialValues={{ idType: 'id_card' }}
      onSubmit={(v) => step.mutateAsync({ step: 'roster', body: { ...v, phone: v.phone || undefined } })}
    >
      <Form.Item name="rosterEntryId" label={t('occupancy.handover.roster.entry')} rules={required}>
        <Select
          data-testid="roster-entry"
          loading={roster.isLoading}
          options={rows.map((r) => ({
            value: r.entryId,
            label: t('occupancy.handover.roster.entryLabel', {
              name: r.ownerName,
              id: r.idNumberMasked,
              contract: r.contractNo || '—',
            }),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('occupancy.handover.roster.idNumber')} required>
        <Space.Compact style={{ display: 'flex' }}>
          <Form.Item name="idType" noStyle>
            <Select style={{ width: 160 }} options={idTypes} data-testid="roster-id-type" />
          </Form.Item>
          <Form.Item name="idNumber" noStyle rules={required}>
            <Input style={{ flex: 1, maxWidth: 280 }} maxLength={30} data-testid="roster-id-number" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="contractNo" label={t('occupancy.handover.roster.contractNo')}>
        <Input style={{ maxWidth: 280 }} maxLength={50} data-testid="roster-contract" />
      </Form.Item>
      {chosen && !chosen.phoneMasked ? (
        <Form.Item
          name="phone"
          label={t('occupancy.handover.roster.phone')}
          extra={t('occupancy.handover.roster.phoneHint')}
        >
          <Input style={{ maxWidth: 200 }} maxLength={24} />
        </Form.Item>
      ) : null}
      <Form.Item name="idCopyDocumentId" label={t('occupancy.handover.roster.idCopy')} rules={required}>
        <ScanInput testId="roster-id-copy" />
      </Form.Item>
    </StepForm>
  );
}
