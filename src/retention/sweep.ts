import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AuditData } from '../audit/entry.js';
import type { Connector, SweepBatch } from '../connectors/connector.js';
import { GrondslagError } from '../errors.js';
import { rowAnonymiser } from './anonymise.js';
import {
  type AnonymisedField,
  bindingErrors,
  bindRetention,
  type CollectionBinding,
  type RuleBinding,
} from './bind.js';
import { activeHolds, type LegalHold, takeExpiredHolds } from './holds.js';
import { keepConditions, unlinkSweep } from './keep.js';
import { planCollection, type RetentionDeps } from './plan.js';
import { noRestrictedRows } from './restrictions.js';
import {
  claimRun,
  createRun,
  finishRun,
  getRun,
  lastBatch,
  type NewStep,
  type RetentionRun,
  type RunStep,
  recordBatch,
  runningRuns,
  setStepStatus,
} from './runs.js';

/**
 * The retention sweep: removes (or anonymises) what the plan counts, collection by collection in
 * the bindings' sweep order, through the connectors' batched operations — each batch a short
 * transaction in the store keyed by primary key, so concurrent writers are never stalled for long.
 *
 * Crash safety: a run's steps and cut-offs are fixed when it starts, and every batch a store commits
 * is recorded right after (grondslag.retention_batch). A run left behind by a process that died is
 * resumed by the next sweep before anything else: delete steps simply continue (deleted rows are no
 * longer due; a batch committed but not recorded is found by recounting and recorded as recovered),
 * anonymising steps continue behind the last recorded key (operators are idempotent, and only rows
 * that actually change are counted). The final state equals that of an uninterrupted run.
 */

export interface SweepProgress {
  runId: string;
  /** Rows (lines) removed or anonymised so far in this run, of `total` counted when it started. */
  done: number;
  total: number;
  /** The collection being swept, `system.collection`, and its rule. */
  step: string;
  rule: string;
}

export interface RuleOutcome {
  rule: string;
  deleted: number;
  anonymised: number;
  held: number;
  restricted: number;
  filesRemoved: number;
  /** Foreign keys of other collections set to NULL because they pointed at rows that went. */
  unlinked: number;
  /** The clocks the run acted on: from the oldest due row to the cut-off. */
  from: Date | null;
  to: Date | null;
  /** Rows of the administration were kept back to the tax period's cut-off. */
  taxFloor: boolean;
}

export interface RunOutcome {
  id: string;
  asOf: Date;
  status: 'completed' | 'failed';
  /** Taken over from a process that stopped before finishing it. */
  resumed: boolean;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  rules: RuleOutcome[];
  errors: { step: string; message: string }[];
}

export interface SweepOptions {
  /** The instant periods are counted back from. */
  at: Date;
  /** Audit actor: `cli`, `user:<id>`, `system:retention`. */
  actor: string;
  /** Rows per batch (default 10,000 to delete, the connector's 500 to anonymise or unlink). */
  batchSize?: number;
  clock?: () => Date;
  onProgress?: (p: SweepProgress) => void;
  /** Told about holds whose last day has passed (default: nothing beyond the audit entry). */
  notifyExpired?: (holds: LegalHold[]) => Promise<void>;
  /** A run of another host whose heartbeat is older than this is taken over (default 10 minutes). */
  leaseMs?: number;
  /** Stops between batches; the run stays open and the next sweep resumes it. */
  signal?: AbortSignal;
}

export interface SweepReport {
  runs: RunOutcome[];
  expiredHolds: LegalHold[];
}

const DEFAULT_LEASE_MS = 10 * 60_000;

/**
 * Rows per delete batch unless told otherwise: on PostgreSQL a batch of ten thousand is a key range
 * deleted in a few tens of milliseconds, so locks stay short while round trips stay few (see
 * docs/retention-benchmark.md). Anonymising batches keep the connector's default (500): each row is
 * read, rewritten and checked in Node.
 */
export const DEFAULT_DELETE_BATCH = 10_000;

/**
 * Runs being executed by this process. A run marked running whose owner is this very process but
 * which is not in here was left by an attempt that failed hard; it can be resumed at once.
 */
const activeHere = new Set<string>();

const thisHost = hostname();

