/**
 * The visitor-parking calculator for the gate (PRK-2): entry and exit as the project's wall
 * clock shows them; the fee, under the tariff in effect when the car came in, is asked of
 * the server as soon as both are set, with what each calendar day cost (the daily cap
 * applies per day).
 */
import { Card, Col, DatePicker, Flex, Form, Row, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { useErrorReporter } from '../../app/errors.ts';
import { applyFieldErrors } from '../../app/field-errors.ts';
import { useProject } from '../../app/project.tsx';
import { formatYuan } from '../tickets/money.ts';
import { zonedIso } from '../tickets/zoned-input.ts';
import { useTemporaryFee, type TemporaryFeeResult } from './api.ts';
import { useDurationText } from './duration.ts';

interface StayValues {
  entryAt: Dayjs | null;
  exitAt: Dayjs | null;
}

const picker = {
  showTime: { format: 'HH:mm' },
  format: 'YYYY-MM-DD HH:mm',
  style: { width: '100%' },
} as const;

export function TemporaryFeeCard() {
  const { t } = useTranslation();
  const { projectId, timeZone } = useProject();
  const report = useErrorReporter();
  const fee = useTemporaryFee(projectId);
  const [form] = Form.useForm<StayValues>();

  const calculate = ({ entryAt, exitAt }: StayValues) => {
    if (!entryAt || !exitAt) return fee.reset();
    fee.mutate(
      { entryAt: zonedIso(entryAt, timeZone), exitAt: zonedIso(exitAt, timeZone) },
      {
        onSuccess: () => form.setFields([{ name: 'exitAt', errors: [] }]),
        // A stay the server refuses (exit before entry) is marked on the field, without a toast on every pick.
        onError: (err) => {
          if (
            !(err instanceof ApiError) ||
            err.fields.length === 0 ||
            applyFieldErrors(form, err.fields).length > 0
          )
            report(err);
        },
      },
    );
  };

  return (
    <Card
      size="small"
      title={t('parkingRentals.fee.title')}
      style={{ height: '100%' }}
      data-testid="temporary-fee"
    >
      <Form<StayValues>
        form={form}
        name="stay"
        layout="vertical"
        initialValues={{ entryAt: null, exitAt: null }}
        onValuesChange={(_, all) => calculate(all)}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="entryAt" label={t('parkingRentals.fee.entryAt')} style={{ marginBottom: 12 }}>
              <DatePicker {...picker} data-testid="fee-entry" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="exitAt" label={t('parkingRentals.fee.exitAt')} style={{ marginBottom: 12 }}>
              <DatePicker {...picker} data-testid="fee-exit" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {fee.data ? (
        <FeeResult fee={fee.data} />
      ) : (
        <Typography.Text type="secondary">{t('parkingRentals.fee.hint')}</Typography.Text>
      )}
    </Card>
  );
}

function FeeResult({ fee }: { fee: TemporaryFeeResult }) {
  const { t } = useTranslation();
  const duration = useDurationText();
  return (
    <Flex gap={24} align="start" wrap>
      <Flex vertical gap={4} style={{ minWidth: 140 }}>
        <Statistic
          title={t('parkingRentals.fee.total')}
          value={formatYuan(fee.totalFen)}
          styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
          data-testid="fee-total"
        />
        <Typography.Text type="secondary">
          {t('parkingRentals.fee.stay')}: <span data-testid="fee-duration">{duration(fee.minutes)}</span>
        </Typography.Text>
      </Flex>
      {fee.days.length ? (
        <Table
          size="small"
          style={{ flex: 1, minWidth: 240 }}
          rowKey="day"
          pagination={false}
          dataSource={fee.days}
          data-testid="fee-days"
          columns={[
            {
              key: 'day',
              title: t('parkingRentals.fee.day'),
              render: (_, d) => dayjs(d.day).format(t('format.date')),
            },
            {
              key: 'fen',
              title: t('parkingRentals.fee.dayFee'),
              align: 'right',
              render: (_, d) => (
                <>
                  {formatYuan(d.fen)}
                  {d.fen < d.uncappedFen ? (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t('parkingRentals.fee.capped', { amount: formatYuan(d.uncappedFen) })}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
