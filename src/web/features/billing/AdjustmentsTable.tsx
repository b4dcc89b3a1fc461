/**
 * Reversal and deduction requests as the ledger views show them (FEE-6/ORG-2): who asked,
 * when and why, the amount they would book, and the decision — who, when, the reason of a
 * rejection. A holder of billing.approve decides here a request that is not their own; the
 * server also refuses whoever recorded the original entry.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.tsx';
import { useErrorReporter } from '../../app/errors.ts';
import { validValues } from '../../app/forms.ts';
import { useProject } from '../../app/project.tsx';
import { useFormatTime } from '../../app/time.ts';
import { formatYuan } from '../tickets/money.ts';
import { useBillingWrites, type AdjustmentDto, type AdjustmentState } from './api.ts';

const STATE_COLOUR: Record<AdjustmentState, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
};

export function AdjustmentsTable({
  rows,
  showCustomer,
  testId,
  emptyText,
}: {
  rows: AdjustmentDto[];
  showCustomer?: boolean;
  testId?: string;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const { projectId, can } = useProject();
  const { me } = useAuth();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const time = useFormatTime();
  const writes = useBillingWrites(projectId);
  const [rejecting, setRejecting] = useState<AdjustmentDto | null>(null);
  const decides = (a: AdjustmentDto) =>
    can('billing.approve') && a.state === 'pending' && a.requestedBy?.userId !== me?.user.userId;

  const approve = async (a: AdjustmentDto) => {
    try {
      await writes.approve(a.adjustmentId);
      message.success(t('billing.adjust.approved'));
    } catch (err) {
      report(err);
    }
  };

  return (
    <>
      <Table<AdjustmentDto>
        size="small"
        rowKey="adjustmentId"
        data-testid={testId}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
        locale={emptyText ? { emptyText } : undefined}
        columns={[
          {
            title: t('billing.adjust.col.requestedAt'),
            dataIndex: 'requestedAt',
            width: 140,
            render: (v: string) => time(v),
          },
          {
            title: t('billing.adjust.col.kind'),
            dataIndex: 'kind',
            width: 70,
            render: (k: AdjustmentDto['kind']) => t(`billing.adjust.kind.${k}`),
          },
          {
            title: t('billing.col.unit'),
            key: 'unit',
            width: 130,
            render: (_: unknown, a) => [a.unitCode, a.period].filter(Boolean).join(' · '),
          },
          ...(showCustomer
            ? [{ title: t('billing.col.customer'), dataIndex: 'customerName', ellipsis: true }]
            : []),
          {
            title: t('billing.adjust.col.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            width: 110,
            render: (v: number) => formatYuan(v),
          },
          { title: t('billing.adjust.col.reason'), dataIndex: 'reason', ellipsis: true },
          {
            title: t('billing.adjust.col.requestedBy'),
            key: 'by',
            width: 120,
            render: (_: unknown, a) => a.requestedBy?.name ?? '',
          },
          {
            title: t('billing.adjust.col.state'),
            dataIndex: 'state',
            width: 100,
            render: (s: AdjustmentState) => (
              <Tag color={STATE_COLOUR[s]} data-testid="adjustment-state">
                {t(`billing.adjust.state.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('billing.adjust.col.decision'),
            key: 'decision',
            width: 200,
            render: (_: unknown, a) =>
              decides(a) ? (
                <Flex gap={4}>
                  <Popconfirm
                    title={t('billing.adjust.approveConfirm')}
                    onConfirm={() => approve(a)}
                    okButtonProps={{ 'data-testid': 'approve-confirm' } as ButtonProps}
                  >
                    <Button size="small" type="primary" data-testid="approve">
                      {t('billing.adjust.approve')}
                    </Button>
                  </Popconfirm>
                  <Button size="small" danger onClick={() => setRejecting(a)} data-testid="reject">
                    {t('billing.adjust.reject')}
                  </Button>
                </Flex>
              ) : a.decidedBy ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.decidedBy.name} {a.decidedAt ? time(a.decidedAt) : ''}
                  {a.decisionNote ? <div>{a.decisionNote}</div> : null}
                </Typography.Text>
              ) : null,
          },
        ]}
      />
      <RejectModal adjustment={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}

function RejectModal({ adjustment, onClose }: { adjustment: AdjustmentDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writes = useBillingWrites(projectId);
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await validValues(form);
    if (!v || !adjustment) return;
    setBusy(true);
    try {
      await writes.reject(adjustment.adjustmentId, v.reason.trim());
      message.success(t('billing.adjust.rejected'));
      onClose();
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={adjustment !== null}
      title={t('billing.adjust.rejectTitle')}
      okText={t('billing.adjust.reject')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reject-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="reject"
        preserve={false}
        requiredMark={false}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="reason"
          label={t('billing.adjust.rejectReason')}
          rules={[{ required: true, whitespace: true, message: t('billing.adjust.reasonRequired') }]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
