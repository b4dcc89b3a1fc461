/**
 * One transfer as guided steps: new title certificate → old owner's settlement → new owner's
 * archive and safety letter → six months paid ahead → completed (TRF-1..2). The panel is the
 * form of the step the server says comes next.
 */
import { Alert, Button, Card, Descriptions, Flex, Steps, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { formatYuan } from '../tickets/money.ts';
import { formUrl, useTransfer } from './api.ts';
import { StateTag } from './StateTag.tsx';
import {
  CertificateForm,
  NewOwnerForm,
  PrepaidForm,
  SettlementForm,
  CompleteTransferForm,
} from './TransferForms.tsx';

const STEPS = ['certify', 'settle', 'record_owner', 'check_prepaid', 'complete'] as const;

export function TransferDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const q = useTransfer(projectId, id);
  if (q.error) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const tr = q.data;
  if (!tr) return <Card loading />;
  const at = tr.nextStep ? STEPS.indexOf(tr.nextStep as (typeof STEPS)[number]) : STEPS.length;
  const panel = {
    certify: <CertificateForm tr={tr} />,
    settle: <SettlementForm tr={tr} />,
    record_owner: <NewOwnerForm tr={tr} />,
    check_prepaid: <PrepaidForm tr={tr} />,
    complete: <CompleteTransferForm tr={tr} />,
  };
  return (
    <Card
      data-testid="transfer-detail"
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{tr.unitCode}</Typography.Text>
          <Typography.Text>{`${tr.oldOwnerName}${tr.newOwnerName ? ` → ${tr.newOwnerName}` : ''}`}</Typography.Text>
          <StateTag state={tr.state} />
        </Flex>
      }
      extra={
        <Button
          icon={<PrinterOutlined />}
          href={formUrl(projectId, 'transfers', tr.transferId)}
          target="_blank"
        >
          {t('moveout.transfer.print')}
        </Button>
      }
    >
      <Steps
        size="small"
        titlePlacement="vertical"
        current={at}
        items={STEPS.map((s) => ({ title: t(`moveout.transfer.steps.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('moveout.transfer.handoverDay')}>{tr.handoverDay}</Descriptions.Item>
        {tr.certificate ? (
          <Descriptions.Item label={t('moveout.transfer.certificateNo')}>
            {tr.certificate.no}
          </Descriptions.Item>
        ) : null}
        {tr.prepay ? (
          <Descriptions.Item label={t('moveout.transfer.steps.check_prepaid')}>
            {t('moveout.transfer.prepaid', {
              prepaid: formatYuan(tr.prepay.prepaidFen),
              required: formatYuan(tr.prepay.requiredFen),
            })}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {tr.state === 'completed' ? (
        <Alert type="success" showIcon title={t('moveout.transfer.completed')} />
      ) : tr.nextStep ? (
        panel[tr.nextStep as (typeof STEPS)[number]]
      ) : null}
    </Card>
  );
}
