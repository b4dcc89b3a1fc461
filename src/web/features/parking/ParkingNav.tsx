/**
 * Switches between the two parking pages: areas and spaces (property staff) and the monthly
 * rentals (the cashier). Shown only to those who may read the rentals register.
 */
import { Segmented } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../app/project.tsx';

export type ParkingView = 'areas' | 'rentals';

export function ParkingNav({ current }: { current: ParkingView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { projectId, can } = useProject();
  if (!can('billing.read')) return null;
  const path: Record<ParkingView, string> = {
    areas: `/p/${projectId}/parking`,
    rentals: `/p/${projectId}/parking/rentals`,
  };
  return (
    <Segmented<ParkingView>
      value={current}
      options={[
        { value: 'areas', label: t('parkingRentals.nav.areas') },
        { value: 'rentals', label: t('parkingRentals.nav.rentals') },
      ]}
      onChange={(v) => navigate(path[v])}
      data-testid="parking-nav"
    />
  );
}
