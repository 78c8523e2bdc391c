import { addDuration, type CalendarDuration } from '../policy/duration.js';
import { type CollectionBinding, TAX_PERIOD } from './bind.js';

/**
 * When a row is due: its clock plus the period has passed, i.e. its clock lies before `at` minus the
 * period. Periods are calendar periods (a year is a calendar year, a month clamps to the month's end),
 * counted back from `at` the way `addDuration` counts forward.
 *
 * @example
 *   cutoffFor(new Date('2026-05-31T00:00:00Z'), { years: 0, months: 3, weeks: 0, days: 0 });
 *   // 2026-02-28T00:00:00Z: rows collected before it are more than three months old
 */
export function cutoffFor(at: Date, period: CalendarDuration): Date {
  return addDuration(at, {
    years: -period.years,
    months: -period.months,
    weeks: -period.weeks,
    days: -period.days,
  });
}

/**
 * The cut-off a sweep applies to a collection: the rule's, but never later than the tax period's for
 * records of the administration — a rule may promise less than seven years, the tax law still wins
 * (AWR art. 52; GDPR Art. 17(3)(b)).
 *
 * @example
 *   effectiveCutoff(binding, period, at); // { cutoff, taxFloor: true } for invoices under a P2Y rule
 */
export function effectiveCutoff(
  binding: Pick<CollectionBinding, 'administrationRecord'>,
  period: CalendarDuration,
  at: Date,
): { cutoff: Date; taxFloor: boolean } {
  const rule = cutoffFor(at, period);
  if (!binding.administrationRecord) return { cutoff: rule, taxFloor: false };
  const tax = cutoffFor(at, TAX_PERIOD);
  return tax.getTime() < rule.getTime() ? { cutoff: tax, taxFloor: true } : { cutoff: rule, taxFloor: false };
}

/**
 * The cut-offs of the coming weeks, for the timeline: entry i is the cut-off at `at` + i+1 weeks, so
 * the rows due at entry i but not at entry i-1 are those that become due in week i+1.
 */
export function weeklyCutoffs(
  binding: Pick<CollectionBinding, 'administrationRecord'>,
  period: CalendarDuration,
  at: Date,
  weeks: number,
): Date[] {
  return Array.from({ length: weeks }, (_, i) => {
    const later = addDuration(at, { years: 0, months: 0, weeks: i + 1, days: 0 });
    return effectiveCutoff(binding, period, later).cutoff;
  });
}
