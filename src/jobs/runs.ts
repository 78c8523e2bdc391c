import type { Queryable } from '../store/db.js';

/** Grondslag's record of completed jobs (table grondslag.job_run, migration 0003). */

export interface JobRun {
  jobId: string;
  kind: string;
  attempt: number;
  worker: string;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * Records a completed job; called inside the completion transaction. Returns false when the job was
 * already recorded, i.e. another attempt completed it first and this one must commit nothing.
 */
export async function recordJobRun(
  tx: Queryable,
  run: { jobId: string; kind: string; attempt: number; worker: string; startedAt: Date },
): Promise<boolean> {
  const { rows } = await tx.query(
    `insert into grondslag.job_run (job_id, kind, attempt, worker, started_at, finished_at)
     values ($1, $2, $3, $4, $5, now())
     on conflict (job_id) do nothing
     returning job_id`,
    [run.jobId, run.kind, run.attempt, run.worker, run.startedAt],
  );
  return rows.length === 1;
}

/**
 * The latest completed run of each kind, for "jobs last ran at" on the dashboard and in
 * `grondslag jobs list`.
 *
 * @example
 *   const last = await lastJobRuns(db);
 *   last.get('system.heartbeat')?.finishedAt; // when the scheduler was last seen alive
 */
export async function lastJobRuns(db: Queryable): Promise<Map<string, JobRun>> {
  const { rows } = await db.query<{
    job_id: string;
    kind: string;
    attempt: number;
    worker: string;
    started_at: Date;
    finished_at: Date;
  }>(
    `select distinct on (kind) job_id, kind, attempt, worker, started_at, finished_at
     from grondslag.job_run order by kind, finished_at desc`,
  );
  return new Map(
    rows.map((r) => [
      r.kind,
      {
        jobId: r.job_id,
        kind: r.kind,
        attempt: r.attempt,
        worker: r.worker,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
      },
    ]),
  );
}

/**
 * Deletes run records older than `keepDays`, except the latest of each kind, so that a monthly job
 * still shows when it last ran.
 *
 * @returns how many rows were deleted
 */
export async function pruneJobRuns(tx: Queryable, keepDays: number): Promise<number> {
  const { rowCount } = await tx.query(
    `delete from grondslag.job_run
     where finished_at < now() - make_interval(days => $1)
       and job_id not in (
         select distinct on (kind) job_id from grondslag.job_run order by kind, finished_at desc
       )`,
    [keepDays],
  );
  return rowCount;
}
