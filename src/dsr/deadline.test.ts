import { describe, expect, it } from 'vitest';
import { canStillExtend, deadlineState, extendedDueAt, extensionCapAt, initialDueAt } from './deadline.js';

const d = (s: string) => new Date(s);

describe('initial due date: the earlier of 28 days and one calendar month', () => {
  it.each([
    // An ordinary month: 28 days is earlier than 2 April.
    ['2026-03-02T09:00:00Z', '2026-03-30T09:00:00Z'],
    // 31 January in a common year: the month ends on 28 February, exactly 28 days later.
    ['2026-01-31T12:00:00Z', '2026-02-28T12:00:00Z'],
    // 31 January in a leap year: one month is 29 February, 28 days is the 28th — the stricter.
    ['2024-01-31T12:00:00Z', '2024-02-28T12:00:00Z'],
    // 1 February in a common year: one month (1 March) and 28 days coincide.
    ['2026-02-01T08:00:00Z', '2026-03-01T08:00:00Z'],
    // 1 February in a leap year: 28 days (29 February) is a day before one month (1 March).
    ['2024-02-01T08:00:00Z', '2024-02-29T08:00:00Z'],
    // 29 February: 28 days into March.
    ['2024-02-29T23:30:00Z', '2024-03-28T23:30:00Z'],
    // Across the year end.
    ['2025-12-20T10:00:00Z', '2026-01-17T10:00:00Z'],
  ])('received %s → due %s', (received, due) => {
    expect(initialDueAt(d(received)).toISOString()).toBe(d(due).toISOString());
  });

  it('is never later than one calendar month for any day of a leap year', () => {
    for (let day = 0; day < 366; day++) {
      const received = new Date(Date.UTC(2024, 0, 1 + day, 10));
      const due = initialDueAt(received);
      const days = (due.getTime() - received.getTime()) / 86_400_000;
      expect(days).toBeLessThanOrEqual(28);
      // One calendar month from the same day number: never earlier than 28 days, so 28 it is.
      expect(days).toBe(28);
    }
  });
});

describe('extension', () => {
  it('is capped at receipt + 3 months', () => {
    expect(extensionCapAt(d('2026-01-31T10:00:00Z')).toISOString()).toBe('2026-04-30T10:00:00.000Z');
    expect(extensionCapAt(d('2023-11-30T10:00:00Z')).toISOString()).toBe('2024-02-29T10:00:00.000Z');
  });

  it('adds two months to the first due date, never past the cap', () => {
    // Received 5 January: first due 2 February, + 2 months = 2 April (cap 5 April).
    expect(extendedDueAt(d('2026-01-05T09:00:00Z')).toISOString()).toBe('2026-04-02T09:00:00.000Z');
    // Received 3 February: first due 3 March, + 2 months = 3 May = the cap.
    expect(extendedDueAt(d('2026-02-03T09:00:00Z')).toISOString()).toBe('2026-05-03T09:00:00.000Z');
    // Received 30 November 2023: first due 28 December, + 2 months = 28 February; cap 29 February.
    expect(extendedDueAt(d('2023-11-30T09:00:00Z')).toISOString()).toBe('2024-02-28T09:00:00.000Z');
    // One month only.
    expect(extendedDueAt(d('2026-01-05T09:00:00Z'), 1).toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('never exceeds the cap for any receipt date', () => {
    for (let day = 0; day < 730; day++) {
      const received = new Date(Date.UTC(2023, 0, 1 + day, 9));
      expect(extendedDueAt(received).getTime()).toBeLessThanOrEqual(extensionCapAt(received).getTime());
      expect(extendedDueAt(received).getTime()).toBeGreaterThan(initialDueAt(received).getTime());
    }
  });

  it('may be notified only while the first period runs, once, on an open request', () => {
    const r = { initialDueAt: d('2026-03-30T09:00:00Z'), status: 'in_progress' as const };
    expect(canStillExtend(r, d('2026-03-30T09:00:00Z'))).toBe(true);
    expect(canStillExtend(r, d('2026-03-30T09:00:01Z'))).toBe(false);
    expect(
      canStillExtend(
        {
          ...r,
          extension: {
            reasons: 'x',
            notice: 'x',
            noticeSentAt: d('2026-03-10'),
            dueAt: d('2026-05-30'),
            by: 'u',
          },
        },
        d('2026-03-11'),
      ),
    ).toBe(false);
    expect(canStillExtend({ ...r, status: 'completed' }, d('2026-03-11'))).toBe(false);
  });
});

describe('deadline flags', () => {
  const due = d('2026-03-30T09:00:00Z');
  it.each([
    ['2026-03-20T09:00:00Z', 'ok', 10],
    ['2026-03-23T09:00:01Z', 'near', 6],
    ['2026-03-23T09:00:00Z', 'near', 7],
    ['2026-03-30T08:59:59Z', 'near', 0],
    ['2026-03-30T09:00:01Z', 'overdue', -1],
    ['2026-04-02T10:00:00Z', 'overdue', -4],
  ] as const)('at %s an open request is %s (%i days left)', (now, flag, daysLeft) => {
    const s = deadlineState({ dueAt: due, status: 'in_progress' }, d(now));
    expect(s.flag).toBe(flag);
    expect(s.daysLeft).toBe(daysLeft);
  });

  it('a closed request is never overdue', () => {
    expect(deadlineState({ dueAt: due, status: 'completed' }, d('2026-05-01')).flag).toBe('closed');
  });
});
