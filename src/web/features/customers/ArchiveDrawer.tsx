/**
 * A customer's archive (CUS-1) in a drawer, masked (CUS-3). "查看完整档案" asks for a reason
 * and shows the unmasked archive for this view only — closing the drawer forgets it. Editing,
 * sealing and filing scans are offered while the archive is active (CUS-5).
 */
import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Space, Tag, Typography } from 'antd';
import { EditOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useCustomerArchive, type ArchiveDetail } from './api.ts';
import { ArchiveDocuments } from './ArchiveDocuments.tsx';
import { ArchiveHistory } from './ArchiveHistory.tsx';
import { EditArchiveModal } from './EditArchiveModal.tsx';
import { OpenArchiveModal } from './OpenArchiveModal.tsx';
import { SealModal } from './SealModal.tsx';
import { LoanList } from './LoanList.tsx';
import { StateTag } from './tags.tsx';

export function ArchiveDrawer({ customerId, onClose }: { customerId: string | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={!!customerId}
      onClose={onClose}
      width={720}
      title={t('archives.drawer.title')}
      destroyOnHidden
    >
      {customerId ? <ArchiveBody key={customerId} customerId={customerId} /> : null}
    </Drawer>
  );
}

function ArchiveBody({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { projectId, can } = useProject();
  const archive = useCustomerArchive(projectId, customerId);
  const [full, setFull] = useState<{ detail: ArchiveDetail; reason: string } | null>(null);
  const [dialog, setDialog] = useState<'open' | 'edit' | 'seal' | null>(null);
  if (archive.isError) return <LoadFailed error={archive.error} onRetry={() => void archive.refetch()} />;
  if (!archive.data) return null;
  // The full view is this view's only; an edit refreshes the masked archive underneath.
  const shown = full && full.detail.version === archive.data.version ? full.detail : archive.data;
  const active = shown.archiveState === 'active';

  return (
    <Flex vertical gap={16} data-testid="archive-drawer">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="archive-name">
            {shown.name}
          </Typography.Title>
          <Tag>{label('kind', shown.kind)}</Tag>
          <StateTag value={shown.archiveState} />
        </Space>
        <Space wrap>
          {can('archive.open') && shown.masked ? (
            <Button
              type="primary"
              icon={<EyeOutlined />}
              onClick={() => setDialog('open')}
              data-testid="open-full"
            >
              {t('archives.open.button')}
            </Button>
          ) : null}
          {can('archive.manage') && active ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="edit-archive">
                {t('common.edit')}
              </Button>
              <Button icon={<LockOutlined />} onClick={() => setDialog('seal')} data-testid="seal-archive">
                {t('archives.seal.button')}
              </Button>
            </>
          ) : null}
        </Space>
      </Flex>
      {shown.masked ? (
        <Alert type="info" showIcon message={t('archives.drawer.maskedHint')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          message={t('archives.drawer.fullHint', { reason: full?.reason ?? '' })}
          data-testid="full-view-notice"
        />
      )}
      {!active ? (
        <Alert
          type="error"
          showIcon
          message={t('archives.drawer.readOnly', { state: label('state', shown.archiveState) })}
        />
      ) : null}
      <Descriptions size="small" bordered column={2} data-testid="archive-facts">
        <Descriptions.Item label={t('archives.field.idType')}>
          {shown.idType ? label('idType', shown.idType) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.field.idNumber')}>
          <span data-testid="archive-id-number">{shown.idNumber || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.field.phones')}>
          <span data-testid="archive-phones">{shown.phones.map((p) => p.phone).join('、') || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.field.emergencyPhone')}>
          {shown.emergencyPhone || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.field.birthday')}>{shown.birthday ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('archives.field.company')}>{shown.company || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('archives.field.units')} span={2}>
          {shown.units.length
            ? shown.units
                .map(
                  (u) =>
                    `${u.buildingName} ${u.code}（${label('relation', u.relation)}${u.leaseEnd ? ` ${u.leaseStart ?? ''}～${u.leaseEnd}` : ''}）`,
                )
                .join('、')
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.field.vehicles')} span={2}>
          {shown.vehicles.map((v) => `${v.plate}${v.model ? ` ${v.model}` : ''}`).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('archives.field.roster')} span={2}>
          {shown.roster
            .map(
              (r) =>
                `${r.unitCode}${r.contractNo ? `（${t('archives.field.contractNo')} ${r.contractNo}）` : ''}`,
            )
            .join('、') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <ArchiveDocuments
        subject={{ type: 'customer', id: customerId }}
        documents={shown.documents}
        canAdd={can('archive.manage') && active}
      />
      {shown.signatures.length ? (
        <Descriptions size="small" title={t('archives.drawer.signatures')} column={1}>
          {shown.signatures.map((s) => (
            <Descriptions.Item key={s.signatureId} label={s.signerName}>
              {s.purpose}（
              {s.method === 'pad' ? t('archives.drawer.signedOnPad') : t('archives.drawer.signedOnPaper')}）
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
      <div>
        <Typography.Title level={5}>{t('archives.drawer.loans')}</Typography.Title>
        {shown.loans.length ? (
          <LoanList loans={shown.loans} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('archives.drawer.noLoans')} />
        )}
      </div>
      <ArchiveHistory entries={shown.history} />
      <OpenArchiveModal
        customerId={dialog === 'open' ? customerId : null}
        onClose={() => setDialog(null)}
        onOpened={(detail, reason) => {
          setFull({ detail, reason });
          setDialog(null);
        }}
      />
      <EditArchiveModal archive={dialog === 'edit' ? shown : null} onClose={() => setDialog(null)} />
      <SealModal customerId={dialog === 'seal' ? customerId : null} onClose={() => setDialog(null)} />
    </Flex>
  );
}
