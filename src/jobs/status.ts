import type { Db } from '../store/db.js';
import { lastJobRuns } from './runs.js';

/**
 * What the queue holds, per job kind, and the latest failures: for `grondslag jobs list` and the
 * admin dashboard. pg-boss 10 has no API for listing failed jobs, so this reads its tables (`pgboss`
 * schema version 24) directly; this file is the one place that knows their layout.
 */

export interface JobKindStatus {
  kind: string;
  /** Waiting to run: new, or waiting for a retry. */
  queued: number;
  active: number;
  /** Failed for good (retries used up), not yet archived. */
  failed: number;
  /** Completed and not yet archived (pg-boss archives after 12 hours). */
  completed: number;
  /** The latest completion ever recorded (grondslag.job_run), archived or not. */
  lastRunAt: Date | null;
}

export interface JobFailure {
  jobId: string;
  kind: string;
  failedAt: Date;
  attempts: number;
  message: string;
  code?: string;
}

export interface JobsOverview {
  kinds: JobKindStatus[];
  recentFailures: JobFailure[];
}

/**
 * @param kinds names always listed, even with nothing queued (the registered kinds)
 * @example
 *   const { kinds, recentFailures } = await jobsOverview(db, jobKinds.map((k) => k.name));
 */
export async function jobsOverview(
  db: Db,
  kinds: readonly string[],
  options: { failureLimit?: number } = {},
): Promise<JobsOverview> {
  const byKind = new Map<string, JobKindStatus>();
  const entry = (kind: string) => {
    let s = byKind.get(kind);
    if (!s) {
      s = { kind, queued: 0, active: 0, failed: 0, completed: 0, lastRunAt: null };
      byKind.set(kind, s);
    }
    return s;
  };
  for (const k of kinds) entry(k);
  for (const [kind, run] of await lastJobRuns(db)) entry(kind).lastRunAt = run.finishedAt;

  const { rows: installed } = await db.query<{ ok: boolean }>(
    `select to_regclass('pgboss.job') is not null as ok`,
  );
  let recentFailures: JobFailure[] = [];
  if (installed[0]?.ok) {
    const { rows: counts } = await db.query<{ name: string; state: string; n: number }>(
      // Queues whose name starts with __pgboss__ are pg-boss's own (cron hand-over).
      `select name, state::text as state, count(*) as n from pgboss.job
       where name not like '\\_\\_pgboss\\_\\_%' group by name, state`,
    );
    for (const c of counts) {
      const s = entry(c.name);
      if (c.state === 'created' || c.state === 'retry') s.queued += c.n;
      else if (c.state === 'active') s.active += c.n;
      else if (c.state === 'failed') s.failed += c.n;
      else if (c.state === 'completed') s.completed += c.n;
    }
    const { rows: failures } = await db.query<{
      id: string;
      name: string;
      completed_on: Date;
      retry_count: number;
      output: unknown;
    }>(
      `select id::text, name, completed_on, retry_count, output from (
         select id, name, completed_on, retry_count, output from pgboss.job where state = 'failed'
         union all
         select id, name, completed_on, retry_count, output from pgboss.archive where state = 'failed'
       ) f order by completed_on desc limit $1`,
      [options.failureLimit ?? 10],
    );
    recentFailures = failures.map((f) => ({
      jobId: f.id,
      kind: f.name,
      failedAt: f.completed_on,
      attempts: f.retry_count + 1,
      ...failureReason(f.output),
    }));
  }
  return { kinds: [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind)), recentFailures };
}

/**
 * The worker stores `{ message, code }`; pg-boss's own expiry stores `{ value: { message } }`; an
 * error thrown elsewhere is a serialised Error with `message`.
 */
function failureReason(output: unknown): { message: string; code?: string } {
  const o = (output ?? {}) as { message?: unknown; code?: unknown; value?: { message?: unknown } };
  const message = typeof o.message === 'string' ? o.message : o.value?.message;
  return {
    message: typeof message === 'string' ? message : JSON.stringify(output),
    ...(typeof o.code === 'string' ? { code: o.code } : {}),
  };
}
