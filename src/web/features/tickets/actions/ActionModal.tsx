/** The frame of every action dialog: titled by the action, OK sends it, one test id for OK. */
import type { ReactNode } from 'react';
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ActionModalProps {
  title: string;
  okText?: string;
  busy: boolean;
  onOk(): void;
  onCancel(): void;
  width?: number;
  /** OK stays disabled while the action cannot be sent (the dialog says why). */
  okDisabled?: boolean;
  children: ReactNode;
}

export function ActionModal({
  title,
  okText,
  busy,
  onOk,
  onCancel,
  width = 520,
  okDisabled = false,
  children,
}: ActionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      onOk={onOk}
      onCancel={onCancel}
      confirmLoading={busy}
      width={width}
      destroyOnHidden
      maskClosable={false}
      okButtonProps={{
        disabled: okDisabled,
        ...({ 'data-testid': 'action-submit' } as Record<string, string>),
      }}
    >
      {children}
    </Modal>
  );
}
