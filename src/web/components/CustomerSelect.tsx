/**
 * A customer found as staff type a name, company, unit or phone, shown with their units and
 * relations. The search is the caller's (every customer, or only the owners and tenants who
 * may rent a space…). A form control (value = customerId); `onPick` hands the whole customer up.
 */
import { useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/labels.ts';
import { useDebounced } from '../features/desk/use-debounced.ts';
import type { Customer } from '../features/tickets/types.ts';

interface Props {
  id?: string;
  value?: string | null;
  onChange?(customerId: string | null): void;
  onPick?(customer: Customer | null): void;
  /** The search as the caller wants it, given the text typed (debounced). */
  useSearch(text: string): UseQueryResult<Customer[]>;
  placeholder: string;
  notFound: string;
  width?: number | string;
  testId: string;
}

export function CustomerSelect({
  id,
  value,
  onChange,
  onPick,
  useSearch,
  placeholder,
  notFound,
  width = '100%',
  testId,
}: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const [text, setText] = useState('');
  const query = useDebounced(text, 250);
  const found = useSearch(query);
  const [picked, setPicked] = useState<Customer | null>(null);
  const list = found.data ?? [];
  // The picked customer stays an option after the search text changes, so the box keeps its name.
  const customers =
    picked && !list.some((c) => c.customerId === picked.customerId) ? [picked, ...list] : list;
  const units = (c: Customer) =>
    c.units
      .map((u) => t('desk.unitRelation', { unit: u.code, relation: label('unitRelation', u.relation) }))
      .join(t('desk.listSeparator'));

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      allowClear
      style={{ width }}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setText }}
      options={customers.map((c) => ({
        value: c.customerId,
        label: c.company && c.company !== c.name ? `${c.name} · ${c.company}` : c.name,
      }))}
      notFoundContent={
        !query.trim() ? null : found.isFetching ? (
          <Spin size="small" />
        ) : (
          <Typography.Text type="secondary">{notFound}</Typography.Text>
        )
      }
      optionRender={(o) => {
        const c = customers.find((x) => x.customerId === o.value);
        return c ? (
          <div data-testid={`${testId}-option`}>
            <Typography.Text>{c.name}</Typography.Text>
            {c.company && c.company !== c.name ? (
              <Typography.Text type="secondary"> · {c.company}</Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {units(c)}
            </Typography.Text>
          </div>
        ) : (
          o.label
        );
      }}
      onChange={(v) => {
        const c = customers.find((x) => x.customerId === v) ?? null;
        setPicked(c);
        onChange?.(c ? c.customerId : null);
        onPick?.(c);
      }}
      data-testid={testId}
    />
  );
}
