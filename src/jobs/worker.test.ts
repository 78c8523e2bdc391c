import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobState, jobTestStores, waitFor } from '../../test/helpers/jobs.js';
import { memoryLogger } from '../log.js';
import type { Db } from '../store/db.js';
import { type AnyJobKind, defineJobKind } from './kind.js';
import { systemHeartbeat } from './kinds/system-heartbeat.js';
import { enqueue, type JobQueue, openJobQueue } from './queue.js';
import { lastJobRuns } from './runs.js';
import { startWorker } from './worker.js';

/** Short housekeeping intervals so that retries and cron show up in seconds. */
const tuning = { maintenanceIntervalSeconds: 1, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };
const quickPolicy = { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 };

/** A job whose effect is a row in job_effect, written in the completion transaction. */
const recordKey = defineJobKind({
  name: 'test.record-key',
  summary: 'writes its key',
  payload: z.strictObject({ key: z.string().min(1) }),
  policy: quickPolicy,
  async run({ key }, ctx) {
    await ctx.complete((tx) =>
      tx.query('insert into job_effect (key, attempt) values ($1, $2)', [key, ctx.attempt]),
    );
  },
});

describe.each(jobTestStores)('jobs on $name', (store) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => {});
    cleanup.length = 0;
  });

  async function setUp(kinds: AnyJobKind[], concurrency = 1) {
    const s = await store.open();
    cleanup.push(s.close);
    await s.db.exec('create table job_effect (key text not null, attempt int not null)');
    const queue = await openJobQueue({ db: s.db, url: s.url, kinds, tuning });
    cleanup.push(() => queue.close());
    const log = memoryLogger();
    const worker = await startWorker({ queue, log, concurrency, pollingIntervalSeconds: 0.5 });
    cleanup.push(() => worker.stop());
    return { db: s.db, queue, log, worker };
  }

  const effects = async (db: Db, key: string) =>
    (await db.query<{ attempt: number }>('select attempt from job_effect where key = $1', [key])).rows;
  const completed = (db: Db, id: string) =>
    waitFor(`job ${id} completed`, async () => (await jobState(db, id))?.state === 'completed');

  it.skipIf(!store.available)('an enqueued job runs once and its run is recorded', async () => {
    const { db, queue } = await setUp([recordKey]);
    const id = await enqueue(queue, recordKey, { key: 'a' });
    expect(id).toEqual(expect.any(String));
    await completed(db, id!);
    expect(await effects(db, 'a')).toEqual([{ attempt: 1 }]);
    const run = (await lastJobRuns(db)).get('test.record-key');
    expect(run).toMatchObject({ jobId: id, attempt: 1 });
    expect(run!.finishedAt.getTime()).toBeGreaterThanOrEqual(run!.startedAt.getTime());
  });

  it.skipIf(!store.available)(
    'a handler that fails twice then succeeds ends completed after 3 attempts, waiting longer each time',
    async () => {
      const attempts: { attempt: number; at: number }[] = [];
      const flaky = defineJobKind({
        name: 'test.flaky',
        summary: 'fails twice',
        payload: z.strictObject({}),
        policy: { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true, expireInSeconds: 60 },
        async run(_p, ctx) {
          attempts.push({ attempt: ctx.attempt, at: Date.now() });
          if (ctx.attempt < 3) throw new Error(`transient failure ${ctx.attempt}`);
        },
      });
      const { db, queue, log } = await setUp([flaky]);
      const id = (await enqueue(queue, flaky, {}))!;
      await completed(db, id);
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(await jobState(db, id)).toEqual({ state: 'completed', retryCount: 2 });
      // Backoff: at least 1 s before the first retry and 2 s before the second (pg-boss doubles the
      // delay and adds jitter on top). Lower bounds only; a slow machine just waits longer.
      const [a1, a2, a3] = attempts as [(typeof attempts)[0], (typeof attempts)[0], (typeof attempts)[0]];
      expect(a2.at - a1.at).toBeGreaterThanOrEqual(900);
      expect(a3.at - a2.at).toBeGreaterThanOrEqual(1900);
      const failures = log.entries.filter((e) => e.msg === 'job failed');
      expect(failures.map((e) => [e.attempt, e.willRetry])).toEqual([
        [1, true],
        [2, true],
      ]);
      expect((await lastJobRuns(db)).get('test.flaky')?.attempt).toBe(3);
    },
  );

  it.skipIf(!store.available)(
    'an invalid payload is refused at enqueue, and fails the job with a clear error when it slips in',
    async () => {
      const { db, queue, log } = await setUp([recordKey]);
      await expect(enqueue(queue, recordKey, { key: '' })).rejects.toMatchObject({
        code: 'JOB_INVALID_PAYLOAD',
        kind: 'input',
      });
      // An older producer (or raw SQL) can still put one on the queue.
      const bad = (await queue.boss.send('test.record-key', { kee: 'x' }))!;
      await waitFor('the invalid job to fail', async () => (await jobState(db, bad))?.state === 'failed');
      const { rows } = await db.query<{ output: { message: string; code: string } }>(
        'select output from pgboss.job where id = $1',
        [bad],
      );
      expect(rows[0]?.output.code).toBe('JOB_INVALID_PAYLOAD');
      expect(rows[0]?.output.message).toMatch(/invalid payload for job kind "test.record-key": key: /);
      expect(log.entries.some((e) => e.msg === 'job failed' && e.jobId === bad)).toBe(true);
      // The worker is still running.
      const good = (await enqueue(queue, recordKey, { key: 'after' }))!;
      await completed(db, good);
      expect(await effects(db, 'after')).toHaveLength(1);
    },
  );

  it.skipIf(!store.available)('registers the heartbeat schedule and the scheduler runs it', async () => {
    const { db, queue } = await setUp([systemHeartbeat, recordKey]);
    const schedules = await queue.boss.getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: 'system.heartbeat', cron: '* * * * *' })]);
    // A schedule of every minute is due at once on a fresh database.
    const beat = await waitFor('a heartbeat run', async () =>
      (await lastJobRuns(db)).get('system.heartbeat'),
    );
    expect(beat.attempt).toBe(1);
  });

  it.skipIf(!store.available)('stopping lets the running job finish', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let started = false;
    const slow = defineJobKind({
      name: 'test.slow',
      summary: 'waits for the test',
      payload: z.strictObject({}),
      policy: quickPolicy,
      async run(_p, ctx) {
        started = true;
        await gate;
        await ctx.complete((tx) => tx.query(`insert into job_effect values ('slow', $1)`, [ctx.attempt]));
      },
    });
    const { db, queue, worker } = await setUp([slow]);
    const id = (await enqueue(queue, slow, {}))!;
    await waitFor('the job to start', () => started);
    let stopResolved = false;
    const stopping = worker.stop().then(() => {
      stopResolved = true;
    });
    // The worker must not stop under the running job, however long we wait here.
    await new Promise((r) => setTimeout(r, 300));
    expect(stopResolved).toBe(false);
    release();
    await stopping;
    expect(await jobState(db, id)).toEqual({ state: 'completed', retryCount: 0 });
    expect(await effects(db, 'slow')).toHaveLength(1);
  });

  it.skipIf(!store.available)(
    'an attempt that outlived its expiry commits nothing once a retry has taken over',
    async () => {
      const outcomes: string[] = [];
      let queueRef: JobQueue | undefined;
      const stale = defineJobKind({
        name: 'test.stale',
        summary: 'first attempt hangs past its expiry',
        payload: z.strictObject({}),
        policy: { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 1 },
        async run(_p, ctx) {
          if (ctx.attempt === 1) {
            // Keep going after expiry, as a handler that ignores ctx.signal would, until the retry is done.
            await waitFor('the retry to complete', async () => {
              const s = await jobState(queueRef!.db, ctx.jobId);
              return s?.state === 'completed';
            });
          }
          try {
            await ctx.complete((tx) =>
              tx.query(`insert into job_effect values ('stale', $1)`, [ctx.attempt]),
            );
            outcomes.push(`attempt ${ctx.attempt} committed`);
          } catch (e) {
            outcomes.push(`attempt ${ctx.attempt} ${(e as { code?: string }).code}`);
          }
        },
      });
      const { db, queue } = await setUp([stale], 2);
      queueRef = queue;
      const id = (await enqueue(queue, stale, {}))!;
      await waitFor('both attempts to end', () => outcomes.length === 2);
      expect(outcomes).toEqual(['attempt 2 committed', 'attempt 1 JOB_SUPERSEDED']);
      expect(await effects(db, 'stale')).toEqual([{ attempt: 2 }]);
      expect((await jobState(db, id))?.state).toBe('completed');
    },
  );
});
