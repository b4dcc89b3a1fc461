/**
 * CUS-3 in one place: what a masked archive hides. ID numbers show their first three and
 * last four characters, phones their first three and last four digits (138****5678), the
 * birthday its month and day (the year with the masked ID would give the ID's hidden middle
 * away; the day is what birthday greetings need). The rest reads the same masked or not.
 */
import { maskPhone } from '../../../platform/print/format.ts';
import { maskIdNumber } from '../rules.ts';

export interface PrivateFields {
  idNumber: string;
  phones: { phone: string; label: string }[];
  emergencyPhone: string;
  birthday: string | null;
}

/** @example maskBirthday('1985-06-15') // '****-06-15' */
export function maskBirthday(day: string | null): string | null {
  return day ? `****${day.slice(4)}` : null;
}

/** @example maskPrivate({ idNumber: '11010519491231002X', phones: [{ phone: '13800138000', label: 'mobile' }], emergencyPhone: '', birthday: null }).phones[0].phone // '138****8000' */
export function maskPrivate<T extends PrivateFields>(a: T): T & { masked: true } {
  return {
    ...a,
    idNumber: maskIdNumber(a.idNumber),
    phones: a.phones.map((p) => ({ ...p, phone: maskPhone(p.phone) })),
    emergencyPhone: maskPhone(a.emergencyPhone),
    birthday: maskBirthday(a.birthday),
    masked: true,
  };
}
