import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { statsRetention } from '../../src/jobs/kinds/stats-retention.js';
import { statsRotateSalt } from '../../src/jobs/kinds/stats-rotate-salt.js';
import { enqueue, openJobQueue } from '../../src/jobs/queue.js';
import { startWorker } from '../../src/jobs/worker.js';
import { memoryLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/schema.js';
import { daySalt } from '../../src/stats/daily-salt.js';
import { recordPageview } from '../../src/stats/record.js';
import { deleteExpiredStats, statsCutoff, statsRetentionRule } from '../../src/stats/retention.js';
import { visitorId } from '../../src/stats/visitor.js';
import type { Db } from '../../src/store/db.js';
import { jobState, jobTestStores, waitFor } from '../helpers/jobs.js';

/**
 * "Website statistieken: maximaal 3 maanden": the cut-off comes from the policy's rule, the
 * aggregates older than it are deleted and newer ones kept; the two job kinds do it on schedule.
 */

const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
let policy: Policy;
beforeAll(async () => {
  policy = (await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml')).policy;
});

async function countOn(db: Db, day: string, page = '/') {
  const salt = Buffer.alloc(32, 7);
  const visitor = visitorId(salt, { site: 'portal', address: '192.0.2.1', userAgent: UA });
  await recordPageview(db, { site: 'portal', day, facts: { page, referrer: 'duckduckgo.com' }, visitor });
}
const days = async (db: Db) =>
  (
    await db.query<{ day: string }>(
      'select distinct day::text as day from grondslag.stats_daily order by day',
    )
  ).rows.map((r) => r.day);

describe('the statistics retention rule', () => {
  it('is CloudAware’s website_statistics rule, three months', () => {
    const rule = statsRetentionRule(policy);
    expect(rule.id).toBe('website_statistics');
    expect(rule.period).toBe('P3M');
    expect(statsCutoff(policy, new Date('2026-06-15T03:00:00Z')).toISOString()).toBe(
      '2026-03-15T03:00:00.000Z',
    );
  });

  it('is the shortest of several rules covering website activity, or the one configured', () => {
    const wider: Policy = {
      ...policy,
      retention: [
        {
          ...policy.retention.find((r) => r.id === 'webserver_logs')!,
          categories: ['ip_address', 'website_activity'],
        },
        ...policy.retention,
      ],
    };
    expect(statsRetentionRule(wider).id).toBe('website_statistics');
    expect(statsRetentionRule(wider, 'webserver_logs').id).toBe('webserver_logs');
    expect(() => statsRetentionRule(policy, 'no_such_rule')).toThrow(
      /STATS_RETENTION_RULE_UNKNOWN|no retention rule/,
    );
  });

  it('is an error naming the category when the policy has none', () => {
    const none: Policy = {
      ...policy,
      retention: policy.retention.filter((r) => !r.categories.includes('website_activity')),
    };
    try {
      statsRetentionRule(none);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('STATS_RETENTION_RULE_MISSING');
      expect((e as Error).message).toContain('website_activity');
    }
  });
});

describe.each(jobTestStores)('statistics retention on $name', (store) => {
  let db: Db;
  let url: string | undefined;
  let close: () => Promise<void>;
  beforeAll(async () => {
    if (!store.available) return;
    ({ db, url, close } = await store.open());
  });
  afterAll(async () => {
    await close?.();
  });

  it.skipIf(!store.available)(
    'deletes the days older than three months and keeps the newer ones',
    async () => {
      for (const day of ['2026-01-10', '2026-03-14', '2026-03-15', '2026-03-16', '2026-06-15'])
        await countOn(db, day);
      const deleted = await deleteExpiredStats(db, statsCutoff(policy, new Date('2026-06-15T03:00:00Z')));
      // 15 March began before the cut-off (15 March 03:00): part of it is older than three months.
      expect(await days(db)).toEqual(['2026-03-16', '2026-06-15']);
      expect(deleted).toBe(3 * 3); // site, page and referrer of three days
    },
  );

  it.skipIf(!store.available)('keeps a day that begins exactly at the cut-off', async () => {
    await countOn(db, '2026-04-01');
    await deleteExpiredStats(db, new Date('2026-04-01T00:00:00Z'));
    expect(await days(db)).toContain('2026-04-01');
    await deleteExpiredStats(db, new Date('2026-04-01T00:00:00.001Z'));
    expect(await days(db)).not.toContain('2026-04-01');
  });

  it.skipIf(!store.available)(
    'runs both job kinds through the worker: retention from the policy, salt rotation',
    async () => {
      for (const day of ['2026-02-01', '2026-05-20']) await countOn(db, day);
      await daySalt(db, '2026-05-18', new Date('2026-05-18T10:00:00Z'));
      // Without their cron schedules: a run on the real clock must not interleave with these.
      const retention = { ...statsRetention, schedule: undefined };
      const rotation = { ...statsRotateSalt, schedule: undefined };
      const queue = await openJobQueue({
        db,
        ...(url ? { url } : {}),
        kinds: [retention, rotation],
        tuning: {
          maintenanceIntervalSeconds: 1,
          cronMonitorIntervalSeconds: 1,
          cronWorkerIntervalSeconds: 1,
        },
      });
      const worker = await startWorker({
        queue,
        log: memoryLogger(),
        pollingIntervalSeconds: 0.5,
        config: resolveConfig(undefined, undefined, {}, process.cwd()),
      });
      try {
        const at = '2026-05-21T03:00:00.000Z';
        const ids = [await enqueue(queue, retention, { at }), await enqueue(queue, rotation, { at })];
        for (const id of ids) {
          await waitFor(`job ${id}`, async () => {
            const s = await jobState(db, id!);
            if (s?.state === 'failed') throw new Error(`job ${id} failed`);
            return s?.state === 'completed';
          });
        }
      } finally {
        await worker.stop();
        await queue.close();
      }
      expect(await days(db)).not.toContain('2026-02-01');
      expect(await days(db)).toContain('2026-05-20');
      const salts = await db.query<{ day: string }>(
        'select day::text as day from grondslag.stats_salt order by day',
      );
      // The salt of 18 May began 57 hours before; the one of 21 May is ready.
      expect(salts.rows.map((r) => r.day)).not.toContain('2026-05-18');
      expect(salts.rows.map((r) => r.day)).toContain('2026-05-21');
    },
  );
});
