/** HND-4: every rectification item is closed — the kept key goes back to the owner, who signs for it. */
import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { useStep, type HandoverDto } from '../api.ts';
import { SignatureInput, signatureRule, type SignatureBodyValue } from '../SignatureInput.tsx';

export function ReturnKeyModal({ h, open, onClose }: { h: HandoverDto; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<{ signature: SignatureBodyValue }>();
  const step = useStep(projectId, 'handovers', h.handoverId);
  const report = useErrorReporter();
  return (
    <Modal
      open={open}
      title={t('occupancy.handover.returnKeyTitle')}
      okText={t('occupancy.handover.returnKey')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={560}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await step.mutateAsync({ step: 'kept-key/return', body: v });
          onClose();
        } catch (err) {
          report(err, { form });
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ signature: { signerName: h.owner?.name ?? '', method: 'pad' } }}
      >
        <Form.Item
          name="signature"
          label={t('occupancy.common.signature')}
          rules={[signatureRule(t('occupancy.common.required'))]}
        >
          <SignatureInput testId="return-key-signature" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
