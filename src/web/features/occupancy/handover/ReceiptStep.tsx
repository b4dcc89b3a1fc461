/** HND-5: the documents and items handed over, and the owner's signature on the document receipt — the last step. */
import { Form, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useStep, type HandoverDto } from '../api.ts';
import { SignatureInput, signatureRule, type SignatureBodyValue } from '../SignatureInput.tsx';
import { StepForm } from '../StepForm.tsx';

export function ReceiptStep({ h }: { h: HandoverDto }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<{ signature: SignatureBodyValue }>();
  const step = useStep(projectId, 'handovers', h.handoverId);
  const handed = [
    t('occupancy.handover.receipt.keys', { count: h.keys?.handed ?? 0 }),
    t('occupancy.handover.receipt.handbooks'),
    t('occupancy.handover.receipt.safetyLetter'),
  ];
  return (
    <StepForm<{ signature: SignatureBodyValue }>
      form={form}
      testId="step-receipt"
      hint={t('occupancy.handover.stepHint.receipt')}
      submitLabel={t('occupancy.handover.receipt.submit')}
      initialValues={{ signature: { signerName: h.owner?.name ?? '', method: 'pad' } }}
      onSubmit={(v) => step.mutateAsync({ step: 'receipt', body: { signature: v.signature } })}
    >
      <List
        size="small"
        bordered
        header={t('occupancy.handover.receipt.listTitle')}
        dataSource={handed}
        renderItem={(x) => <List.Item>{x}</List.Item>}
        style={{ marginBottom: 16, maxWidth: 480 }}
      />
      <Form.Item
        name="signature"
        label={t('occupancy.handover.receipt.signature')}
        rules={[signatureRule(t('occupancy.common.required'))]}
      >
        <SignatureInput testId="receipt-signature" />
      </Form.Item>
    </StepForm>
  );
}
