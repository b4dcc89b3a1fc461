/** The ID documents an archive may hold (CUS-1), as the server names them, with their labels. */
import { useTranslation } from 'react-i18next';

export const ID_TYPES = ['id_card', 'passport', 'hk_macau', 'taiwan', 'business_licence', 'other'] as const;

export function useIdTypeOptions() {
  const { t } = useTranslation();
  return ID_TYPES.map((value) => ({ value, label: t(`occupancy.common.idTypes.${value}`) }));
}
