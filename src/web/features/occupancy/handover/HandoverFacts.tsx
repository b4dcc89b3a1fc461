/** What the handover has recorded so far: the owner, the fees and their period, keys, items, signatures. */
import { Button, Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../app/project.tsx';
import { useFormatTime } from '../../../app/time.ts';
import { formatYuan } from '../../tickets/money.ts';
import { printUrl, type HandoverDto } from '../api.ts';

export function HandoverFacts({ h }: { h: HandoverDto }) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const fmt = useFormatTime();
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      data-testid="handover-facts"
      styles={{ label: { whiteSpace: 'nowrap' } }}
    >
      <Descriptions.Item label={t('occupancy.handover.owner')}>
        {h.owner ? `${h.owner.name}　${h.owner.idNumberMasked}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('occupancy.handover.roster.contractNo')}>
        {h.contractNo || '—'}
      </Descriptions.Item>
      {h.fees ? (
        <>
          <Descriptions.Item label={t('occupancy.handover.fees.period')}>
            <span data-testid="facts-fees-period">
              {h.fees.from} ~ {h.fees.to}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('occupancy.handover.fees.total')}>
            {t('occupancy.handover.fees.paid', {
              amount: formatYuan(h.fees.prepaidFen),
              receipt: h.fees.receiptNo,
            })}
            {h.fees.prepaymentEntryId ? (
              <Button
                type="link"
                size="small"
                href={printUrl.receipt(projectId, h.fees.prepaymentEntryId, i18n.language)}
                target="_blank"
              >
                {t('occupancy.handover.fees.receipt')}
              </Button>
            ) : null}
          </Descriptions.Item>
        </>
      ) : null}
      {h.keys ? (
        <Descriptions.Item label={t('occupancy.handover.keys.keysHanded')} span={2}>
          {h.keys.handed}
          {h.keys.kept ? (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t('occupancy.handover.keys.kept')}
            </Tag>
          ) : null}
          {h.keys.keptKey ? (
            <Typography.Text style={{ marginRight: 8 }} data-testid="kept-key">
              {t('occupancy.handover.keys.keptKey', {
                number: h.keys.keptKey.number,
                slot: h.keys.keptKey.cabinetSlot,
                state: t(`custody.enums.keyState.${h.keys.keptKey.state as 'in_cabinet'}`),
              })}
            </Typography.Text>
          ) : null}
          {h.keys.keptKeyReturnedAt ? (
            <Typography.Text type="secondary">
              {t('occupancy.handover.returned', { at: fmt(h.keys.keptKeyReturnedAt) })}
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
      ) : null}
      {h.rectification.length ? (
        <Descriptions.Item label={t('occupancy.handover.keys.items')} span={2}>
          <List
            size="small"
            dataSource={h.rectification}
            renderItem={(i) => (
              <List.Item>
                {i.seq}.{' '}
                {i.location
                  ? t('occupancy.common.labelled', { label: i.location, value: i.description })
                  : i.description}
                <Tag color={i.state === 'open' ? 'orange' : 'green'} style={{ marginLeft: 8 }}>
                  {t(`occupancy.rectification.${i.state}`)}
                </Tag>
              </List.Item>
            )}
          />
        </Descriptions.Item>
      ) : null}
      {h.signatures.length ? (
        <Descriptions.Item label={t('occupancy.handover.signatures')} span={2}>
          {h.signatures.map((s) => (
            <div key={s.signatureId}>
              {t('occupancy.common.labelled', {
                label: t(`occupancy.handover.purposes.${s.purpose as 'handover.safety_letter'}`),
                value: t('occupancy.common.withTime', { name: s.signerName, at: fmt(s.signedAt) }),
              })}
            </div>
          ))}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
