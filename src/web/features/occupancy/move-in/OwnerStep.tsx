/** MVI-1: the owner confirms the tenant moving in (业主承诺书) — one of the unit's owners, or the owner party when it has none. */
import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useMoveInOwners, useStep, type MoveInDto } from '../api.ts';
import { SignatureInput, signatureRule, type SignatureBodyValue } from '../SignatureInput.tsx';
import { StepForm } from '../StepForm.tsx';

export function OwnerStep({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<{ ownerCustomerId?: string; letter: SignatureBodyValue }>();
  const owners = useMoveInOwners(projectId, m.moveInId);
  const step = useStep(projectId, 'move-ins', m.moveInId);
  const list = owners.data?.owners ?? [];
  return (
    <StepForm
      form={form}
      testId="step-owner"
      hint={t('occupancy.moveIn.stepHint.owner_confirmation')}
      submitLabel={t('occupancy.moveIn.owner.submit')}
      initialValues={{ letter: { signerName: '', method: 'paper' } }}
      onSubmit={(v) => step.mutateAsync({ step: 'owner-confirmation', body: v })}
    >
      {list.length ? (
        <Form.Item
          name="ownerCustomerId"
          label={t('occupancy.moveIn.owner.owner')}
          rules={[{ required: true, message: t('occupancy.common.required') }]}
        >
          <Select
            style={{ width: 260 }}
            options={list.map((o) => ({ value: o.customerId, label: o.name }))}
          />
        </Form.Item>
      ) : owners.data ? (
        <Alert
          type="warning"
          showIcon
          message={t('occupancy.moveIn.owner.ownerParty', { party: owners.data.ownerParty })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form.Item
        name="letter"
        label={t('occupancy.moveIn.owner.letter')}
        rules={[signatureRule(t('occupancy.common.required'))]}
      >
        <SignatureInput testId="owner-letter" />
      </Form.Item>
    </StepForm>
  );
}
