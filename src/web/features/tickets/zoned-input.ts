/**
 * Date-time pickers show wall-clock times in the browser's zone, but an appointment is a time
 * in the project's zone (ARCHITECTURE "Must hold" 4): a clerk in Shanghai booking for a
 * project in Urumqi types the project's local time. These convert between the two.
 */
import dayjs, { type Dayjs } from 'dayjs';

/**
 * The wall-clock time picked, read in the project's zone, as an ISO instant.
 * @example zonedIso(dayjs('2026-11-26 10:00'), 'Asia/Shanghai') // '2026-11-26T02:00:00.000Z'
 */
export function zonedIso(picked: Dayjs, timeZone: string): string {
  return dayjs.tz(picked.format('YYYY-MM-DDTHH:mm:ss'), timeZone).toISOString();
}

/** An instant as the picker should show it: its wall-clock time in the project's zone. */
export function pickerValue(iso: string, timeZone: string): Dayjs {
  return dayjs(dayjs(iso).tz(timeZone).format('YYYY-MM-DDTHH:mm:ss'));
}

/** Picker guard: no appointment or promise in the past (the server refuses those too). */
export function beforeToday(d: Dayjs): boolean {
  return d.isBefore(dayjs().startOf('day'));
}
