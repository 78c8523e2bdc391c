import { randomUUID } from 'node:crypto';
import type { AuditData } from '../audit/entry.js';
import { appendAudit } from '../audit/log.js';
import type { Queryable } from '../store/db.js';

/**
 * The record of retention sweeps (tables of migration 0006): a run, its steps (one per collection,
 * fixed when the run starts) and each batch a connector committed. Repository only; the sweep in
 * sweep.ts decides what to write.
 */

export type RunStatus = 'running' | 'completed' | 'failed';
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';
export type StepAction = 'delete' | 'anonymise' | 'unlink';

export interface RunStep {
  step: number;
  rule: string;
  system: string;
  collection: string;
  action: StepAction;
  /** For an unlink step: the collection whose due rows the unlinked keys pointed at. */
  parent: string | null;
  cutoff: Date;
  taxFloor: boolean;
  status: StepStatus;
  dueAtStart: number | null;
  held: number;
  restricted: number;
  oldest: Date | null;
  affected: number;
  filesRemoved: number;
  error: string | null;
}

export interface RetentionRun {
  id: string;
  asOf: Date;
  startedAt: Date;
  finishedAt: Date | null;
  status: RunStatus;
  actor: string;
  owner: string;
  heartbeatAt: Date;
  resumedCount: number;
  errors: { step: number; message: string }[];
  steps: RunStep[];
}

export interface LastBatch {
  seq: number;
  lastKey: unknown[] | null;
}

type Db = Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

interface RunRow {
  id: string;
  as_of: Date;
  started_at: Date;
  finished_at: Date | null;
  status: RunStatus;
  actor: string;
  owner: string;
  heartbeat_at: Date;
  resumed_count: number;
  errors: { step: number; message: string }[];
}

interface StepRow {
  run_id: string;
  step: number;
  rule: string;
  system: string;
  collection: string;
  action: StepAction;
  parent: string | null;
  cutoff: Date;
  tax_floor: boolean;
  status: StepStatus;
  due_at_start: number | string | null;
  held: number | string;
  restricted: number | string;
  oldest: Date | null;
  affected: number | string;
  files_removed: number;
  error: string | null;
}

const toStep = (r: StepRow): RunStep => ({
  step: r.step,
  rule: r.rule,
  system: r.system,
  collection: r.collection,
  action: r.action,
  parent: r.parent,
  cutoff: r.cutoff,
  taxFloor: r.tax_floor,
  status: r.status,
  dueAtStart: r.due_at_start === null ? null : Number(r.due_at_start),
  held: Number(r.held),
  restricted: Number(r.restricted),
  oldest: r.oldest,
  affected: Number(r.affected),
  filesRemoved: r.files_removed,
  error: r.error,
});

export interface NewStep {
  rule: string;
  system: string;
  collection: string;
  action: StepAction;
  parent?: string;
  cutoff: Date;
  taxFloor: boolean;
  dueAtStart: number;
  held: number;
  restricted: number;
  oldest: Date | null;
}

