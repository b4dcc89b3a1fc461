/** What the pass says so far: unit, carrier, purpose, items, flags, the fees check and the call (REL-1..4). */
import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../../app/time.ts';
import type { PassDto } from '../api.ts';

export function PassSummary({ pass: p }: { pass: PassDto }) {
  const { t } = useTranslation();
  const fmt = useFormatTime();
  const callLine = p.call
    ? t('custody.wizard.callRecord', {
        party: t(`custody.enums.callParty.${(p.callParty ?? 'owner') as 'owner'}`),
        name: p.call.name,
        phone: p.call.phone,
        at: fmt(p.call.at),
        answer: t(`custody.enums.answer.${p.call.answer}`),
      })
    : p.callParty
      ? '—'
      : t('custody.wizard.callNotNeeded');
  return (
    <>
      {p.flags.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="pass-flags"
          title={t('custody.wizard.flagged', {
            flags: p.flags.map((f) => t(`custody.enums.flag.${f as 'frequent'}`)).join('、'),
          })}
        />
      ) : null}
      <Descriptions size="small" bordered column={2} data-testid="pass-summary">
        <Descriptions.Item label={t('custody.passes.col.unit')}>
          {p.unitCode} <span style={{ opacity: 0.6 }}>{p.buildingName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('custody.passes.col.state')}>
          <Tag>{t(`custody.enums.passState.${p.state}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('custody.passes.col.carrier')}>
          {t('custody.gate.carrierLine', {
            name: p.carrierName,
            type: t(`custody.enums.carrierType.${p.carrierType}`),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('custody.wizard.carrierPhone')}>
          {[p.carrierPhone, p.carrierIdMasked].filter(Boolean).join(' · ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('custody.passes.col.purpose')}>
          {[t(`custody.enums.purpose.${p.purpose}`), p.purposeNote].filter(Boolean).join('：')}
        </Descriptions.Item>
        <Descriptions.Item label={t('custody.passes.col.items')}>
          {p.items
            .map(
              (i) =>
                `${t(`custody.enums.category.${i.category}`)} ${t('custody.passes.itemLine', { name: i.name, quantity: i.quantity })}`,
            )
            .join('、')}
        </Descriptions.Item>
        {p.purpose === 'moving_out' && p.arrearsCheckedAt && p.state !== 'refused' ? (
          <Descriptions.Item label={t('custody.wizard.steps.arrears')} span={2}>
            {t('custody.wizard.arrearsSettled', { at: fmt(p.arrearsCheckedAt) })}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('custody.wizard.steps.call')} span={2}>
          <span data-testid="pass-call">{callLine}</span>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
