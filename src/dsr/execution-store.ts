import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Sealer } from '../crypto/sealed.js';
import { GrondslagError } from '../errors.js';
import type { Db, Queryable } from '../store/db.js';
import type { StoredValue } from './anonymise-value.js';
import type { KeepReason } from './keep-rules.js';
import type { ExecutionKind, ExecutionPlan } from './plan.js';

/**
 * Persistence of executions (tables in src/store/migrations/0005_dsr_execution.ts): the execution
 * with its plan and lease, one row per step with status, counts and checkpoint, and each step's key
 * set. Every function takes the transaction it belongs in; execute.ts decides what commits together.
 */

export type ExecutionStatus = 'discovering' | 'acting' | 'finishing' | 'done' | 'failed';
export type StepStatus = 'pending' | 'found' | 'acting' | 'done';
export type KeyAction = 'read' | 'delete' | 'anonymise' | 'keep' | 'update';

export interface ExecutionRecord {
  requestId: string;
  kind: ExecutionKind;
  plan: ExecutionPlan;
  status: ExecutionStatus;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  attempts: number;
  lastError: string | null;
  outcome: Record<string, unknown> | null;
  startedAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** Rows kept for one reason, per step. */
export interface KeptCount {
  reason: KeepReason;
  article: string;
  rows: number;
}

export interface StepRecord {
  step: number;
  system: string;
  collection: string;
  actOrder: number | null;
  status: StepStatus;
  rowsFound: number;
  rowsErased: number;
  rowsAnonymised: number;
  rowsKept: number;
  rowsUpdated: number;
  kept: KeptCount[];
  nextBatch: number;
  batches: number;
}

/** One entry of a step's key set. */
export interface KeyRecord {
  batch: number;
  ordinal: number;
  action: KeyAction;
  /** Primary-key values, or `{ field, value }` for a collection acted on by the value it was found by. */
  key: StoredValue[] | { field: string; value: StoredValue };
  rowCount: number;
  reason: KeepReason | null;
  refs: Record<string, StoredValue> | null;
  /** Anonymise: field → new value; for a keyed-by-value step, field → digest of old value → new value. */
  replacement: Record<string, unknown> | null;
}

export const executionErrorCodes = {
  leaseLost: 'DSR_EXECUTION_LEASE_LOST',
  busy: 'DSR_EXECUTION_BUSY',
  notFound: 'DSR_EXECUTION_NOT_FOUND',
} as const;

/** `host:pid:nonce` — who holds an execution's lease. */
export function leaseOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * Whether the owner of a lease is certainly gone: a process on this host that no longer exists
 * (killed, crashed). Owners on other hosts are only given up when their lease expires.
 */
export function ownerIsGone(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || pid === undefined || !/^\d+$/.test(pid)) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

interface ExecutionRow {
  request_id: string;
  kind: ExecutionKind;
  plan: ExecutionPlan;
  status: ExecutionStatus;
  lease_owner: string | null;
  lease_until: Date | null;
  attempts: number;
  last_error: string | null;
  outcome: Record<string, unknown> | null;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

function executionFromRow(r: ExecutionRow): ExecutionRecord {
  return {
    requestId: r.request_id,
    kind: r.kind,
    plan: r.plan,
    status: r.status,
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until,
    attempts: r.attempts,
    lastError: r.last_error,
    outcome: r.outcome,
    startedAt: r.started_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

export async function loadExecution(
  q: Queryable,
  requestId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ExecutionRecord | undefined> {
  const { rows } = await q.query<ExecutionRow>(
    `select * from grondslag.dsr_execution where request_id = $1${options.forUpdate ? ' for update' : ''}`,
    [requestId],
  );
  return rows[0] ? executionFromRow(rows[0]) : undefined;
}

/**
 * Records a new execution with its plan and one row per step, holding the lease: pending, or found
 * with what `saveFound` would record for it (`found`, with the same sealer; `saveFound` then writes
 * only their key sets and rows). Returns false when one exists already (another process started it
 * first); the caller then claims that one.
 */
export async function createExecution(
  tx: Queryable,
  plan: ExecutionPlan,
  owner: string,
  now: Date,
  leaseMs: number,
  options: { status?: 'discovering' | 'acting'; found?: FoundStep[]; sealer?: Sealer } = {},
): Promise<boolean> {
  const found = new Map((options.found ?? []).map((f) => [f.step, f]));
  if (found.size > 0 && !options.sealer) throw new Error('createExecution: found steps need the sealer');
  // One statement: the execution and its steps, or nothing when the execution exists already.
  const { rows } = await tx.query<{ created: boolean }>(
    `with e as (
       insert into grondslag.dsr_execution
         (request_id, kind, plan, status, lease_owner, lease_until, attempts, started_at, updated_at)
       values ($1, $2, $3::jsonb, $8, $4, $5, 1, $6, $6)
       on conflict (request_id) do nothing
       returning request_id),
     s as (
       insert into grondslag.dsr_execution_step
         (request_id, step, system, collection, act_order, status, rows_found, rows_kept, kept, carry, batches,
          next_batch, updated_at)
       select e.request_id, (x->>'step')::int, x->>'system', x->>'collection', (x->>'actOrder')::int,
              coalesce(x->>'status', 'pending'), coalesce((x->>'n')::int, 0), coalesce((x->>'kn')::int, 0),
              coalesce(x->'kept', '[]'::jsonb), x->'carry', coalesce((x->>'b')::int, 0), 0, $6
         from e, jsonb_array_elements($7::jsonb) x)
     select count(*) > 0 as created from e`,
    [
      plan.requestId,
      plan.kind,
      JSON.stringify(plan),
      owner,
      new Date(now.getTime() + leaseMs),
      now,
      JSON.stringify(
        plan.steps.map((s) => {
          const f = found.get(s.step);
          const step = { step: s.step, system: s.system, collection: s.collection, actOrder: s.actOrder };
          return f ? { ...step, status: 'found', ...foundValues(options.sealer!, f) } : step;
        }),
      ),
      options.status ?? 'discovering',
    ],
  );
  return rows[0]?.created === true;
}

/** A step of an execution recorded finished at once, with what discovery found (createFinishedExecution). */
export interface FinishedStep {
  step: number;
  system: string;
  collection: string;
  actOrder: number | null;
  rowsFound: number;
  kept: KeptCount[];
  batches: number;
}

/**
 * Records an execution that starts and finishes in the caller's transaction (a small access
 * request): the execution done with its outcome, and its steps done with their counts — the rows
 * `createExecution`, `saveFound` and `finishExecution` leave behind together, in one statement.
 * Returns undefined when the execution exists already (another process started it first).
 */
export async function createFinishedExecution(
  tx: Queryable,
  plan: ExecutionPlan,
  steps: FinishedStep[],
  outcome: Record<string, unknown>,
  now: Date,
): Promise<ExecutionRecord | undefined> {
  const { rows } = await tx.query<ExecutionRow>(
    `with e as (
       insert into grondslag.dsr_execution
         (request_id, kind, plan, status, lease_owner, lease_until, attempts, outcome, started_at,
          updated_at, finished_at)
       values ($1, $2, $3::jsonb, 'done', null, null, 1, $4::jsonb, $5, $5, $5)
       on conflict (request_id) do nothing
       returning request_id, kind, status, lease_owner, lease_until, attempts, last_error, started_at,
                 updated_at, finished_at),
     s as (
       insert into grondslag.dsr_execution_step
         (request_id, step, system, collection, act_order, status, rows_found, rows_kept, kept, batches,
          next_batch, updated_at)
       select e.request_id, (x->>'step')::int, x->>'system', x->>'collection', (x->>'actOrder')::int, 'done',
              (x->>'rowsFound')::int, (x->>'rowsKept')::int, x->'kept', (x->>'batches')::int, 0, $5
         from e, jsonb_array_elements($6::jsonb) x)
     select * from e`,
    [
      plan.requestId,
      plan.kind,
      JSON.stringify(plan),
      JSON.stringify(outcome),
      now,
      JSON.stringify(steps.map((s) => ({ ...s, rowsKept: s.kept.reduce((n, k) => n + k.rows, 0) }))),
    ],
  );
  if (!rows[0]) return undefined;
  return executionFromRow({ ...rows[0], plan, outcome: JSON.parse(JSON.stringify(outcome)) });
}

/**
 * Takes the lease of an unfinished execution: when nobody holds it, it expired, or its holder's
 * process is gone. Throws DSR_EXECUTION_BUSY when a live process holds it. An execution that is
 * done (another process finished it after the caller last looked) is returned as it is, without a
 * lease: there is nothing left to do, and finishing it again would redo its outputs.
 */
export async function claimExecution(
  db: Db,
  requestId: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<ExecutionRecord> {
  return db.transaction(async (tx) => {
    const exec = await loadExecution(tx, requestId, { forUpdate: true });
    if (!exec) {
      throw new GrondslagError(executionErrorCodes.notFound, `request ${requestId} has no execution`, {
        kind: 'not_found',
      });
    }
    if (exec.status === 'done') return exec;
    const free =
      exec.leaseOwner === null ||
      exec.leaseOwner === owner ||
      (exec.leaseUntil !== null && exec.leaseUntil.getTime() < now.getTime()) ||
      ownerIsGone(exec.leaseOwner);
    if (!free) {
      throw new GrondslagError(
        executionErrorCodes.busy,
        `request ${requestId} is being executed by ${exec.leaseOwner} (lease until ${exec.leaseUntil?.toISOString()})`,
        { kind: 'conflict' },
      );
    }
    const until = new Date(now.getTime() + leaseMs);
    await tx.query(
      `update grondslag.dsr_execution
          set lease_owner = $2, lease_until = $3, attempts = attempts + $4, updated_at = $5
        where request_id = $1`,
      [requestId, owner, until, exec.leaseOwner === owner ? 0 : 1, now],
    );
    return { ...exec, leaseOwner: owner, leaseUntil: until };
  });
}

/**
 * Inside a transaction that records progress: checks this process still holds the lease, and
 * extends it. A process that lost its lease (it stalled past it and another took over) must not
 * record anything: its transaction rolls back with DSR_EXECUTION_LEASE_LOST.
 */
export async function renewLease(
  tx: Queryable,
  requestId: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<void> {
  const { rowCount } = await tx.query(
    `update grondslag.dsr_execution set lease_until = $3, updated_at = $4
      where request_id = $1 and lease_owner = $2`,
    [requestId, owner, new Date(now.getTime() + leaseMs), now],
  );
  if (rowCount === 0) {
    throw new GrondslagError(
      executionErrorCodes.leaseLost,
      `another process took over request ${requestId}`,
      {
        kind: 'conflict',
      },
    );
  }
}

export async function releaseLease(db: Db, requestId: string, owner: string, error?: string): Promise<void> {
  await db.query(
    `update grondslag.dsr_execution set lease_owner = null, lease_until = null, last_error = $3
      where request_id = $1 and lease_owner = $2`,
    [requestId, owner, error ?? null],
  );
}

export async function setExecutionStatus(
  tx: Queryable,
  requestId: string,
  status: ExecutionStatus,
): Promise<void> {
  await tx.query('update grondslag.dsr_execution set status = $2 where request_id = $1', [requestId, status]);
}

interface StepRow {
  step: number;
  system: string;
  collection: string;
  act_order: number | null;
  status: StepStatus;
  rows_found: number;
  rows_erased: number;
  rows_anonymised: number;
  rows_kept: number;
  rows_updated: number;
  kept: KeptCount[];
  /** Sealed JSON: the values are personal data (phone numbers, addresses). */
  carry: string | null;
  next_batch: number;
  batches: number;
}

export async function loadSteps(q: Queryable, requestId: string): Promise<StepRecord[]> {
  const { rows } = await q.query<StepRow>(
    'select * from grondslag.dsr_execution_step where request_id = $1 order by step',
    [requestId],
  );
  return rows.map((r) => ({
    step: r.step,
    system: r.system,
    collection: r.collection,
    actOrder: r.act_order,
    status: r.status,
    rowsFound: r.rows_found,
    rowsErased: r.rows_erased,
    rowsAnonymised: r.rows_anonymised,
    rowsKept: r.rows_kept,
    rowsUpdated: r.rows_updated,
    kept: r.kept,
    nextBatch: r.next_batch,
    batches: r.batches,
  }));
}

/**
 * The values each discovered step carries to later steps, unsealed: a resumed discovery continues
 * from them.
 *
 * @example
 *   const carries = await loadCarries(db, sealer, requestId); // Map { 0 => { phone: ['+316…'] } }
 */
export async function loadCarries(
  q: Queryable,
  sealer: Sealer,
  requestId: string,
): Promise<Map<number, Record<string, StoredValue[]>>> {
  const { rows } = await q.query<{ step: number; carry: string | null }>(
    'select step, carry from grondslag.dsr_execution_step where request_id = $1 order by step',
    [requestId],
  );
  return new Map(rows.map((r) => [r.step, r.carry === null ? {} : openJson(sealer, r.carry)]));
}

/*
 * Key sets, references, replacements and carried values name the person's rows (phone numbers,
 * customer numbers, addresses). They are deleted when the execution finishes, but a deleted row
 * stays in the data files until vacuum and in the write-ahead log for good, so they are sealed when
 * written: the jsonb columns hold the sealed text as a JSON string.
 */
function sealJson(sealer: Sealer, value: unknown): string {
  return sealer.seal(JSON.stringify(value));
}

function openJson<T>(sealer: Sealer, sealed: string): T {
  return JSON.parse(sealer.openText(sealed)) as T;
}

/** Keys are written in chunks so no statement carries an unbounded parameter. */
const INSERT_CHUNK = 1000;

/** What discovery found for one step, as saveFound records it. */
export interface FoundStep {
  step: number;
  rowsFound: number;
  kept: KeptCount[];
  carry: Record<string, StoredValue[]>;
  keys: KeyRecord[];
  batches: number;
  sealedRows: string[];
}

/**
 * Records what discovery found for some steps, in the caller's transaction: per step its counts, the
 * values later steps match on, its key set and (access) its sealed rows; the steps become `found`.
 * Several steps go in one round of statements, not a round per step: a small request's steps are
 * recorded together.
 */
export async function saveFound(
  tx: Queryable,
  sealer: Sealer,
  requestId: string,
  found: FoundStep[],
  now: Date,
  options: { stepsRecorded?: boolean } = {},
): Promise<void> {
  if (found.length === 0) return;
  // No leftovers to clear: a step's key set and rows commit together with its status, so a step
  // still pending has none.
  const keys = found.flatMap((f) => f.keys.map((k) => ({ step: f.step, k })));
  for (let i = 0; i < keys.length; i += INSERT_CHUNK) {
    const chunk = keys.slice(i, i + INSERT_CHUNK).map(({ step, k }) => ({
      s: step,
      b: k.batch,
      o: k.ordinal,
      a: k.action,
      k: sealJson(sealer, k.key),
      n: k.rowCount,
      r: k.reason,
      f: k.refs === null ? null : sealJson(sealer, k.refs),
      p: k.replacement === null ? null : sealJson(sealer, k.replacement),
    }));
    await tx.query(
      `insert into grondslag.dsr_execution_key
         (request_id, step, batch, ordinal, action, key, row_count, reason, refs, replacement)
       select $1, (x->>'s')::int, (x->>'b')::int, (x->>'o')::int, x->>'a', x->'k', (x->>'n')::int, x->>'r',
              nullif(x->'f', 'null'::jsonb), nullif(x->'p', 'null'::jsonb)
         from jsonb_array_elements($2::jsonb) x`,
      [requestId, JSON.stringify(chunk)],
    );
  }
  const sealed = found.flatMap((f) => f.sealedRows.map((text, batch) => ({ s: f.step, b: batch, t: text })));
  for (let i = 0; i < sealed.length; i += INSERT_CHUNK) {
    await tx.query(
      `insert into grondslag.dsr_execution_rows (request_id, step, batch, sealed)
       select $1, (x->>'s')::int, (x->>'b')::int, x->>'t' from jsonb_array_elements($2::jsonb) x`,
      [requestId, JSON.stringify(sealed.slice(i, i + INSERT_CHUNK))],
    );
  }
  // Steps created found by createExecution in this transaction have their counts already.
  if (options.stepsRecorded) return;
  await tx.query(
    `update grondslag.dsr_execution_step s
        set status = 'found', rows_found = (x->>'n')::int, rows_kept = (x->>'kn')::int, kept = x->'kept',
            carry = x->'carry', batches = (x->>'b')::int, next_batch = 0, updated_at = $2
       from jsonb_array_elements($3::jsonb) x
      where s.request_id = $1 and s.step = (x->>'s')::int`,
    [requestId, now, JSON.stringify(found.map((f) => ({ s: f.step, ...foundValues(sealer, f) })))],
  );
}

/** A found step's row values as saveFound and createExecution write them (the carry sealed). */
function foundValues(sealer: Sealer, f: FoundStep) {
  return {
    n: f.rowsFound,
    kn: f.kept.reduce((n, k) => n + k.rows, 0),
    kept: f.kept,
    carry: sealJson(sealer, f.carry),
    b: f.batches,
  };
}

interface KeyRow {
  batch: number;
  ordinal: number;
  action: KeyAction;
  key: string;
  row_count: number;
  reason: KeepReason | null;
  refs: string | null;
  replacement: string | null;
}

function keyFromRow(sealer: Sealer, r: KeyRow): KeyRecord {
  return {
    batch: r.batch,
    ordinal: r.ordinal,
    action: r.action,
    key: openJson(sealer, r.key),
    rowCount: r.row_count,
    reason: r.reason,
    refs: r.refs === null ? null : openJson(sealer, r.refs),
    replacement: r.replacement === null ? null : openJson(sealer, r.replacement),
  };
}

/** A step's key set, or one batch of it, in order. */
export async function loadKeys(
  q: Queryable,
  sealer: Sealer,
  requestId: string,
  step: number,
  batch?: number,
): Promise<KeyRecord[]> {
  const { rows } = await q.query<KeyRow>(
    `select batch, ordinal, action, key, row_count, reason, refs, replacement
       from grondslag.dsr_execution_key
      where request_id = $1 and step = $2 ${batch === undefined ? '' : 'and batch = $3'}
      order by batch, ordinal`,
    batch === undefined ? [requestId, step] : [requestId, step, batch],
  );
  return rows.map((r) => keyFromRow(sealer, r));
}

/**
 * The key sets of several steps (or of some batches of them) with one statement, by step, each in
 * order. Without `batches`: every key of the execution.
 *
 * @example
 *   await loadKeySets(db, sealer, id, [{ step: 3, batch: 0 }, { step: 5, batch: 0 }]); // Map { 3 => […], 5 => […] }
 */
export async function loadKeySets(
  q: Queryable,
  sealer: Sealer,
  requestId: string,
  batches?: { step: number; batch: number }[],
): Promise<Map<number, KeyRecord[]>> {
  const { rows } = await q.query<KeyRow & { step: number }>(
    batches === undefined
      ? `select step, batch, ordinal, action, key, row_count, reason, refs, replacement
           from grondslag.dsr_execution_key where request_id = $1
          order by step, batch, ordinal`
      : `select k.step, k.batch, k.ordinal, k.action, k.key, k.row_count, k.reason, k.refs, k.replacement
           from grondslag.dsr_execution_key k
           join unnest($2::int[], $3::int[]) as x(step, batch) on x.step = k.step and x.batch = k.batch
          where k.request_id = $1
          order by k.step, k.batch, k.ordinal`,
    batches === undefined
      ? [requestId]
      : [requestId, batches.map((b) => b.step), batches.map((b) => b.batch)],
  );
  const out = new Map<number, KeyRecord[]>();
  for (const r of rows) {
    const list = out.get(r.step) ?? [];
    list.push(keyFromRow(sealer, r));
    out.set(r.step, list);
  }
  return out;
}

/** Changes the action (and reason) of some keys of a step: the outcome of resolving dependencies. */
export async function updateKeyActions(
  tx: Queryable,
  requestId: string,
  step: number,
  changes: { batch: number; ordinal: number; action: KeyAction; reason: KeepReason | null }[],
): Promise<void> {
  for (let i = 0; i < changes.length; i += INSERT_CHUNK) {
    const chunk = changes
      .slice(i, i + INSERT_CHUNK)
      .map((c) => ({ b: c.batch, o: c.ordinal, a: c.action, r: c.reason }));
    await tx.query(
      `update grondslag.dsr_execution_key k
          set action = x.a, reason = x.r
         from (select (e->>'b')::int as b, (e->>'o')::int as o, e->>'a' as a, e->>'r' as r
                 from jsonb_array_elements($3::jsonb) e) x
        where k.request_id = $1 and k.step = $2 and k.batch = x.b and k.ordinal = x.o`,
      [requestId, step, JSON.stringify(chunk)],
    );
  }
}

export async function setStepKept(
  tx: Queryable,
  requestId: string,
  step: number,
  kept: KeptCount[],
): Promise<void> {
  await tx.query(
    `update grondslag.dsr_execution_step set kept = $3::jsonb, rows_kept = $4 where request_id = $1 and step = $2`,
    [requestId, step, JSON.stringify(kept), kept.reduce((n, k) => n + k.rows, 0)],
  );
}

/**
 * Records acted batches, of one or several steps, in one statement: each step's checkpoint moves past
 * its batches and their counts are added, together. A step past its last batch is done. The guard on
 * `next_batch` makes a record that arrives twice change nothing.
 */
export async function saveBatchesDone(
  tx: Queryable,
  requestId: string,
  done: {
    step: number;
    fromBatch: number;
    toBatch: number;
    erased: number;
    anonymised: number;
    updated: number;
  }[],
  now: Date,
): Promise<void> {
  if (done.length === 0) return;
  await tx.query(
    `update grondslag.dsr_execution_step s
        set status = case when (x->>'to')::int + 1 >= s.batches then 'done' else 'acting' end,
            next_batch = (x->>'to')::int + 1, rows_erased = rows_erased + (x->>'e')::int,
            rows_anonymised = rows_anonymised + (x->>'a')::int, rows_updated = rows_updated + (x->>'u')::int,
            updated_at = $2
       from jsonb_array_elements($3::jsonb) x
      where s.request_id = $1 and s.step = (x->>'s')::int and s.next_batch = (x->>'from')::int`,
    [
      requestId,
      now,
      JSON.stringify(
        done.map((d) => ({
          s: d.step,
          from: d.fromBatch,
          to: d.toBatch,
          e: d.erased,
          a: d.anonymised,
          u: d.updated,
        })),
      ),
    ],
  );
}

/** The sealed rows an access request read, step by step. */
export async function loadSealedRows(
  q: Queryable,
  requestId: string,
): Promise<{ step: number; sealed: string }[]> {
  const { rows } = await q.query<{ step: number; sealed: string }>(
    'select step, sealed from grondslag.dsr_execution_rows where request_id = $1 order by step, batch',
    [requestId],
  );
  return rows;
}

/**
 * The rows an access request read, unsealed, by step.
 *
 * @example
 *   await loadSealedRowsByStep(db, sealer, id); // Map { 0 => [{ id: 7, email: … }], … }
 */
export async function loadSealedRowsByStep(
  q: Queryable,
  sealer: Sealer,
  requestId: string,
): Promise<Map<number, Record<string, StoredValue>[]>> {
  const out = new Map<number, Record<string, StoredValue>[]>();
  for (const { step, sealed } of await loadSealedRows(q, requestId)) {
    const chunk = openJson<Record<string, StoredValue>[]>(sealer, sealed);
    out.set(step, [...(out.get(step) ?? []), ...chunk]);
  }
  return out;
}

/**
 * Marks the execution done with its outcome and removes everything that named rows: key sets,
 * carried values, sealed rows. Only counts, reasons and the outcome remain.
 *
 * With `owner`, it also does what `renewLease` would at the start of the transaction: when another
 * process holds the lease now, nothing is finished and it throws DSR_EXECUTION_LEASE_LOST, so the
 * caller's transaction rolls back with all it recorded.
 */
export async function finishExecution(
  tx: Queryable,
  requestId: string,
  outcome: Record<string, unknown>,
  now: Date,
  plan: ExecutionPlan,
  owner?: string,
): Promise<ExecutionRecord> {
  // One statement: the working data goes and the execution is done, in a single round trip. The
  // working data goes only when the execution is finished by this statement (the lease is held).
  const { rows } = await tx.query<ExecutionRow>(
    `with x as (
       update grondslag.dsr_execution
          set status = 'done', outcome = $2::jsonb, finished_at = $3, updated_at = $3,
              lease_owner = null, lease_until = null, last_error = null
        where request_id = $1 and ($4::text is null or lease_owner = $4)
       returning request_id, kind, status, lease_owner, lease_until, attempts, last_error, started_at,
                 updated_at, finished_at),
          k as (delete from grondslag.dsr_execution_key where request_id = $1 and exists (select from x)),
          r as (delete from grondslag.dsr_execution_rows where request_id = $1 and exists (select from x)),
          s as (update grondslag.dsr_execution_step set carry = null, status = 'done', updated_at = $3
                 where request_id = $1 and exists (select from x))
     select * from x`,
    [requestId, JSON.stringify(outcome), now, owner ?? null],
  );
  if (!rows[0]) {
    throw new GrondslagError(
      executionErrorCodes.leaseLost,
      `another process took over request ${requestId}`,
      { kind: 'conflict' },
    );
  }
  // The plan as the caller has it, not read back (it is the largest value here); the outcome as the
  // store holds it (JSON: dates as text).
  return executionFromRow({ ...rows[0]!, plan, outcome: JSON.parse(JSON.stringify(outcome)) });
}
