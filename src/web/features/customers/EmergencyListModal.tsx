/**
 * 紧急联系人名单 (CUS-3): for the night supervisor — unmasked, so the purpose is asked first
 * and logged with every print or export.
 */
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { emergencyPrintUrl, emergencyXlsxUrl } from './api.ts';

export function EmergencyListModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const [form] = Form.useForm<{ reason: string }>();
  const reason = Form.useWatch('reason', form)?.trim() ?? '';
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const ready = reason.length >= 2;
  return (
    <Modal open={open} title={t('archives.emergency.title')} onCancel={onClose} footer={null} destroyOnHidden>
      <Alert type="warning" showIcon message={t('archives.emergency.notice')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" name="emergency">
        <Form.Item
          name="reason"
          label={t('archives.emergency.reason')}
          initialValue={t('archives.emergency.defaultReason')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      <Space>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={!ready}
          href={emergencyPrintUrl(projectId, reason, lang)}
          target="_blank"
          rel="noopener"
          onClick={onClose}
          data-testid="emergency-print"
        >
          {t('archives.emergency.print')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={!ready}
          href={emergencyXlsxUrl(projectId, reason, lang)}
          download
          onClick={onClose}
        >
          {t('archives.emergency.xlsx')}
        </Button>
      </Space>
    </Modal>
  );
}
