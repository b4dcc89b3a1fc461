/** Find a payer by name, company or phone (the desk's customer search) and pick one. */
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { CustomerSelect } from '../../components/CustomerSelect.tsx';
import { useCustomerSearch, type CustomerDto } from './api.ts';

export function CustomerPicker({
  value,
  onChange,
}: {
  value: CustomerDto | null;
  onChange(c: CustomerDto | null): void;
}) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  return (
    <CustomerSelect
      value={value?.customerId ?? null}
      onPick={onChange}
      useSearch={(text) => useCustomerSearch(projectId, text)}
      placeholder={t('billing.account.pick')}
      notFound={t('billing.account.noMatch')}
      width={360}
      testId="customer-picker"
    />
  );
}
