import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/access/users.js';
import { listAudit } from '../src/audit/records.js';
import { checkBreachInput } from '../src/breach/incident.js';
import { getBreach, recordBreach, recordNotice } from '../src/breach/store.js';
import { createSealer } from '../src/crypto/sealed.js';
import type { JobContext } from '../src/jobs/kind.js';
import { breachClockCheck } from '../src/jobs/kinds/breach-clock-check.js';
import { jobKinds } from '../src/jobs/registry.js';
import { memoryLogger } from '../src/log.js';
import type { Db } from '../src/store/db.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';
import { testStores } from './helpers/store.js';

/**
 * The register on a real store: a breach filed with fixed times (aware 2026-03-28 23:30 Amsterdam,
 * the night DST starts), the `breach.clock-check` job run at chosen instants, alerts once per clock
 * and threshold, phased notices, and a late notice refused without reasons.
 */

const sealer = createSealer(randomBytes(32));
const FILED = new Date('2026-03-28T22:45:00Z');

describe.each(testStores)('breach register on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  let smtp: SmtpSink;
  const log = memoryLogger();

  beforeAll(async () => {
    ({ db, close } = await store.open());
    smtp = await startSmtpSink();
    await createUser(
      db,
      { email: 'dpo@cloudaware.test', role: 'dpo', password: 'a long test password 1' },
      {
        actor: 'cli',
        now: FILED,
      },
    );
  }, 120_000);
  afterAll(async () => {
    await smtp?.close();
    await close?.();
  });

  const deps = (now: Date) => ({
    transaction: <T>(f: Parameters<Db['transaction']>[0]) => db.transaction(f) as Promise<T>,
    sealer,
    now: () => now,
    actor: 'cli',
  });

  async function runCheck(at: string) {
    const ctx = {
      jobId: 'test',
      kind: breachClockCheck.name,
      attempt: 1,
      workerId: 'test',
      db,
      log,
      config: { mail: smtp.config } as JobContext['config'],
      signal: new AbortController().signal,
      complete: <T>(fn: Parameters<Db['transaction']>[0]) => db.transaction(fn) as Promise<T>,
    } satisfies JobContext;
    const before = smtp.mails.length;
    await breachClockCheck.run({ at }, ctx);
    // The sink stores a mail before it acknowledges it, so the job's awaited send means it is here.
    return smtp.mails.slice(before);
  }

  it.skipIf(!store.available)(
    'files a breach, alerts at 6 h and at the due time, once each, to the minute',
    async () => {
      const facts = checkBreachInput({
        awareAt: '2026-03-28 23:30',
        description: 'Jan de Vries reported a stolen laptop',
        categories: ['email', 'telecom_traffic'],
      });
      const id = await recordBreach(deps(FILED), facts, { telecom: true });
      const b = await getBreach(db, sealer, id);
      expect(b.awareAt.toISOString()).toBe('2026-03-28T22:30:00.000Z');
      expect(b.description).toBe('Jan de Vries reported a stolen laptop');

      // The free text is sealed in the store, and the audit entry holds ids only.
      const raw = await db.query<{ details_sealed: string }>(
        'select details_sealed from grondslag.breach where id = $1',
        [id],
      );
      expect(raw.rows[0]!.details_sealed).not.toContain('Vries');
      const audit = await listAudit(db, { limit: 10_000 });
      const mine = audit.filter((e) => e.subjectId === id);
      expect(mine.map((e) => e.action)).toEqual(['breach.recorded']);
      expect(JSON.stringify(mine)).not.toContain('Vries');

      expect(await runCheck('2026-03-29T16:29:00Z')).toEqual([]);
      const near = await runCheck('2026-03-29T16:30:00Z');
      expect(near).toHaveLength(1);
      expect(near[0]!.to).toEqual(['dpo@cloudaware.test']);
      expect(near[0]!.subject).toBe('Breach notification due within 6 hours: 1 clock');
      expect(near[0]!.text).toContain(
        `${id} telecom-24h: due 2026-03-30 00:30 CEST (2026-03-29T22:30Z), remaining 0d 06h 00m`,
      );
      expect(near[0]!.text).not.toContain('Vries');
      // Once per threshold: the next quarter-hour sends nothing.
      expect(await runCheck('2026-03-29T16:45:00Z')).toEqual([]);
      expect(await runCheck('2026-03-29T22:29:00Z')).toEqual([]);
      const overdue = await runCheck('2026-03-29T22:30:00Z');
      expect(overdue).toHaveLength(1);
      expect(overdue[0]!.subject).toBe('Breach notification OVERDUE: 1 clock');
      expect(overdue[0]!.text).toContain(`${id} telecom-24h: due 2026-03-30 00:30 CEST`);
      expect(await runCheck('2026-03-30T10:00:00Z')).toEqual([]);
      const afterCheck = (await listAudit(db, { limit: 10_000 }))
        .reverse()
        .filter((e) => e.subjectId === id)
        .map((e) => [e.action, e.data.clock]);
      expect(afterCheck).toEqual([
        ['breach.recorded', undefined],
        ['breach.clock_near', 'telecom-24h'],
        ['breach.clock_overdue', 'telecom-24h'],
      ]);
      expect(log.entries.some((e) => e.msg === 'breach notification overdue' && e.breach === id)).toBe(true);

      // A late initial notice needs reasons; with them it is recorded, and the 72-hour clock then never alerts.
      await expect(
        recordNotice(deps(new Date('2026-03-30T09:00:00Z')), id, {
          audience: 'authority',
          sentAt: new Date('2026-03-30T09:00:00Z'),
          content: 'initial notice',
        }),
      ).rejects.toMatchObject({ code: 'BREACH_DELAY_REASONS_REQUIRED' });
      const first = await recordNotice(deps(new Date('2026-03-30T09:00:00Z')), id, {
        audience: 'authority',
        sentAt: new Date('2026-03-30T09:00:00Z'),
        content: 'initial notice',
        delayReasons: 'scope unknown until the forensic report',
      });
      expect(first).toMatchObject({ seq: 1, phase: 'initial' });
      const followUp = await recordNotice(deps(new Date('2026-04-02T09:00:00Z')), id, {
        audience: 'authority',
        sentAt: new Date('2026-04-02T09:00:00Z'),
        content: 'follow-up: 1200 people',
      });
      expect(followUp).toMatchObject({ seq: 2, phase: 'follow-up', delayReasons: null });
      expect(await runCheck('2026-04-01T00:00:00Z')).toEqual([]);
      const shown = await getBreach(db, sealer, id);
      expect(shown.phases.map((p) => [p.phase, p.sentAt.toISOString(), p.content, p.delayReasons])).toEqual([
        ['initial', '2026-03-30T09:00:00.000Z', 'initial notice', 'scope unknown until the forensic report'],
        ['follow-up', '2026-04-02T09:00:00.000Z', 'follow-up: 1200 people', null],
      ]);
    },
    60_000,
  );

  it('is a registered job that runs every 15 minutes', () => {
    expect(jobKinds).toContain(breachClockCheck);
    expect(breachClockCheck.schedule?.cron).toBe('*/15 * * * *');
  });

  it.skipIf(!store.available)(
    'runs only the 72-hour clock for a non-telecom organisation',
    async () => {
      const id = await recordBreach(deps(FILED), checkBreachInput({ awareAt: '2026-03-28 23:30' }), {
        telecom: false,
      });
      const near24 = await runCheck('2026-03-29T17:00:00Z');
      expect(near24.filter((m) => m.text.includes(id))).toEqual([]);
      const near72 = await runCheck('2026-03-31T16:30:00Z');
      expect(near72.map((m) => m.text).join()).toContain(
        `${id} gdpr-72h: due 2026-04-01 00:30 CEST (2026-03-31T22:30Z)`,
      );
      // Notified within 72 hours: no reasons needed.
      const p = await recordNotice(deps(FILED), id, {
        audience: 'authority',
        sentAt: new Date('2026-03-31T22:30:00Z'),
        content: 'notice',
      });
      expect(p.delayReasons).toBeNull();
    },
    60_000,
  );
});