function ownerId(): string {
  return `${thisHost}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Whether the process named by a run's owner may still be working on it. */
function ownerAlive(run: RetentionRun, now: Date, leaseMs: number): boolean {
  if (activeHere.has(run.id)) return true;
  const [host, pidText] = run.owner.split(':');
  const pid = Number(pidText);
  if (host === thisHost && Number.isInteger(pid)) {
    if (pid === process.pid) return false;
    try {
      process.kill(pid, 0);
    } catch (e) {
      // ESRCH: no such process, it died (kill -9, crash). EPERM: it exists under another user.
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    }
    return now.getTime() - run.heartbeatAt.getTime() < leaseMs;
  }
  return now.getTime() - run.heartbeatAt.getTime() < leaseMs;
}

/**
 * Sweeps at `options.at`: alerts about expired holds, resumes interrupted runs, then runs a new one.
 *
 * @example
 *   const report = await sweepRetention(deps, { at: new Date(), actor: 'cli', onProgress: bar.update });
 *   report.runs.at(-1)?.rules; // [{ rule: 'telecom_traffic', deleted: 1840, held: 12, … }, …]
 */
export async function sweepRetention(deps: RetentionDeps, options: SweepOptions): Promise<SweepReport> {
  const clock = options.clock ?? (() => new Date());
  if (Number.isNaN(options.at.getTime()))
    throw new GrondslagError('RETENTION_BAD_DATE', 'the sweep date is not a valid date');
  const bindings = bindRetention(deps.policy, deps.datamap);
  const errors = bindingErrors(bindings);
  if (errors.length > 0) {
    throw new GrondslagError(
      'RETENTION_BINDINGS_INVALID',
      'the policy and data map cannot be swept as they are',
      {
        details: errors.map((f) => ({
          code: f.code,
          path: [f.system, f.collection, f.field].filter(Boolean).join('.'),
          message: f.message,
        })),
      },
    );
  }
  const expiredHolds = await takeExpiredHolds(deps.db, { actor: options.actor, now: clock() });
  if (expiredHolds.length > 0) await options.notifyExpired?.(expiredHolds);

  const runs: RunOutcome[] = [];
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  for (const run of await runningRuns(deps.db)) {
    if (ownerAlive(run, clock(), leaseMs)) {
      throw new GrondslagError(
        'RETENTION_RUN_IN_PROGRESS',
        `retention run ${run.id} is being executed by ${run.owner.split(':').slice(0, 2).join(':')} (last progress ${run.heartbeatAt.toISOString()}); try again when it has finished`,
        { kind: 'conflict' },
      );
    }
    const owner = ownerId();
    if (await claimRun(deps.db, run.id, run.owner, owner, clock())) {
      runs.push(await executeRun(deps, bindings.rules, run.id, { ...options, clock }, true));
    }
  }

  const owner = ownerId();
  const steps = await initialSteps(deps, bindings.rules, bindings.sweepOrder, options.at);
  const id = await createRun(deps.db, { asOf: options.at, actor: options.actor, owner, now: clock(), steps });
  runs.push(await executeRun(deps, bindings.rules, id, { ...options, clock }, false));
  return { runs, expiredHolds };
}

/** The steps of a new run, each counted at the start (for the progress bar and the evidence). */
async function initialSteps(
  deps: RetentionDeps,
  rules: RuleBinding[],
  order: CollectionBinding[],
  at: Date,
): Promise<NewStep[]> {
  const holds = await activeHolds(deps.db, deps.sealer, at);
  const out: NewStep[] = [];
  for (const b of order) {
    const period = rules.find((r) => r.rule.id === b.rule)!.period;
    // Unlinks are counted when they run: their own collection's step goes first.
    const c = await planCollection(deps, b, period, at, holds, 0, { unlinks: false });
    if (b.action.mode === 'delete') {
      for (const u of b.unlinks) {
        out.push({
          rule: b.rule,
          system: b.system,
          collection: u.collection,
          action: 'unlink',
          parent: b.collection,
          cutoff: c.cutoff,
          taxFloor: c.taxFloor,
          dueAtStart: 0,
          held: 0,
          restricted: 0,
          oldest: null,
        });
      }
    }
    out.push({
      rule: b.rule,
      system: b.system,
      collection: b.collection,
      action: b.action.mode,
      cutoff: c.cutoff,
      taxFloor: c.taxFloor,
      dueAtStart: c.due,
      held: c.held,
      restricted: c.restricted,
      oldest: c.oldest,
    });
  }
  return out;
}

async function executeRun(
  deps: RetentionDeps,
  rules: RuleBinding[],
  runId: string,
  options: SweepOptions & { clock: () => Date },
  resumed: boolean,
): Promise<RunOutcome> {
  activeHere.add(runId);
  try {
    const run = (await getRun(deps.db, runId))!;
    const byKey = new Map(rules.flatMap((r) => r.collections.map((c) => [c.key, c] as const)));
    const todo = run.steps.filter((s) => s.status === 'pending' || s.status === 'running');
    const total = todo.reduce((n, s) => n + (s.dueAtStart ?? 0), 0);
    // A resumed run starts from what its interrupted steps had already recorded.
    let done = todo.reduce((n, s) => n + (s.action === 'unlink' ? 0 : s.affected), 0);
    for (const step of todo) {
      options.signal?.throwIfAborted();
      const key = `${step.system}.${step.collection}`;
      const binding = byKey.get(step.action === 'unlink' ? `${step.system}.${step.parent}` : key);
      const unlinkOk =
        step.action !== 'unlink' || binding?.unlinks.some((u) => u.collection === step.collection);
      const actionOk =
        step.action === 'unlink' ? binding?.action.mode === 'delete' : binding?.action.mode === step.action;
      if (!binding || binding.rule !== step.rule || !actionOk || !unlinkOk) {
        await setStepStatus(
          deps.db,
          runId,
          step.step,
          'failed',
          `${key} is no longer bound to "${step.rule}" (${step.action}); the policy or data map changed since the run started`,
        );
        continue;
      }
      await setStepStatus(deps.db, runId, step.step, 'running');
      try {
        // Read per step, so that a hold placed while a long run is under way is respected at once.
        const holds = await activeHolds(deps.db, deps.sealer, run.asOf);
        done += await sweepStep(deps, runId, step, binding, holds, options, (n) => {
          done += n;
          options.onProgress?.({ runId, done, total, step: key, rule: step.rule });
        });
        await setStepStatus(deps.db, runId, step.step, 'done');
      } catch (e) {
        // Stopped on purpose: leave the step running, so that the next sweep resumes it.
        if (options.signal?.aborted) throw e;
        await setStepStatus(deps.db, runId, step.step, 'failed', e instanceof Error ? e.message : String(e));
      }
    }
    return await finish(deps, runId, options, resumed);
  } finally {
    activeHere.delete(runId);
  }
}

/**
 * Sweeps one collection, recording every committed batch. Returns rows found done on resume that no
 * batch record covers (reported as progress too). `progress(n)` is called after each batch.
 */
async function sweepStep(
  deps: RetentionDeps,
  runId: string,
  step: RunStep,
  binding: CollectionBinding,
  holds: Awaited<ReturnType<typeof activeHolds>>,
  options: SweepOptions & { clock: () => Date },
  progress: (n: number) => void,
): Promise<number> {
  const connector = await deps.systems.get(binding.system);
  const restricted = await (deps.restrictedRows ?? noRestrictedRows)(
    deps.db,
    binding.system,
    binding.collection,
  );
  const keep = await keepConditions(binding, {
    holds,
    restricted,
    datamap: deps.datamap,
    systems: deps.systems,
  });
  const batchSize = options.batchSize ?? (step.action === 'delete' ? DEFAULT_DELETE_BATCH : undefined);
  const sweep = {
    clockField: binding.clock.field,
    clockPath: binding.clock.path,
    before: step.cutoff,
    keep,
    ...(batchSize ? { batchSize } : {}),
  };
  const record = async (b: SweepBatch, count: number) => {
    await recordBatch(
      deps.db,
      runId,
      step.step,
      { count, lastKey: b.lastKey, file: b.file, removedFile: b.removedFile },
      options.clock(),
    );
    // Unlinked rows stay; progress counts the rows removed or anonymised.
    if (step.action !== 'unlink') progress(count);
    options.signal?.throwIfAborted();
  };

  if (step.action === 'unlink') {
    const unlink = binding.unlinks.find((u) => u.collection === step.collection)!;
    const unlinking = await unlinkSweep(binding, unlink, step.cutoff, keep, connector);
    const info = (await connector.introspect()).collections.find((c) => c.name === unlink.collection);
    if (info?.fields.find((f) => f.name === unlink.field)?.nullable === false) {
      const left = (await connector.countDue(unlink.collection, unlinking)).due;
      if (left === 0) return 0;
      throw new GrondslagError(
        'RETENTION_UNLINK_NOT_NULLABLE',
        `${left} rows of ${unlink.collection} still point at due rows of ${binding.collection}, and ${unlink.collection}.${unlink.field} cannot be NULL; bind ${unlink.collection} so that its rows go no later than ${binding.collection}'s`,
      );
    }
    const batches = connector.anonymiseWhereOlder(
      unlink.collection,
      { ...unlinking, ...(options.batchSize ? { batchSize: options.batchSize } : {}) },
      () => null,
    );
    // An unlinked row no longer points at a due row, so it is not found again: nothing counts twice.
    for await (const b of batches) await record(b, b.count);
    return 0;
  }

  if (binding.action.mode === 'delete') {
    let recovered = 0;
    if (step.status === 'running' && step.dueAtStart !== null) {
      // Resuming: rows the store deleted in a batch whose record the crash prevented.
      const now = await connector.countDue(binding.collection, { ...sweep });
      recovered = Math.max(0, step.dueAtStart - now.due - step.affected);
      if (recovered > 0) {
        await recordBatch(deps.db, runId, step.step, { count: recovered, recovered: true }, options.clock());
      }
    }
    for await (const b of connector.deleteWhereOlder(binding.collection, sweep)) await record(b, b.count);
    return recovered;
  }

  const anonymiser = rowAnonymiser(
    binding.collection,
    binding.action.fields,
    await checkedFields(connector, binding),
  );
  const last = step.status === 'running' ? await lastBatch(deps.db, runId, step.step) : undefined;
  let counted = 0;
  const batches = connector.anonymiseWhereOlder(
    binding.collection,
    { ...sweep, fields: anonymiser.fields, ...(last?.lastKey ? { after: last.lastKey } : {}) },
    anonymiser.transform,
  );
  for await (const b of batches) {
    const changed = anonymiser.changedRows() - counted;
    counted += changed;
    await record(b, changed);
  }
  return 0;
}

