/**
 * The preview of an uploaded roster (CUS-2): every row with its cells, the cells with a
 * problem in red, and the problems named by row and column ("第 5 行 D 列（证件号码）：…").
 * ID numbers and phones are masked except a cell to fix (CUS-3).
 */
import { useState } from 'react';
import { Flex, Switch, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveLabel } from './labels.ts';
import { useProject } from '../../app/project.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { useImportRows, type PreviewRow } from './api.ts';

const FIELDS = ['unitCode', 'ownerName', 'idType', 'idNumber', 'phone', 'contractNo'] as const;
const PAGE_SIZE = 50;

export function PreviewTable({
  importId,
  startWithProblems,
}: {
  importId: string;
  startWithProblems: boolean;
}) {
  const { t } = useTranslation();
  const label = useArchiveLabel();
  const { projectId } = useProject();
  const [onlyProblems, setOnlyProblems] = useState(startWithProblems);
  const [page, setPage] = useState(1);
  const rows = useImportRows(projectId, importId, { onlyProblems, page, pageSize: PAGE_SIZE });
  if (rows.isError) return <LoadFailed error={rows.error} onRetry={() => void rows.refetch()} />;

  const cell = (field: (typeof FIELDS)[number]) => (_: unknown, r: PreviewRow) => {
    const problems = r.problems.filter((p) => p.field === field);
    if (!problems.length) return r.values[field];
    return (
      <Tooltip title={problems.map((p) => p.message).join('；')}>
        <span
          className="roster-bad-cell"
          data-testid="cell-problem"
          data-column={problems[0]!.column}
          style={{
            display: 'block',
            margin: '-4px -8px',
            padding: '4px 8px',
            background: '#fff1f0',
            color: '#cf1322',
            minHeight: 22,
          }}
        >
          {r.values[field] || t('archives.import.empty')}
        </span>
      </Tooltip>
    );
  };

  return (
    <>
      <Flex justify="flex-end" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text>{t('archives.import.onlyProblems')}</Typography.Text>
        <Switch
          checked={onlyProblems}
          onChange={(v) => {
            setOnlyProblems(v);
            setPage(1);
          }}
          data-testid="only-problems"
        />
      </Flex>
      <Table<PreviewRow>
        size="small"
        rowKey="row"
        loading={rows.isFetching}
        dataSource={rows.data?.rows ?? []}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        onRow={(r) =>
          ({ 'data-testid': 'preview-row', 'data-row': r.row }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('archives.import.row'), dataIndex: 'row', width: 64 },
          ...FIELDS.map((f) => ({
            title: label('importColumn', f),
            key: f,
            render: cell(f),
            width: f === 'idNumber' ? 190 : f === 'ownerName' ? 150 : 110,
          })),
          {
            title: t('archives.import.problem'),
            key: 'problems',
            width: 360,
            render: (_: unknown, r: PreviewRow) => (
              <Flex vertical data-testid="row-problems">
                {r.problems.map((p, i) => (
                  <Typography.Text key={i} type="danger">
                    {p.column
                      ? t('archives.import.at', { row: r.row, column: p.column, heading: p.heading })
                      : t('archives.import.atRow', { row: r.row })}
                    {p.message}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
