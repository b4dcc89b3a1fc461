/**
 * 月租登记 — the parking cashier's page (PRK-1..4): the register of monthly rentals in force
 * on a day (today unless ?day= names another) with its Excel sheet and print page for the
 * garage cashier, new rentals, IC cards issued and taken back against their deposit, and
 * the visitor-fee calculator beside the prices in effect.
 */
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Result, Row } from 'antd';
import { FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { registerPrintUrl, registerXlsxUrl, useParkingTerms, useRegister, type RegisterRow } from './api.ts';
import { ParkingNav } from './ParkingNav.tsx';
import { RegisterTable } from './RegisterTable.tsx';
import { RentalDrawer } from './RentalDrawer.tsx';
import { IssueCardModal } from './IssueCardModal.tsx';
import { ReturnCardModal } from './ReturnCardModal.tsx';
import { TemporaryFeeCard } from './TemporaryFeeCard.tsx';
import { TermsCard } from './TermsCard.tsx';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export default function ParkingRentalsPage() {
  const { t } = useTranslation();
  const { can } = useProject();
  // The register is money-side data (billing.read); without it there is nothing to show here.
  if (!can('billing.read')) return <Result status="403" title="403" subTitle={t('errors.noPermission')} />;
  return <RentalsScreen />;
}

function RentalsScreen() {
  const { t, i18n } = useTranslation();
  const { projectId, can } = useProject();
  const [params, setParams] = useSearchParams();
  const dayParam = params.get('day');
  const day = dayParam && DAY.test(dayParam) ? dayParam : null;
  const register = useRegister(projectId, day);
  const terms = useParkingTerms(projectId);
  const [renting, setRenting] = useState(false);
  const [issuing, setIssuing] = useState<RegisterRow | null>(null);
  const [returning, setReturning] = useState<RegisterRow | null>(null);
  const canCollect = can('billing.collect');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const shownDay = register.data?.day ?? day;

  return (
    <>
      <PageHeader
        title={t('parkingRentals.title')}
        subtitle={
          register.data
            ? t('parkingRentals.summary', {
                day: dayjs(register.data.day).format(t('format.date')),
                count: register.data.rows.length,
              })
            : undefined
        }
        extra={
          <>
            <ParkingNav current="rentals" />
            <DatePicker
              aria-label={t('parkingRentals.day')}
              placeholder={t('parkingRentals.day')}
              value={shownDay ? dayjs(shownDay) : null}
              onChange={(d) => setParams(d ? { day: d.format('YYYY-MM-DD') } : {}, { replace: true })}
              style={{ width: 140 }}
              data-testid="register-day"
            />
            <Button
              icon={<FileExcelOutlined />}
              href={registerXlsxUrl(projectId, day, lang)}
              download
              data-testid="register-xlsx"
            >
              {t('parkingRentals.exportXlsx')}
            </Button>
            <Button
              icon={<PrinterOutlined />}
              href={registerPrintUrl(projectId, day, lang)}
              target="_blank"
              rel="noopener"
              data-testid="register-print"
            >
              {t('parkingRentals.print')}
            </Button>
            {canCollect ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setRenting(true)}
                data-testid="new-rental"
              >
                {t('parkingRentals.newRental')}
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={[12, 12]}>
        <Col span={24}>
          <Card size="small" title={t('parkingRentals.registerTitle')} styles={{ body: { padding: 0 } }}>
            {register.isError ? (
              <LoadFailed error={register.error} onRetry={() => void register.refetch()} />
            ) : (
              <RegisterTable
                rows={register.data?.rows ?? []}
                loading={register.isFetching}
                canCollect={canCollect}
                onIssue={setIssuing}
                onReturn={setReturning}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <TemporaryFeeCard />
        </Col>
        <Col xs={24} xl={10}>
          {terms.isError ? (
            <LoadFailed error={terms.error} onRetry={() => void terms.refetch()} />
          ) : (
            <TermsCard terms={terms.data} loading={terms.isPending} />
          )}
        </Col>
      </Row>
      {canCollect ? (
        <>
          <RentalDrawer open={renting} terms={terms.data} onClose={() => setRenting(false)} />
          <IssueCardModal
            projectId={projectId}
            rental={issuing}
            depositFen={terms.data?.cardDepositFen}
            onClose={() => setIssuing(null)}
          />
          <ReturnCardModal projectId={projectId} rental={returning} onClose={() => setReturning(null)} />
        </>
      ) : null}
    </>
  );
}
