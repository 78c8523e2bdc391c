import { afterEach, describe, expect, it } from 'vitest';
import { enqueue, type JobQueue, openJobQueue } from '../src/jobs/queue.js';
import type { Db } from '../src/store/db.js';
import { fixtureJobKinds, holdJob, shareJob } from './fixtures/jobs/kinds.js';
import { jobState, type LoggedProcess, spawnLogged, waitFor } from './helpers/jobs.js';
import { freshPostgres, postgresAvailable } from './helpers/store.js';

/**
 * Real worker processes against one PostgreSQL: a killed worker's job is finished by another exactly
 * once, and two workers share a queue. The workers are test/fixtures/jobs/worker-process.ts (the
 * production worker with test-only job kinds and second-scale housekeeping).
 */

const fixture = 'test/fixtures/jobs/worker-process.ts';

describe.skipIf(!postgresAvailable)('worker processes on one PostgreSQL', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => {});
    cleanup.length = 0;
  });

  async function setUp(): Promise<{ db: Db; url: string; queue: JobQueue }> {
    const pg = await freshPostgres();
    cleanup.push(pg.drop);
    await pg.db.exec(`
      create table job_marker (key text not null, pid int not null, attempt int not null);
      create table job_effect (key text not null, pid int not null);`);
    // The test only enqueues; maintenance and cron belong to the workers.
    const queue = await openJobQueue({ db: pg.db, url: pg.url, kinds: fixtureJobKinds, background: false });
    cleanup.push(() => queue.close());
    return { db: pg.db, url: pg.url, queue };
  }

  function worker(url: string, options: { hold?: boolean; concurrency?: number } = {}): LoggedProcess {
    const p = spawnLogged(['--import', 'tsx', fixture, url, String(options.concurrency ?? 1)], {
      env: { JOB_FIXTURE_HOLD: options.hold ? '1' : '0' },
    });
    cleanup.push(async () => {
      p.child.kill('SIGKILL');
      await p.exited;
    });
    return p;
  }

  const started = (p: LoggedProcess) =>
    p.waitForLog(`worker ${p.pid} to start`, (e) => e.msg === 'worker started');

  it('a job whose worker was killed mid-run is completed by another worker, exactly once', async () => {
    const { db, url, queue } = await setUp();
    const doomed = worker(url, { hold: true });
    await started(doomed);
    const id = (await enqueue(queue, holdJob, { key: 'crash' }))!;

    const markers = async () =>
      (await db.query<{ pid: number }>(`select pid from job_marker where key = 'crash'`)).rows.map(
        (r) => r.pid,
      );
    await waitFor('the doomed worker to start the job', async () => (await markers()).includes(doomed.pid));
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBe('SIGKILL');
    expect((await jobState(db, id))?.state).not.toBe('completed');

    const rescuer = worker(url);
    await waitFor('the job to complete', async () => (await jobState(db, id))?.state === 'completed');

    const { rows: effects } = await db.query<{ pid: number }>(
      `select pid from job_effect where key = 'crash'`,
    );
    expect(effects).toEqual([{ pid: rescuer.pid }]);
    const { rows: runs } = await db.query<{ worker: string; attempt: number }>(
      'select worker, attempt from grondslag.job_run where job_id = $1',
      [id],
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]!.worker).toMatch(new RegExp(`:${rescuer.pid}$`));
    expect(runs[0]!.attempt).toBeGreaterThanOrEqual(2);
    expect(await markers()).toEqual(expect.arrayContaining([doomed.pid, rescuer.pid]));

    // A graceful stop: SIGTERM ends the worker with exit code 0 after saying so.
    rescuer.child.kill('SIGTERM');
    expect(await rescuer.exited).toBe(0);
    expect(rescuer.entries.some((e) => e.msg === 'worker stopped')).toBe(true);
  });

  it('two worker processes share the queue and complete every job exactly once', async () => {
    const { db, url, queue } = await setUp();
    const a = worker(url, { concurrency: 2 });
    const b = worker(url, { concurrency: 2 });
    await Promise.all([started(a), started(b)]);

    const ids: string[] = [];
    for (let n = 0; n < 40; n++) ids.push((await enqueue(queue, shareJob, { n }))!);

    const completedCount = async () =>
      (
        await db.query<{ n: number }>(
          `select count(*) as n from pgboss.job where id = any($1::uuid[]) and state = 'completed'`,
          [ids],
        )
      ).rows[0]!.n;
    await waitFor('all 40 jobs to complete', async () => (await completedCount()) === 40);

    const { rows: effects } = await db.query<{ key: string; pid: number }>('select key, pid from job_effect');
    expect(effects).toHaveLength(40);
    expect(new Set(effects.map((e) => e.key)).size).toBe(40);
    const byPid = new Map<number, number>();
    for (const e of effects) byPid.set(e.pid, (byPid.get(e.pid) ?? 0) + 1);
    expect([...byPid.keys()].sort()).toEqual([a.pid, b.pid].sort());
    const { rows: runs } = await db.query<{ n: number }>(
      `select count(*) as n from grondslag.job_run where kind = 'test.share'`,
    );
    expect(runs[0]!.n).toBe(40);

    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });
});
