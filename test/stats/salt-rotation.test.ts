import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daySalt, rotateSalts, SaltCache, utcDay } from '../../src/stats/daily-salt.js';
import { recordPageview } from '../../src/stats/record.js';
import { countToken, visitorId } from '../../src/stats/visitor.js';
import type { Db } from '../../src/store/db.js';
import { testStores } from '../helpers/store.js';

/**
 * The daily salt's life: created on first use, the same all day, another the next day, and gone
 * 48 hours after its day began — together with everything that could link a visitor to it.
 */

const HOUR = 3600_000;
const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const visit = { site: 'portal', address: '203.0.113.9', userAgent: UA };

const salts = async (db: Db) =>
  (
    await db.query<{ day: string }>('select day::text as day from grondslag.stats_salt order by day')
  ).rows.map((r) => r.day);
const seenDays = async (db: Db) =>
  (
    await db.query<{ day: string }>('select distinct day::text as day from grondslag.stats_seen order by day')
  ).rows.map((r) => r.day);

describe.each(testStores)('daily salts on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    if (!store.available) return;
    ({ db, close } = await store.open());
  });
  afterAll(async () => {
    await close?.();
  });

  it.skipIf(!store.available)(
    'gives one salt per day, and the same visitor another id the next day',
    async () => {
      const day1 = new Date('2026-03-02T09:00:00Z');
      const morning = await daySalt(db, utcDay(day1), day1);
      const evening = await daySalt(db, utcDay(day1), new Date('2026-03-02T23:59:00Z'));
      expect(evening.equals(morning)).toBe(true);
      expect(visitorId(evening, visit)).toEqual(visitorId(morning, visit));

      const day2 = new Date('2026-03-03T00:00:00Z');
      await rotateSalts(db, day2);
      const next = await daySalt(db, utcDay(day2), day2);
      expect(next.equals(morning)).toBe(false);
      expect(visitorId(next, visit)).not.toEqual(visitorId(morning, visit));
    },
  );

  it.skipIf(!store.available)(
    'destroys a salt 48 hours after its day began, with the past days’ visitor tokens',
    async () => {
      const start = new Date('2026-04-10T00:00:00Z');
      const cache = new SaltCache();
      const salt = await cache.today(db, new Date(start.getTime() + 10 * HOUR));
      const id = visitorId(salt, visit);
      await recordPageview(db, { site: 'portal', day: '2026-04-10', facts: { page: '/' }, visitor: id });
      expect(await salts(db)).toContain('2026-04-10');

      // The next day: the salt of the 10th is still there (it is not 48 hours old), its tokens are not.
      const nextDay = await rotateSalts(db, new Date(start.getTime() + 24 * HOUR));
      expect(nextDay.destroyed).not.toContain('2026-04-10');
      expect(await salts(db)).toContain('2026-04-10');
      expect(await seenDays(db)).not.toContain('2026-04-10');

      // One minute before the 48 hours are up it is kept; at 48 hours it is gone.
      await rotateSalts(db, new Date(start.getTime() + 48 * HOUR - 60_000));
      expect(await salts(db)).toContain('2026-04-10');
      const after = await rotateSalts(db, new Date(start.getTime() + 48 * HOUR));
      expect(after.destroyed).toContain('2026-04-10');
      expect(await salts(db)).not.toContain('2026-04-10');
      expect(await salts(db)).toEqual(['2026-04-11', '2026-04-12']);

      // Nothing stored can be linked to the visitor any more: no salt, no token of that day.
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from grondslag.stats_seen where token = decode($1, 'hex')`,
        [countToken(id, 'site', '')],
      );
      expect(rows[0]!.n).toBe(0);
    },
  );

  it.skipIf(!store.available)(
    'destroys expired salts when a new day’s salt is created, even without the job',
    async () => {
      const d = new Date('2026-05-01T12:00:00Z');
      await daySalt(db, utcDay(d), d);
      const later = new Date('2026-05-04T08:00:00Z');
      await daySalt(db, utcDay(later), later);
      expect(await salts(db)).not.toContain('2026-05-01');
      expect(await salts(db)).toContain('2026-05-04');
    },
  );

  it.skipIf(!store.available)(
    'never holds a salt older than 48 hours through four days of hourly rotations',
    async () => {
      const t0 = new Date('2026-06-01T00:00:00Z').getTime();
      for (let h = 0; h < 4 * 24; h += 1) {
        const now = new Date(t0 + h * HOUR);
        await rotateSalts(db, now);
        const { rows } = await db.query<{ day: string }>('select day::text as day from grondslag.stats_salt');
        for (const { day } of rows) {
          expect(
            now.getTime() - Date.parse(`${day}T00:00:00Z`),
            `${day} at ${now.toISOString()}`,
          ).toBeLessThan(48 * HOUR);
        }
      }
    },
  );
});
