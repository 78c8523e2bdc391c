import type { CalendarDuration } from '../duration.js';

/**
 * Whether a period can end later than `months` calendar months after the same start. Days and weeks
 * are compared with the shortest months (28 days each), because a deadline has to hold in February
 * too: "P30D" overruns "one month" for a request received on 1 February.
 *
 * @example
 *   mayExceedMonths(parseDuration('P4W')!, 1); // false
 *   mayExceedMonths(parseDuration('P30D')!, 1); // true
 */
export function mayExceedMonths(d: CalendarDuration, months: number): boolean {
  const extraDays = d.weeks * 7 + d.days;
  const totalMonths = d.years * 12 + d.months;
  if (totalMonths > months) return true;
  if (totalMonths === months) return extraDays > 0;
  return extraDays > (months - totalMonths) * 28;
}
