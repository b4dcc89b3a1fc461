/** What a move-in has recorded: tenant, lease, owner's confirmation, approval, money, inspection, the notice. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../../app/time.ts';
import { formatYuan } from '../../tickets/money.ts';
import type { MoveInDto } from '../api.ts';

const centi = (n: number) => (n / 100).toFixed(2);

export function MoveInFacts({ m }: { m: MoveInDto }) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  const i = m.inspection;
  const labelled = (label: string, value: string) => t('occupancy.common.labelled', { label, value });
  const withTime = (name: string, at: string) => t('occupancy.common.withTime', { name, at: fmt(at) });
  const fixtureText = (f: { name: string; quantity: number; condition: string }) =>
    `${f.name} × ${f.quantity} ${t(`occupancy.moveIn.inspection.conditions.${f.condition as 'good'}`)}`;
  const list = (xs: string[], sep: 'listSep' | 'enumSep' = 'listSep') =>
    xs.join(t(`occupancy.common.${sep}`));
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      data-testid="move-in-facts"
      styles={{ label: { whiteSpace: 'nowrap' } }}
    >
      <Descriptions.Item label={t('occupancy.moveIn.tenant')}>
        {m.tenant ? `${m.tenant.name}　${m.tenant.idNumberMasked}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('occupancy.moveIn.lease.period')}>
        {m.lease ? `${m.lease.start} ~ ${m.lease.end}` : '—'}
      </Descriptions.Item>
      {m.owner ? (
        <Descriptions.Item label={t('occupancy.moveIn.owner.owner')}>{m.owner.name}</Descriptions.Item>
      ) : null}
      {m.approval ? (
        <Descriptions.Item label={t('occupancy.moveIn.steps.approval')}>
          {m.approval.note
            ? labelled(withTime(m.approval.byName, m.approval.at), m.approval.note)
            : withTime(m.approval.byName, m.approval.at)}
        </Descriptions.Item>
      ) : null}
      {m.payment ? (
        <Descriptions.Item label={t('occupancy.moveIn.steps.payment')} span={2}>
          {list([
            labelled(
              t('occupancy.moveIn.payment.depositReceipt'),
              `${m.payment.depositReceiptNo} ${formatYuan(m.payment.depositFen)}`,
            ),
            labelled(t('occupancy.moveIn.payment.rentReceipt'), m.payment.rentReceiptNo),
            labelled(t('occupancy.moveIn.payment.rentDepositReceipt'), m.payment.rentDepositReceiptNo),
          ])}
        </Descriptions.Item>
      ) : null}
      {i ? (
        <>
          <Descriptions.Item label={t('occupancy.moveIn.inspection.fixtures')} span={2}>
            {list(
              i.fixtures.map((f) => fixtureText(f)),
              'enumSep',
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('occupancy.moveIn.inspection.readings')} span={2}>
            {i.readings.length
              ? list(
                  i.readings.map((r) =>
                    labelled(
                      `${t(`occupancy.moveIn.inspection.meterKinds.${r.kind as 'electricity'}`)} ${r.meterCode}`,
                      centi(r.valueCenti),
                    ),
                  ),
                )
              : t('occupancy.common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('occupancy.moveIn.inspection.keys')}>{i.keysHanded}</Descriptions.Item>
          <Descriptions.Item label={t('occupancy.moveIn.inspection.parking')}>
            {i.parkingNote || t('occupancy.common.none')}
          </Descriptions.Item>
        </>
      ) : null}
      {m.notice ? (
        <Descriptions.Item label={t('occupancy.moveIn.notice.billingFrom')}>
          {m.notice.billingFrom}
        </Descriptions.Item>
      ) : null}
      {m.signatures.length ? (
        <Descriptions.Item label={t('occupancy.handover.signatures')} span={2}>
          {list([...new Set(m.signatures.map((s) => withTime(s.signerName, s.signedAt)))])}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
