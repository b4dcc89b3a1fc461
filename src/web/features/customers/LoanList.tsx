/** Loans of paper files (CUS-4): borrower, approver, out, due, back, and how late. */
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import type { LoanDto } from './api.ts';

const STATE_COLOURS: Record<string, string> = { out: 'blue', overdue: 'red', returned: 'default' };

export function LoanList({
  loans,
  onReturn,
  loading,
}: {
  loans: LoanDto[];
  onReturn?: (loan: LoanDto) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  return (
    <Table<LoanDto>
      size="small"
      rowKey="loanId"
      loading={loading}
      dataSource={loans}
      pagination={false}
      onRow={(l) =>
        ({ 'data-testid': 'loan-row', 'data-state': l.state }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: t('archives.loan.file'), key: 'file', render: (_, l) => l.subjectTitle },
        { title: t('archives.loan.borrower'), dataIndex: 'borrower' },
        { title: t('archives.loan.approver'), dataIndex: 'approverName', width: 130 },
        { title: t('archives.loan.outDay'), dataIndex: 'outDay', width: 110 },
        { title: t('archives.loan.dueDay'), dataIndex: 'dueDay', width: 110 },
        { title: t('archives.loan.backDay'), key: 'backDay', width: 110, render: (_, l) => l.backDay ?? '—' },
        {
          title: t('archives.loan.state'),
          key: 'state',
          width: 130,
          render: (_, l) => (
            <Tag color={STATE_COLOURS[l.state]}>
              {l.state === 'overdue'
                ? t('archives.loan.overdueDays', { count: l.daysOverdue })
                : label('loanState', l.state)}
            </Tag>
          ),
        },
        ...(onReturn
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 90,
                render: (_: unknown, l: LoanDto) =>
                  l.backDay ? null : (
                    <Button size="small" onClick={() => onReturn(l)} data-testid="return-loan">
                      {t('archives.loan.return')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