/**
 * The text fields of a collection that are checked, besides the anonymised ones, for personal data
 * left behind; keys are never rewritten, so they are left out.
 */
async function checkedFields(connector: Connector, binding: CollectionBinding): Promise<string[]> {
  const info = (await connector.introspect()).collections.find((c) => c.name === binding.collection);
  if (!info) return [];
  const anonymised = new Set((binding.action as { fields: AnonymisedField[] }).fields.map((f) => f.field));
  return info.fields
    .filter((f) => f.type === 'text' && !info.primaryKey.includes(f.name) && !anonymised.has(f.name))
    .map((f) => f.name);
}

async function finish(
  deps: RetentionDeps,
  runId: string,
  options: SweepOptions & { clock: () => Date },
  resumed: boolean,
): Promise<RunOutcome> {
  const run = (await getRun(deps.db, runId))!;
  const finishedAt = options.clock();
  const failed = run.steps.filter((s) => s.status === 'failed');
  const errors = failed.map((s) => ({ step: s.step, message: s.error ?? 'failed' }));
  const status = failed.length > 0 ? 'failed' : 'completed';
  const rules = ruleOutcomes(run.steps);
  const range = {
    from: minDate(rules.map((r) => r.from)),
    to: maxDate(rules.map((r) => r.to)),
  };
  const durationMs = finishedAt.getTime() - run.startedAt.getTime();
  const audit: AuditData = {
    asOf: run.asOf.toISOString(),
    resumed: run.resumedCount,
    durationMs,
    rangeFrom: range.from?.toISOString() ?? null,
    rangeTo: range.to?.toISOString() ?? null,
    errors: errors.length,
    failedSteps: failed.map((s) => `${s.system}.${s.collection}`),
    rules: rules.map((r) => ({
      rule: r.rule,
      deleted: r.deleted,
      anonymised: r.anonymised,
      held: r.held,
      restricted: r.restricted,
      filesRemoved: r.filesRemoved,
      unlinked: r.unlinked,
      taxFloor: r.taxFloor,
    })),
  };
  await finishRun(deps.db, runId, { status, errors, now: finishedAt, actor: options.actor, audit });
  return {
    id: runId,
    asOf: run.asOf,
    status,
    resumed,
    startedAt: run.startedAt,
    finishedAt,
    durationMs,
    rules,
    errors: failed.map((s) => ({ step: `${s.system}.${s.collection}`, message: s.error ?? 'failed' })),
  };
}

