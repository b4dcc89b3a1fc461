/**
 * REL-5: the CS clerk, the carrier and the owner sign, each once — on the pad or on paper
 * with the scan — then the pass is issued with its number. The server refuses an issue
 * while a signature is missing, so the button only saves a round trip.
 */
import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth.tsx';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { SignatureField, type SignatureValue } from '../../../components/SignatureField.tsx';
import { documentUrl, type PassDto } from '../api.ts';
import { signerRole } from './pass-labels.ts';
import { usePassStep } from './use-pass-step.ts';

export function SignPanel({ pass }: { pass: PassDto }) {
  const { t } = useTranslation();
  const step = usePassStep(pass.passId);
  return (
    <Card size="small" title={t('custody.wizard.signTitle')}>
      <Flex vertical gap={12}>
        {pass.requiredSignatures.map((purpose) => (
          <SignerRow key={purpose} pass={pass} purpose={purpose} />
        ))}
        <Button
          type="primary"
          size="large"
          disabled={pass.missingSignatures.length > 0}
          loading={step.busy}
          onClick={() => void step.run('issue')}
          data-testid="issue-pass"
          style={{ alignSelf: 'start' }}
        >
          {t('custody.wizard.issue')}
        </Button>
      </Flex>
    </Card>
  );
}

function defaultSigner(pass: PassDto, role: 'clerk' | 'carrier' | 'owner', me: string): string {
  if (role === 'clerk') return me.replace(/（.*）$/, '');
  if (role === 'carrier') return pass.carrierName;
  return pass.call?.name ?? '';
}

function SignerRow({ pass, purpose }: { pass: PassDto; purpose: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  const role = signerRole(purpose);
  const step = usePassStep(pass.passId);
  const [form] = Form.useForm<{ signerName: string; signature?: SignatureValue }>();
  const [missing, setMissing] = useState(false);
  const signed = pass.signatures.find((s) => s.purpose === purpose);
  const who = t(`custody.enums.signer.${role}`);

  if (signed) {
    return (
      <Flex align="center" gap={12} data-testid={`signed-${role}`}>
        <CheckCircleFilled style={{ color: '#52c41a' }} />
        <Typography.Text strong style={{ width: 64 }}>
          {who}
        </Typography.Text>
        {signed.method === 'pad' ? (
          <img
            src={documentUrl(projectId, signed.documentId)}
            alt={signed.signerName}
            style={{ height: 36, border: '1px solid #f0f0f0' }}
          />
        ) : null}
        <Typography.Text type="secondary">
          {t('custody.wizard.signedBy', { name: signed.signerName, at: fmt(signed.signedAt) })}
        </Typography.Text>
      </Flex>
    );
  }
  const submit = async (v: { signerName: string; signature?: SignatureValue }) => {
    const s = v.signature;
    if (!s || (s.method === 'pad' ? !s.image : !s.scanDocumentId)) return setMissing(true);
    await step.run('signatures', { role, signature: { signerName: v.signerName.trim(), ...s } }, form);
  };
  return (
    <Card size="small" type="inner" title={who} data-testid={`signer-${role}`}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ signerName: defaultSigner(pass, role, me?.user.displayName ?? '') }}
        onFinish={(v) => void submit(v)}
      >
        <Flex gap={16} align="start" wrap>
          <Flex vertical gap={8} style={{ width: 180 }}>
            <Form.Item
              name="signerName"
              label={t('custody.wizard.signerName')}
              rules={[{ required: true, whitespace: true, message: t('custody.wizard.signerNameRequired') }]}
              style={{ marginBottom: 0 }}
            >
              <Input maxLength={60} data-testid={`signer-name-${role}`} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={step.busy} data-testid={`sign-${role}`}>
              {t('custody.wizard.signConfirm')}
            </Button>
            {missing ? (
              <Typography.Text type="danger">{t('custody.wizard.signatureRequired')}</Typography.Text>
            ) : null}
          </Flex>
          <Form.Item name="signature" noStyle>
            <SignatureField
              projectId={projectId}
              testId={`signature-${role}`}
              onChange={() => setMissing(false)}
            />
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}
