/**
 * Ledger entries as the cashier reads them: when, what, how much (+ owed / − paid), how,
 * receipt — with the receipt to reprint and, for whoever may ask for adjustments, a request
 * to reverse an entry (FEE-6/ORG-2; a second person decides).
 */
import { Button, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../app/time.ts';
import { useProject } from '../../app/project.tsx';
import { formatYuan } from '../tickets/money.ts';
import { printUrls, type EntryDto } from './api.ts';

const WITH_RECEIPT = new Set(['payment', 'prepayment', 'deposit_in', 'refund', 'deposit_out']);

/** Entries no reversal can undo: reversals themselves and the bill run's own prepaid-credit pairs. */
function reversible(e: EntryDto, reversed: Set<string>): boolean {
  return e.kind !== 'reversal' && e.method !== 'prepaid' && !reversed.has(e.entryId);
}

export function EntriesTable({
  entries,
  testId,
  onReverse,
}: {
  entries: EntryDto[];
  testId?: string;
  onReverse?: (e: EntryDto) => void;
}) {
  const { t, i18n } = useTranslation();
  const { projectId } = useProject();
  const time = useFormatTime();
  const reversed = new Set(entries.map((e) => e.reversalOf).filter((id): id is string => id !== null));
  return (
    <Table<EntryDto>
      size="small"
      rowKey="entryId"
      data-testid={testId}
      dataSource={entries}
      pagination={entries.length > 20 ? { pageSize: 20, size: 'small' } : false}
      columns={[
        { title: t('billing.entry.at'), dataIndex: 'at', width: 150, render: (v: string) => time(v) },
        {
          title: t('billing.entry.kind'),
          dataIndex: 'kind',
          width: 110,
          render: (k: string) => t(`billing.entryKind.${k}`, { defaultValue: k }),
        },
        {
          title: t('billing.entry.amount'),
          dataIndex: 'amountFen',
          align: 'right',
          width: 130,
          render: (v: number, e) => (
            <Typography.Text type={v < 0 && e.book === 'fees' ? 'success' : undefined}>
              {formatYuan(v)}
            </Typography.Text>
          ),
        },
        {
          title: t('billing.money.method'),
          dataIndex: 'method',
          width: 90,
          render: (m: string | null) => (m ? t(`billing.method.${m}`, { defaultValue: m }) : ''),
        },
        { title: t('billing.money.receiptNoLabel'), dataIndex: 'receiptNo', width: 130 },
        { title: t('billing.money.note'), dataIndex: 'note', ellipsis: true },
        ...(onReverse
          ? [
              {
                title: '',
                key: 'reverse',
                width: 96,
                render: (_: unknown, e: EntryDto) =>
                  reversible(e, reversed) ? (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => onReverse(e)}
                      data-testid="request-reversal"
                    >
                      {t('billing.adjust.requestReversal')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
        {
          title: '',
          key: 'print',
          width: 48,
          render: (_: unknown, e) =>
            e.receiptNo && WITH_RECEIPT.has(e.kind) ? (
              <Button
                size="small"
                type="text"
                icon={<PrinterOutlined />}
                aria-label={t('billing.money.printReceipt')}
                title={t('billing.money.printReceipt')}
                href={printUrls.receipt(projectId, e.entryId, i18n.language)}
                target="_blank"
              />
            ) : null,
        },
      ]}
    />
  );
}
