/**
 * The renter, found as the cashier types a name, company, unit number or phone (PRK-1): only
 * owners and tenants of the project are offered, each with the units they qualify through.
 */
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';
import { CustomerSelect } from '../../components/CustomerSelect.tsx';
import type { Customer } from '../tickets/types.ts';
import { useRenters } from './api.ts';

interface Props {
  id?: string;
  value?: string | null;
  onChange?(customerId: string | null): void;
  onPick(customer: Customer | null): void;
}

export function RenterSelect(props: Props) {
  const { t } = useTranslation();
  const { projectId } = useProject();
  return (
    <CustomerSelect
      {...props}
      useSearch={(text) => useRenters(projectId, text)}
      placeholder={t('parkingRentals.form.renterPlaceholder')}
      notFound={t('parkingRentals.form.noRenter')}
      testId="renter-select"
    />
  );
}
