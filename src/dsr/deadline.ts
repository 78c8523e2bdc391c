import { addDuration } from '../policy/duration.js';
import { type DsrRequest, isOpen } from './request.js';

/**
 * Art. 12(3) deadlines, as pure date arithmetic in UTC.
 *
 * The law says one month; CloudAware's statement promises four weeks. We hold ourselves to the
 * stricter (earlier) of the two. A due date is the same instant as receipt, N days or months later —
 * earlier than the end of that day, which Regulation 1182/71 would allow, and so on the safe side.
 */

/** Requests due within this many days are "near due" in the console, the CLI and the daily check. */
export const NEAR_DUE_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

/**
 * The first due date: the earlier of receipt + 28 days and receipt + one calendar month.
 *
 * @example
 *   initialDueAt(new Date('2024-01-31T10:00:00Z')); // 2024-02-28T10:00:00Z (28 days; the month ends 29 Feb)
 */
export function initialDueAt(receivedAt: Date): Date {
  const weeks = addDuration(receivedAt, { years: 0, months: 0, weeks: 4, days: 0 });
  const month = addDuration(receivedAt, { years: 0, months: 1, weeks: 0, days: 0 });
  return weeks.getTime() <= month.getTime() ? weeks : month;
}

/** The hard cap of any extension: receipt + three calendar months. */
export function extensionCapAt(receivedAt: Date): Date {
  return addDuration(receivedAt, { years: 0, months: 3, weeks: 0, days: 0 });
}

/**
 * The due date after extending by `months` (1 or 2) from the first due date, never past the cap.
 *
 * @example
 *   extendedDueAt(new Date('2026-01-05T09:00:00Z'), 2); // 2026-04-02T09:00:00Z (initial 2 Feb + 2 months)
 */
export function extendedDueAt(receivedAt: Date, months: 1 | 2 = 2): Date {
  const extended = addDuration(initialDueAt(receivedAt), { years: 0, months, weeks: 0, days: 0 });
  const cap = extensionCapAt(receivedAt);
  return extended.getTime() <= cap.getTime() ? extended : cap;
}

/** Whether an extension may still be notified: only within the first period (Art. 12(3)). */
export function canStillExtend(
  request: Pick<DsrRequest, 'initialDueAt' | 'extension' | 'status'>,
  now: Date,
): boolean {
  return isOpen(request.status) && !request.extension && now.getTime() <= request.initialDueAt.getTime();
}

export type DeadlineFlag = 'overdue' | 'near' | 'ok' | 'closed';

export interface DeadlineState {
  dueAt: Date;
  flag: DeadlineFlag;
  /**
   * Whole days until due, rounded down (0 on the due day before the due instant); negative when
   * overdue (−1 in the first day after).
   */
  daysLeft: number;
}

/**
 * Where a request stands against its deadline at `now`. Closed requests are `closed` whatever the
 * date; open ones `overdue` past the due instant, `near` within NEAR_DUE_DAYS days.
 *
 * @example
 *   deadlineState(req, now).flag; // 'near'
 */
export function deadlineState(
  request: Pick<DsrRequest, 'dueAt' | 'status'>,
  now: Date,
  nearDays: number = NEAR_DUE_DAYS,
): DeadlineState {
  const msLeft = request.dueAt.getTime() - now.getTime();
  const daysLeft = Math.floor(msLeft / DAY_MS);
  let flag: DeadlineFlag;
  if (!isOpen(request.status)) flag = 'closed';
  else if (msLeft < 0) flag = 'overdue';
  else if (msLeft <= nearDays * DAY_MS) flag = 'near';
  else flag = 'ok';
  return { dueAt: request.dueAt, flag, daysLeft };
}
