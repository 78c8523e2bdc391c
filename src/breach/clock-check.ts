import { appendAudit } from '../audit/log.js';
import type { Queryable } from '../store/db.js';
import { breachClocks, type ClockKind } from './clocks.js';

/**
 * The 15-minute check behind the `breach.clock-check` job: for each open clock (no notice to the
 * authority yet) that is within 6 hours of its due time or past it, one alert per clock and
 * threshold — recorded in `breach_alert` and the audit log in the same transaction, so a rerun or a
 * retry never alerts twice.
 */

export interface ClockAlert {
  breachId: string;
  clock: ClockKind;
  threshold: 'near' | 'overdue';
  dueAt: Date;
  remainingMinutes: number;
}

/**
 * @example
 *   const alerts = await checkBreachClocks(tx, new Date());
 *   alerts.length; // new alerts only
 */
export async function checkBreachClocks(tx: Queryable, now: Date): Promise<ClockAlert[]> {
  // Clear columns only: the check needs no key, and never opens what people wrote.
  const { rows } = await tx.query<{ id: string; aware_at: Date; telecom: boolean; notified_at: Date | null }>(
    `select b.id, b.aware_at, b.telecom,
       (select min(n.sent_at) from grondslag.breach_notice n where n.breach_id = b.id and n.audience = 'authority') as notified_at
     from grondslag.breach b order by b.aware_at, b.id`,
  );
  const breaches = rows.map((r) => ({
    id: r.id,
    awareAt: new Date(r.aware_at),
    telecom: r.telecom,
    phases: r.notified_at
      ? [
          {
            seq: 1,
            audience: 'authority' as const,
            phase: 'initial' as const,
            sentAt: new Date(r.notified_at),
            content: '',
            delayReasons: null,
          },
        ]
      : [],
  }));
  const sent = await tx.query<{ breach_id: string; clock: string; threshold: string }>(
    'select breach_id, clock, threshold from grondslag.breach_alert',
  );
  const done = new Set(sent.rows.map((r) => `${r.breach_id}/${r.clock}/${r.threshold}`));
  const alerts: ClockAlert[] = [];
  for (const b of breaches) {
    for (const c of breachClocks(b, now).clocks) {
      if (c.state !== 'near' && c.state !== 'overdue') continue;
      // An overdue clock whose "near" alert never went out (the worker was down) gets just "overdue".
      const threshold = c.state;
      if (done.has(`${b.id}/${c.kind}/${threshold}`)) continue;
      alerts.push({
        breachId: b.id,
        clock: c.kind,
        threshold,
        dueAt: c.dueAt,
        remainingMinutes: c.remainingMinutes,
      });
    }
  }
  for (const a of alerts) {
    await tx.query(
      `insert into grondslag.breach_alert (breach_id, clock, threshold, alerted_at) values ($1, $2, $3, $4)
       on conflict do nothing`,
      [a.breachId, a.clock, a.threshold, now],
    );
  }
  // The audit append takes a lock until commit: last, one entry per alert.
  for (const a of alerts) {
    await appendAudit(
      tx,
      {
        actor: 'system:breach',
        action: `breach.clock_${a.threshold}`,
        subjectType: 'breach',
        subjectId: a.breachId,
        data: { clock: a.clock, dueAt: a.dueAt.toISOString(), remainingMinutes: a.remainingMinutes },
      },
      { now: () => now },
    );
  }
  return alerts;
}
