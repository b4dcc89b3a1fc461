/**
 * Who signs and how, as one form control whose value is the API's SignatureBody
 * ({ signerName, method, image | scanDocumentId }): the name, then the pad or the scan.
 */
import { Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { SignatureField, type SignatureValue } from '../../components/SignatureField.tsx';

export interface SignatureBodyValue extends SignatureValue {
  signerName: string;
}

/** Whether a signature is complete enough to send (the server checks again). */
export function signed(v: SignatureBodyValue | undefined): boolean {
  return !!v && v.signerName.trim() !== '' && (v.method === 'pad' ? !!v.image : !!v.scanDocumentId);
}

export function SignatureInput({
  value,
  onChange,
  testId,
}: {
  value?: SignatureBodyValue;
  onChange?(v: SignatureBodyValue): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const v = value ?? { signerName: '', method: 'pad' as const };
  return (
    <Flex vertical gap={8}>
      <Input
        value={v.signerName}
        onChange={(e) => onChange?.({ ...v, signerName: e.target.value })}
        placeholder={t('occupancy.common.signer')}
        maxLength={60}
        style={{ maxWidth: 240 }}
        data-testid={`${testId}-name`}
      />
      <SignatureField
        projectId={projectId}
        value={v}
        onChange={(s) => onChange?.({ ...s, signerName: v.signerName })}
        testId={testId}
      />
    </Flex>
  );
}

/** The form rule: a name and a drawn signature or an uploaded scan. */
export function signatureRule(message: string) {
  return {
    validator: (_: unknown, v: SignatureBodyValue | undefined) =>
      signed(v) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