/** Per rule, the sums of its steps. */
export function ruleOutcomes(steps: RunStep[]): RuleOutcome[] {
  const out = new Map<string, RuleOutcome>();
  for (const s of steps) {
    const r = out.get(s.rule) ?? {
      rule: s.rule,
      deleted: 0,
      anonymised: 0,
      held: 0,
      restricted: 0,
      filesRemoved: 0,
      unlinked: 0,
      from: null,
      to: null,
      taxFloor: false,
    };
    if (s.action === 'unlink') {
      r.unlinked += s.affected;
      out.set(s.rule, r);
      continue;
    }
    if (s.action === 'delete') r.deleted += s.affected;
    else r.anonymised += s.affected;
    r.held += s.held;
    r.restricted += s.restricted;
    r.filesRemoved += s.filesRemoved;
    r.taxFloor ||= s.taxFloor;
    r.from = minDate([r.from, s.oldest]);
    r.to = maxDate([r.to, s.cutoff]);
    out.set(s.rule, r);
  }
  return [...out.values()];
}

function minDate(ds: (Date | null)[]): Date | null {
  const xs = ds.filter((d): d is Date => d !== null);
  return xs.length === 0 ? null : new Date(Math.min(...xs.map((d) => d.getTime())));
}

function maxDate(ds: (Date | null)[]): Date | null {
  const xs = ds.filter((d): d is Date => d !== null);
  return xs.length === 0 ? null : new Date(Math.max(...xs.map((d) => d.getTime())));
}
