/** Minutes as people say them: '2 小时 30 分钟', '2 h', '45 min' (parking stays and tariff periods). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** @example splitMinutes(150) // { hours: 2, minutes: 30 } */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

export function useDurationText(): (totalMinutes: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (totalMinutes) => {
      const { hours, minutes } = splitMinutes(totalMinutes);
      const key = hours && minutes ? 'hoursMinutes' : hours ? 'hours' : 'minutes';
      return t(`parkingRentals.duration.${key}`, { hours, minutes });
    },
    [t],
  );
}
