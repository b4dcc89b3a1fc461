/** Who signs and their signature (on screen or a scan of paper), as one group of form fields whose value is the API's SignatureBody. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { SignatureField, type SignatureValue } from '../../components/SignatureField.tsx';

export interface SignerValue {
  signerName: string;
  signature: SignatureValue;
}

/** The API's signature body from the two fields. */
export const toSignature = (v: SignerValue) => ({ signerName: v.signerName, ...v.signature });

export function SignerFields({
  name,
  nameLabel,
  signatureLabel,
  testId,
}: {
  name: string;
  nameLabel: string;
  signatureLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  return (
    <>
      <Form.Item
        name={[name, 'signerName']}
        label={nameLabel}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input maxLength={60} style={{ maxWidth: 240 }} data-testid={`${testId}-name`} />
      </Form.Item>
      <Form.Item
        name={[name, 'signature']}
        label={signatureLabel}
        rules={[{ required: true, message: t('common.required') }]}
        initialValue={{ method: 'pad' }}
      >
        <SignatureField projectId={projectId} testId={testId} />
      </Form.Item>
    </>
  );
}
