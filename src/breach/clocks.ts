import type { Breach } from './incident.js';

/**
 * The notification clocks of a breach, both counted in elapsed hours from awareness — never in
 * calendar days or wall-clock time, so a clock that crosses a DST change is still exactly 24 or 72
 * hours long:
 * - `gdpr-72h`: Art. 33(1), always;
 * - `telecom-24h`: EU Reg. 611/2013 art. 2(2) (Tw art. 11.3a), "where feasible", for a public telecom
 *   provider.
 * The stricter running clock governs. A clock stops when the initial notice to the authority is
 * recorded; a notice after the governing due time needs reasons for the delay (Art. 33(1)).
 */

export type ClockKind = 'telecom-24h' | 'gdpr-72h';
export const clockHours: Record<ClockKind, number> = { 'telecom-24h': 24, 'gdpr-72h': 72 };

/** An alert goes out this long before a clock runs out. */
export const NEAR_MS = 6 * 3600_000;

export type ClockState = 'running' | 'near' | 'overdue' | 'met' | 'late';

export interface Clock {
  kind: ClockKind;
  hours: number;
  dueAt: Date;
  /** Whole minutes until `dueAt` (negative when past), as of `now`; 0 once notified. */
  remainingMinutes: number;
  overdue: boolean;
  state: ClockState;
}

export interface Clocks {
  clocks: Clock[];
  /** The stricter clock: the earliest due time. */
  governing: Clock;
  notifiedAt: Date | null;
}

/**
 * @example
 *   const c = breachClocks({ awareAt: new Date('2026-03-28T22:30Z'), telecom: true, phases: [] },
 *     new Date('2026-03-29T20:00Z'));
 *   c.governing.kind; // 'telecom-24h'
 *   c.governing.dueAt.toISOString(); // '2026-03-29T22:30:00.000Z'
 *   c.governing.state; // 'near'
 */
export function breachClocks(breach: Pick<Breach, 'awareAt' | 'telecom' | 'phases'>, now: Date): Clocks {
  const initial = breach.phases.find((p) => p.audience === 'authority');
  const notifiedAt = initial?.sentAt ?? null;
  const kinds: ClockKind[] = breach.telecom ? ['telecom-24h', 'gdpr-72h'] : ['gdpr-72h'];
  const clocks = kinds.map((kind): Clock => {
    const hours = clockHours[kind];
    const dueAt = new Date(breach.awareAt.getTime() + hours * 3600_000);
    const left = dueAt.getTime() - now.getTime();
    if (notifiedAt) {
      const late = notifiedAt.getTime() > dueAt.getTime();
      return { kind, hours, dueAt, remainingMinutes: 0, overdue: false, state: late ? 'late' : 'met' };
    }
    // Floor: "5 minutes left" means at least 5 whole minutes; overdue from the due minute on.
    const remainingMinutes = Math.floor(left / 60_000);
    const overdue = left <= 0;
    return {
      kind,
      hours,
      dueAt,
      remainingMinutes,
      overdue,
      state: overdue ? 'overdue' : left <= NEAR_MS ? 'near' : 'running',
    };
  });
  const governing = clocks.reduce((a, b) => (b.dueAt < a.dueAt ? b : a));
  return { clocks, governing, notifiedAt };
}

/**
 * Remaining time as people read it: `1d 02h 05m`, `-0d 01h 00m` when overdue.
 *
 * @example
 *   formatRemaining(125); // '0d 02h 05m'
 */
export function formatRemaining(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const m = Math.abs(minutes);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  return `${sign}${d}d ${String(h).padStart(2, '0')}h ${String(m % 60).padStart(2, '0')}m`;
}

/** Whether a notice to the authority sent at `sentAt` is late and so needs reasons (Art. 33(1)). */
export function needsDelayReasons(breach: Pick<Breach, 'awareAt' | 'telecom'>, sentAt: Date): boolean {
  const hours = breach.telecom ? clockHours['telecom-24h'] : clockHours['gdpr-72h'];
  return sentAt.getTime() > breach.awareAt.getTime() + hours * 3600_000;
}
