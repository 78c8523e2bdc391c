/**
 * ISO 8601 durations restricted to calendar parts (`P1Y`, `P3M`, `P4W`, `P7Y`, `P1Y6M`): retention
 * periods and deadlines are counted in calendar units, never in hours, so a time part is refused.
 */
export interface CalendarDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

export const durationPattern = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function parseDuration(text: string): CalendarDuration | undefined {
  const m = durationPattern.exec(text);
  if (!m) return undefined;
  return {
    years: Number(m[1] ?? 0),
    months: Number(m[2] ?? 0),
    weeks: Number(m[3] ?? 0),
    days: Number(m[4] ?? 0),
  };
}

/**
 * Adds a duration to a date in UTC. Months are added calendar-wise and clamp to the month's last day
 * (31 January + P1M = 28/29 February), which is how Art. 12(3)'s "one month" is read in practice.
 */
export function addDuration(from: Date, d: CalendarDuration): Date {
  const y = from.getUTCFullYear() + d.years;
  const m = from.getUTCMonth() + d.months;
  const targetMonthStart = new Date(
    Date.UTC(
      y,
      m,
      1,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(
    Date.UTC(targetMonthStart.getUTCFullYear(), targetMonthStart.getUTCMonth() + 1, 0),
  ).getUTCDate();
  targetMonthStart.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  targetMonthStart.setUTCDate(targetMonthStart.getUTCDate() + d.weeks * 7 + d.days);
  return targetMonthStart;
}

/** Upper bound in days, for comparisons such as "not longer than one month" (a month counts as 31 days). */
export function maxDays(d: CalendarDuration): number {
  return d.years * 366 + d.months * 31 + d.weeks * 7 + d.days;
}

/** Lower bound in days (a month counts as 28 days, a year as 365). */
export function minDays(d: CalendarDuration): number {
  return d.years * 365 + d.months * 28 + d.weeks * 7 + d.days;
}