/** Creates a run with its steps, all pending, in one transaction. */
export async function createRun(
  db: Db,
  run: { asOf: Date; actor: string; owner: string; now: Date; steps: NewStep[] },
): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into grondslag.retention_run (id, as_of, started_at, status, actor, owner, heartbeat_at)
       values ($1, $2, $3, 'running', $4, $5, $3)`,
      [id, run.asOf, run.now, run.actor, run.owner],
    );
    for (const [i, s] of run.steps.entries()) {
      await tx.query(
        `insert into grondslag.retention_step
           (run_id, step, rule, system, collection, action, parent, cutoff, tax_floor, status, due_at_start, held, restricted, oldest)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11, $12, $13)`,
        [
          id,
          i,
          s.rule,
          s.system,
          s.collection,
          s.action,
          s.parent ?? null,
          s.cutoff,
          s.taxFloor,
          s.dueAtStart,
          s.held,
          s.restricted,
          s.oldest,
        ],
      );
    }
  });
  return id;
}

/**
 * A run with its steps.
 *
 * @example
 *   const run = await getRun(db, id);
 *   run?.steps.reduce((n, s) => n + s.affected, 0); // rows removed or anonymised
 */
export async function getRun(q: Queryable, id: string): Promise<RetentionRun | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<RunRow>('select * from grondslag.retention_run where id = $1', [id]);
  const r = rows[0];
  if (!r) return undefined;
  const steps = await q.query<StepRow>(
    'select * from grondslag.retention_step where run_id = $1 order by step',
    [id],
  );
  return toRun(r, steps.rows.map(toStep));
}

function toRun(r: RunRow, steps: RunStep[]): RetentionRun {
  return {
    id: r.id,
    asOf: r.as_of,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    status: r.status,
    actor: r.actor,
    owner: r.owner,
    heartbeatAt: r.heartbeat_at,
    resumedCount: r.resumed_count,
    errors: r.errors,
    steps,
  };
}

/** The latest runs with their steps, newest first. */
export async function listRuns(q: Queryable, limit = 20): Promise<RetentionRun[]> {
  const { rows } = await q.query<RunRow>(
    'select * from grondslag.retention_run order by started_at desc, id limit $1',
    [limit],
  );
  if (rows.length === 0) return [];
  const steps = await q.query<StepRow>(
    'select * from grondslag.retention_step where run_id = any($1) order by run_id, step',
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => toRun(r, steps.rows.filter((s) => s.run_id === r.id).map(toStep)));
}

/** Runs still marked running, oldest first: either at work elsewhere or interrupted. */
export async function runningRuns(q: Queryable): Promise<RetentionRun[]> {
  const { rows } = await q.query<{ id: string }>(
    `select id from grondslag.retention_run where status = 'running' order by started_at, id`,
  );
  const out: RetentionRun[] = [];
  for (const r of rows) {
    const run = await getRun(q, r.id);
    if (run) out.push(run);
  }
  return out;
}

/**
 * Takes an interrupted run over: succeeds only if it is still running under the owner seen, so two
 * processes resuming at once cannot both work on it.
 */
export async function claimRun(
  q: Queryable,
  id: string,
  seenOwner: string,
  owner: string,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await q.query(
    `update grondslag.retention_run set owner = $3, heartbeat_at = $4, resumed_count = resumed_count + 1
     where id = $1 and owner = $2 and status = 'running'`,
    [id, seenOwner, owner, now],
  );
  return rowCount === 1;
}

export async function setStepStatus(
  q: Queryable,
  runId: string,
  step: number,
  status: StepStatus,
  error: string | null = null,
): Promise<void> {
  await q.query(
    'update grondslag.retention_step set status = $3, error = $4 where run_id = $1 and step = $2',
    [runId, step, status, error],
  );
}

/** The last recorded batch of a step, where a resumed anonymising step continues. */
export async function lastBatch(q: Queryable, runId: string, step: number): Promise<LastBatch | undefined> {
  const { rows } = await q.query<{ seq: number; last_key: unknown[] | null }>(
    `select seq, last_key from grondslag.retention_batch where run_id = $1 and step = $2
     order by seq desc limit 1`,
    [runId, step],
  );
  return rows[0] ? { seq: rows[0].seq, lastKey: rows[0].last_key } : undefined;
}

/**
 * Records one committed batch, adds it to the step's count and beats the run's heartbeat: one
 * statement (so one round trip and one commit per batch, atomic as a whole).
 */
export async function recordBatch(
  q: Queryable,
  runId: string,
  step: number,
  batch: { count: number; lastKey?: unknown[]; file?: string; removedFile?: boolean; recovered?: boolean },
  now: Date,
): Promise<void> {
  await q.query(
    `with added as (
       insert into grondslag.retention_batch (run_id, step, seq, count, last_key, file, removed_file, recovered, at)
       select $1, $2, coalesce(max(seq), 0) + 1, $3, $4::jsonb, $5, $6, $7, $8
         from grondslag.retention_batch where run_id = $1 and step = $2
       returning 1
     ), counted as (
       update grondslag.retention_step set affected = affected + $3, files_removed = files_removed + $9
        where run_id = $1 and step = $2
       returning 1
     ), beat as (
       update grondslag.retention_run set heartbeat_at = $8 where id = $1 returning 1
     )
     select (select count(*) from added) + (select count(*) from counted) + (select count(*) from beat) as n`,
    [
      runId,
      step,
      batch.count,
      batch.lastKey === undefined ? null : JSON.stringify(batch.lastKey),
      batch.file ?? null,
      batch.removedFile ?? false,
      batch.recovered ?? false,
      now,
      batch.removedFile ? 1 : 0,
    ],
  );
}

/** The batches of a run, for evidence. */
export async function runBatches(
  q: Queryable,
  runId: string,
): Promise<
  {
    step: number;
    seq: number;
    count: number;
    file: string | null;
    removedFile: boolean;
    recovered: boolean;
    at: Date;
  }[]
> {
  const { rows } = await q.query<{
    step: number;
    seq: number;
    count: string | number;
    file: string | null;
    removed_file: boolean;
    recovered: boolean;
    at: Date;
  }>(
    'select step, seq, count, file, removed_file, recovered, at from grondslag.retention_batch where run_id = $1 order by step, seq',
    [runId],
  );
  return rows.map((r) => ({
    step: r.step,
    seq: r.seq,
    count: Number(r.count),
    file: r.file,
    removedFile: r.removed_file,
    recovered: r.recovered,
    at: r.at,
  }));
}

/**
 * Closes a run and writes its record to the audit log in the same transaction (the audit entry last,
 * as appendAudit requires).
 */
export async function finishRun(
  db: Db,
  runId: string,
  outcome: {
    status: 'completed' | 'failed';
    errors: { step: number; message: string }[];
    now: Date;
    actor: string;
    audit: AuditData;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `update grondslag.retention_run set status = $2, finished_at = $3, heartbeat_at = $3, errors = $4::jsonb where id = $1`,
      [runId, outcome.status, outcome.now, JSON.stringify(outcome.errors)],
    );
    await appendAudit(
      tx,
      {
        actor: outcome.actor,
        action: outcome.status === 'completed' ? 'retention.sweep_completed' : 'retention.sweep_failed',
        subjectType: 'retention_run',
        subjectId: runId,
        data: outcome.audit,
      },
      { now: () => outcome.now },
    );
  });
}
