/** 重置密码: a new initial password for a person who forgot theirs; they change it at next login. */
import { useEffect, useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useStaffWrites } from './api.ts';
import { generatePassword } from './password.ts';
import { CredentialsNotice } from './CredentialsNotice.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import type { Staff } from '../../app/types.ts';

export function ResetPasswordModal({
  projectId,
  staff,
  onClose,
}: {
  projectId: string;
  staff: Staff | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const report = useErrorReporter();
  const writes = useStaffWrites(projectId);
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (staff) form.setFieldsValue({ password: generatePassword() });
  }, [staff, form]);

  const save = async ({ password }: { password: string }) => {
    if (!staff) return;
    setBusy(true);
    try {
      await writes.resetPassword(staff.userId, password);
      onClose();
      modal.success({
        title: t('staff.resetDone'),
        width: 460,
        content: (
          <CredentialsNotice username={staff.username} displayName={staff.displayName} password={password} />
        ),
        okText: t('staff.handedOver'),
      });
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!staff}
      title={t('staff.resetTitle', { name: staff?.displayName ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('staff.reset')}
      confirmLoading={busy}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('staff.resetHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item label={t('staff.newPassword')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="password"
              noStyle
              rules={[
                { required: true, message: t('common.required') },
                { pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,}$/, message: t('auth.passwordRule') },
              ]}
            >
              <Input style={{ fontFamily: 'monospace' }} autoComplete="off" />
            </Form.Item>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('staff.generate')}
              title={t('staff.generate')}
              onClick={() => form.setFieldValue('password', generatePassword())}
            />
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
