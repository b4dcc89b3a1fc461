/**
 * Generate a month's bills for one building or the whole project (FEE-1, FEE-4). Running
 * it again is safe — bills already made are left alone — so the result says how many were
 * new and how many existed.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Form, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../app/errors.ts';
import { validValues } from '../../app/forms.ts';
import { useProject } from '../../app/project.tsx';
import { useBuildings } from '../properties/api.ts';
import { formatYuan } from '../tickets/money.ts';
import { useBillingWrites, type GenerateResult } from './api.ts';
import { defaultDueDate } from './periods.ts';

interface Values {
  period: dayjs.Dayjs;
  buildingId?: string;
  dueDate: dayjs.Dayjs;
}

export function BillRunModal({
  open,
  period,
  onClose,
  onDone,
}: {
  open: boolean;
  period: string;
  onClose(): void;
  onDone(period: string): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  const buildings = useBuildings(projectId);
  const writes = useBillingWrites(projectId);
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<GenerateResult | null>(null);

  useEffect(() => {
    if (!open) return;
    setResult(null);
    form.setFieldsValue({
      period: dayjs(`${period}-01`),
      buildingId: undefined,
      dueDate: dayjs(defaultDueDate(period)),
    });
  }, [open, period, form]);

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setBusy(true);
    try {
      const p = v.period.format('YYYY-MM');
      const r = await writes.runBills({
        period: p,
        buildingId: v.buildingId,
        dueDate: v.dueDate.format('YYYY-MM-DD'),
      });
      setResult(r);
      onDone(p);
    } catch (err) {
      report(err, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('billing.run.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={onClose}>
            {t('billing.money.close')}
          </Button>
        ) : (
          [
            <Button key="c" onClick={onClose}>
              {t('common.cancel')}
            </Button>,
            <Button
              key="ok"
              type="primary"
              loading={busy}
              onClick={() => void submit()}
              data-testid="run-submit"
            >
              {t('billing.run.submit')}
            </Button>,
          ]
        )
      }
    >
      {result ? (
        <Alert
          type="success"
          showIcon
          data-testid="run-result"
          title={t('billing.run.done', {
            count: result.billsCreated,
            total: formatYuan(result.createdTotalFen),
            period: result.period,
          })}
          description={
            result.billsExisting
              ? t('billing.run.existing', { count: result.billsExisting })
              : t('billing.run.due', { due: result.dueDate })
          }
        />
      ) : (
        <Form form={form} layout="vertical" name="run" requiredMark={false}>
          <Form.Item name="period" label={t('billing.col.period')} rules={[{ required: true }]}>
            <DatePicker
              picker="month"
              allowClear={false}
              onChange={(d) => d && form.setFieldValue('dueDate', dayjs(defaultDueDate(d.format('YYYY-MM'))))}
            />
          </Form.Item>
          <Form.Item
            name="buildingId"
            label={t('billing.run.building')}
            extra={t('billing.run.buildingHint')}
          >
            <Select
              allowClear
              placeholder={t('billing.run.wholeProject')}
              options={(buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name }))}
            />
          </Form.Item>
          <Form.Item name="dueDate" label={t('billing.col.dueDate')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Alert type="info" showIcon title={t('billing.run.safe')} />
        </Form>
      )}
    </Modal>
  );
}
