/** STA-1: the project manager signs the month's report (项目经理签阅); it then goes to security and the cashier. */
import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth.tsx';
import { useErrorReporter } from '../../../app/errors.ts';
import { useProject } from '../../../app/project.tsx';
import { SignatureField, type SignatureValue } from '../../../components/SignatureField.tsx';
import { reportApi, useRefresh } from '../api.ts';

export function SignReportModal({
  open,
  month,
  onClose,
  onSigned,
}: {
  open: boolean;
  month: string;
  onClose(): void;
  onSigned(): void;
}) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { projectId } = useProject();
  const report = useErrorReporter();
  const refresh = useRefresh(projectId);
  const [form] = Form.useForm<{ signerName: string; signature?: SignatureValue }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await reportApi.sign(projectId, month, {
        signerName: v.signerName.trim(),
        method: 'pad',
        ...v.signature,
      });
      await refresh();
      onSigned();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('custody.status.signTitle', { month })}
      onCancel={onClose}
      maskClosable={false}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'sign-report-submit' } as Record<string, string>}
      destroyOnHidden
      width={580}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('custody.status.signHelp')} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ signerName: (me?.user.displayName ?? '').replace(/（.*）$/, '') }}
      >
        <Form.Item
          name="signerName"
          label={t('custody.wizard.signerName')}
          rules={[{ required: true, whitespace: true, message: t('custody.wizard.signerNameRequired') }]}
        >
          <Input maxLength={60} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="signature"
          rules={[
            {
              validator: (_, s: SignatureValue | undefined) =>
                s && (s.image || s.scanDocumentId)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('custody.wizard.signatureRequired'))),
            },
          ]}
        >
          <SignatureField projectId={projectId} testId="report-signature" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
