import type { AuditData } from '../audit/entry.js';
import type { AnonymiseField, Connector, FieldType, Row } from '../connectors/connector.js';
import type { Sealer } from '../crypto/sealed.js';
import type { Identity } from '../datamap/graph.js';
import type { Datamap } from '../datamap/schema.js';
import { GrondslagError } from '../errors.js';
import type { Logger } from '../log.js';
import type { HmacKey } from '../pii/operators.js';
import type { Policy } from '../policy/schema.js';
import type { Db, Queryable } from '../store/db.js';
import { anonymiseValue, fromStored, type StoredValue, toStored } from './anonymise-value.js';
import { ConnectorPool } from './connector-pool.js';
import { type ExecutionOutputs, finishOutputs, prepareOutputs } from './execution-outputs.js';
import {
  claimExecution,
  createExecution,
  createFinishedExecution,
  type ExecutionRecord,
  type FoundStep,
  finishExecution,
  type KeptCount,
  type KeyAction,
  type KeyRecord,
  leaseOwnerId,
  loadCarries,
  loadExecution,
  loadKeySets,
  loadSealedRowsByStep,
  loadSteps,
  releaseLease,
  renewLease,
  type StepRecord,
  saveBatchesDone,
  saveFound,
  setExecutionStatus,
  setStepKept,
  updateKeyActions,
} from './execution-store.js';
import {
  type HoldRule,
  holdKeepsRow,
  type KeepReason,
  type LegalHoldSource,
  REFERENCED_ARTICLE,
} from './keep-rules.js';
import { keyedByPrimaryKey, keyText, rowKeyText, storedKeyOf, valueDigest } from './key-set.js';
import { traversalIdentities, verifiedKinds } from './match-values.js';
import { buildExecutionPlan, type ExecutionPlan, type PlanStep } from './plan.js';
import { type DsrRequest, dsrErrorCodes, type RequestEvent, type SubjectIdentity } from './request.js';
import { loadRequestToExecute, recordEvents } from './store.js';

/**
 * Executes a data-subject request on the organisation's stores, resumably.
 *
 * 1. **Plan** (src/dsr/plan.ts), persisted with one row per system/collection step by the first
 *    transaction that records anything.
 * 2. **Discover**, step by step in reading order: read the person's rows through the connectors (all
 *    matches of a step in one statement) and record the key set to act on (with the precomputed
 *    anonymised values), the values later steps match on, and the counts — several steps per
 *    transaction, one per `batchSize` rows found. Nothing is changed yet: every read happens before
 *    any write, since the keys of later steps come from the rows of earlier ones.
 * 3. **Resolve** (erasure), in the last discovery transaction: a row that stays (kept, anonymised)
 *    keeps the rows its foreign keys point at — they are anonymised instead of deleted, or kept with
 *    the tax record.
 * 4. **Act**, in the order children before parents, in groups of about `batchSize` keys: a group's
 *    changes run in one transaction of the organisation's store, then its checkpoints and counts
 *    are committed together. A group that ran but whose checkpoint was lost (kill -9) runs again with
 *    the same effect: deletes are by key, anonymised values were computed before acting and are
 *    written, not recomputed, so an anonymised value is never hashed twice.
 * 5. **Finish**: the package, certificate, restriction entries and Art. 19 notifications, committed
 *    with the last group's checkpoint (erasure) or the last steps found (access); key sets and read
 *    rows are deleted in the same transaction. A small access request is one transaction in all.
 *
 * A lease keeps two processes off one execution; a process that died (kill -9) leaves a lease that
 * the next run on the same host takes over at once, elsewhere once it expires.
 */

export interface ExecutionDeps {
  db: Db;
  sealer: Sealer;
  policy: Policy;
  datamap: Datamap;
  /** Opens the connector of a configured system (src/connectors/open.ts). */
  openSystem(system: string): Promise<Connector>;
  clock?: () => Date;
  log?: Logger;
  /** The key of the `hmac` operator; required when the plan hashes a field. */
  piiKey?: HmacKey;
  holds?: LegalHoldSource;
  /** Art. 19 notifications, portability transmission, package life (src/dsr/execution-outputs.ts). */
  outputs?: ExecutionOutputs;
  /** Keys acted on per batch (default 500). */
  batchSize?: number;
  /** Rows per read from a store (default 1000). */
  readBatchSize?: number;
  /** How long a lease lasts without progress (default 5 minutes). */
  leaseMs?: number;
  /** Lease owner id (default `host:pid:nonce`). */
  owner?: string;
  /** Called after every committed unit of work, with what it was (tests count these). */
  onCommit?: (unit: string) => void;
  /** Adds the milliseconds spent building the access package (the benchmark reports it apart). */
  timings?: { packageMs: number };
}

export const DEFAULT_ACT_BATCH = 500;
export const DEFAULT_LEASE_MS = 5 * 60 * 1000;

interface Context {
  deps: ExecutionDeps;
  now: () => Date;
  request: DsrRequest;
  identity: SubjectIdentity;
  identities: Identity[];
  plan: ExecutionPlan;
  /** Legal holds in force, for the rows of steps the plan found them to cover. */
  holds: HoldRule[];
  owner: string;
  leaseMs: number;
  pool: ConnectorPool;
  /**
   * The execution is not recorded yet: the first transaction that records anything creates it, with
   * its plan and lease (a run killed before that just starts over — it only read).
   */
  unrecorded: boolean;
}

/**
 * Runs (or resumes) the execution of an approved request until it is done, and returns its record.
 * An execution that is done already is returned as it is, so calling this twice does the work once.
 *
 * @example
 *   const exec = await executeRequest({ db, sealer, policy, datamap, openSystem }, 'DSR-2026-0001');
 *   exec.status; // 'done'
 */
export async function executeRequest(deps: ExecutionDeps, idOrReference: string): Promise<ExecutionRecord> {
  const now = deps.clock ?? (() => new Date());
  const { db, sealer } = deps;
  // The request, whether it has an execution, and the person's identifiers: one statement.
  const start = await loadRequestToExecute(db, sealer, idOrReference);
  const { request } = start;
  const existing = start.executionStatus !== null;
  if (start.executionStatus === 'done') {
    const done = await loadExecution(db, request.id);
    if (done?.status === 'done') return done;
  }
  if (request.status !== 'in_progress') {
    throw new GrondslagError(
      dsrErrorCodes.illegalTransition,
      `request ${request.reference} is ${request.status}; only an approved request (in progress) is executed`,
      { kind: 'conflict' },
    );
  }
  const identity = start.identity();
  const identities = traversalIdentities(identity, verifiedKinds(request.verification?.method));
  const owner = deps.owner ?? leaseOwnerId();
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const pool = new ConnectorPool(deps.openSystem);
  try {
    const holdsAt = deps.holds ? await deps.holds(now()) : [];
    const claimed = existing ? await claimExecution(db, request.id, owner, now(), leaseMs) : undefined;
    // Finished by another process between the first read and the claim: done once, not twice.
    if (claimed?.status === 'done') return claimed;
    const exec: Pick<ExecutionRecord, 'plan' | 'status'> = claimed ?? {
      plan: await planFor(deps, request, identities, pool, now(), holdsAt),
      status: 'discovering',
    };
    const ctx: Context = {
      deps,
      now,
      request,
      identity,
      identities,
      plan: exec.plan,
      holds: exec.plan.kind === 'erasure' ? holdsAt : [],
      owner,
      leaseMs,
      pool,
      unrecorded: !existing,
    };
    try {
      let discovered: Discovered | undefined;
      let status = exec.status;
      if (status === 'discovering') {
        discovered = await discover(ctx);
        status = 'acting';
      }
      const acted =
        status === 'acting' ? await act(ctx, discovered) : { acted: [], steps: discovered?.steps };
      return await finish(ctx, discovered, acted.acted, acted.steps);
    } catch (e) {
      // Another process recorded this execution first, while this one was reading: it is theirs (or,
      // when they are gone, it resumes from what they recorded).
      if (e instanceof StartedElsewhere) return await executeRequest(deps, request.id);
      await releaseLease(
        db,
        request.id,
        owner,
        e instanceof Error ? e.message.slice(0, 500) : String(e),
      ).catch(() => {});
      throw e;
    }
  } finally {
    await pool.close();
  }
}

class StartedElsewhere extends Error {}

/** An event of the request with the facts of its audit entry, recorded at the end of its transaction. */
type PendingEvent = { event: RequestEvent; audit: AuditData };

/**
 * The start of every transaction that records progress: the first creates the execution with its
 * plan and lease (and returns the event that audits the start); later ones check the lease is still
 * held, and extend it. The events are recorded last in the transaction, all in one go
 * (`recordEvents`), since their audit entries take the log's lock.
 */
async function recordProgress(
  tx: Queryable,
  ctx: Context,
  options: { finishing?: boolean; status?: 'acting'; found?: FoundStep[] } = {},
): Promise<PendingEvent[]> {
  if (!ctx.unrecorded) {
    await renewLease(tx, ctx.request.id, ctx.owner, ctx.now(), ctx.leaseMs);
    return [];
  }
  const { plan } = ctx;
  const created = await createExecution(tx, plan, ctx.owner, ctx.now(), ctx.leaseMs, {
    ...(options.status ? { status: options.status } : {}),
    ...(options.found ? { found: options.found, sealer: ctx.deps.sealer } : {}),
  });
  if (!created) {
    throw new StartedElsewhere();
  }
  // Started and finished in one transaction (a small access request): the entry that finishes it
  // is the only one.
  if (options.finishing) return [];
  const facts = { kind: plan.kind, steps: plan.steps.length };
  return [{ event: event('execution_started', ctx.now(), facts), audit: facts }];
}

function event(kind: RequestEvent['kind'], at: Date, data: Record<string, unknown>): RequestEvent {
  return { kind, at, actor: 'system', data };
}

/** The plan, with field types from the stores so that default operators suit the columns. */
async function planFor(
  deps: ExecutionDeps,
  request: DsrRequest,
  identities: Identity[],
  pool: ConnectorPool,
  now: Date,
  holds: HoldRule[],
): Promise<ExecutionPlan> {
  if (identities.length === 0) {
    throw new GrondslagError(
      'DSR_PLAN_NO_IDENTITY',
      `request ${request.reference} has no verified identity`,
      {
        kind: 'conflict',
      },
    );
  }
  const fields = new Map<string, { name: string; type: FieldType; nativeType: string }[]>();
  // Every system of the map: a request is carried out everywhere the person's data may be, or not at
  // all, so a system that cannot be reached stops the plan before anything is done.
  for (const system of Object.keys(deps.datamap.systems)) {
    const info = await (await pool.get(system)).introspect();
    for (const c of info.collections) fields.set(`${system}\0${c.name}`, c.fields);
  }
  return buildExecutionPlan({
    requestId: request.id,
    details: request.details,
    datamap: deps.datamap,
    policy: deps.policy,
    identities,
    now,
    holds,
    holdsAvailable: deps.holds !== undefined,
    storeFields: (ref) => fields.get(`${ref.system}\0${ref.collection}`),
  });
}

// ---------------------------------------------------------------------------------------------
// Discover

/** What this process discovered and still holds in memory, so later phases need not read it back. */
interface Discovered {
  /** Every step's key set, when all steps were discovered by this process. */
  keys?: Map<number, KeyRecord[]>;
  /** The rows (access) of the steps this process discovered. */
  rows: Map<number, Record<string, StoredValue>[]>;
  /** Access: steps found but not recorded yet; they are recorded with the package, in one transaction. */
  unsaved: Found[];
  /** Every step as recorded, when all steps were discovered by this process. */
  steps?: StepRecord[];
}

/**
 * Reads every pending step in reading order and records what it found. Discovery only reads the
 * organisation's store, so a kill before its record commits just reads again: steps are recorded
 * together, one transaction (and one audit entry naming each step with its count) per `batchSize`
 * rows found, not one per step. The last of these transactions also resolves dependencies and starts
 * acting. An access request acts on nothing: what it found last is recorded with its package.
 */
async function discover(ctx: Context): Promise<Discovered> {
  const { db } = ctx.deps;
  const steps = ctx.unrecorded ? [] : await loadSteps(db, ctx.request.id);
  const carries = ctx.unrecorded
    ? new Map<number, Record<string, StoredValue[]>>()
    : await loadCarries(db, ctx.deps.sealer, ctx.request.id);
  const flushRows = ctx.deps.batchSize ?? DEFAULT_ACT_BATCH;
  const pending = ctx.plan.steps.filter(
    (ps) => ctx.unrecorded || steps.find((s) => s.step === ps.step)?.status === 'pending',
  );
  const discovered: Discovered = {
    ...(pending.length === ctx.plan.steps.length ? { keys: new Map() } : {}),
    rows: new Map(),
    unsaved: [],
  };
  const commit = async (last: boolean) => {
    const found = discovered.unsaved;
    const recorded =
      ctx.plan.kind === 'access'
        ? found.map((f) => ({ ...f, sealedRows: sealedChunks(ctx, f.rows) }))
        : found;
    await db.transaction(async (tx) => {
      const resolve = async () => {
        if (!last || ctx.plan.kind !== 'erasure') return;
        // The key sets as this process found them, or (a resumed discovery) as recorded so far.
        const keys =
          discovered.keys ??
          new Map([
            ...(await loadKeySets(tx, ctx.deps.sealer, ctx.request.id)),
            ...found.map((f) => [f.step, f.keys] as const),
          ]);
        await resolveDependencies(tx, ctx, keys, found);
      };
      // The first record of the execution creates it with these steps found (and, when discovery
      // ends here, as acting). Nothing is recorded before it, so resolving first reads and writes
      // nothing in the store: every step's keys are in `found`.
      const creating = ctx.unrecorded;
      const createdActing = last && creating;
      let events: PendingEvent[];
      if (creating) {
        await resolve();
        events = await recordProgress(tx, ctx, {
          found: recorded,
          ...(createdActing ? { status: 'acting' as const } : {}),
        });
      } else {
        events = await recordProgress(tx, ctx);
        await resolve();
      }
      await saveFound(tx, ctx.deps.sealer, ctx.request.id, recorded, ctx.now(), {
        stepsRecorded: creating,
      });
      if (found.length > 0) {
        const facts = {
          phase: 'found',
          steps: found.map((f) => {
            const ps = ctx.plan.steps[f.step]!;
            return { step: f.step, system: ps.system, collection: ps.collection, rows: f.rowsFound };
          }),
        };
        events.push({ event: event('execution_step', ctx.now(), facts), audit: facts });
      }
      if (last && !createdActing) await setExecutionStatus(tx, ctx.request.id, 'acting');
      await recordEvents(tx, ctx.request, events, ctx.now);
    });
    ctx.unrecorded = false;
    const names = found.map((f) => ctx.plan.steps[f.step]!.collection).join(',');
    ctx.deps.onCommit?.(`found:${names}${last ? ' (resolved)' : ''}`);
    discovered.unsaved = [];
  };
  const all: Found[] = [];
  for (const ps of pending) {
    const found = await readStep(ctx, ps, carries);
    all.push(found);
    carries.set(ps.step, found.carry);
    discovered.keys?.set(ps.step, found.keys);
    discovered.rows.set(ps.step, found.rows);
    discovered.unsaved.push(found);
    const rows = discovered.unsaved.reduce((n, f) => n + f.rowsFound, 0);
    if (rows >= flushRows && ps !== pending[pending.length - 1]) await commit(false);
  }
  if (ctx.plan.kind !== 'access') await commit(true);
  if (discovered.keys) {
    discovered.steps = ctx.plan.steps.map((ps) => {
      const f = all.find((x) => x.step === ps.step)!;
      return {
        ...emptyStep(ps),
        status: 'found' as const,
        rowsFound: f.rowsFound,
        kept: f.kept,
        rowsKept: f.kept.reduce((n, k) => n + k.rows, 0),
        batches: f.batches,
      };
    });
  }
  return discovered;
}

type Found = FoundStep & { rows: Record<string, StoredValue>[] };

/** Rows per sealed chunk of an access request. */
const SEALED_CHUNK = 500;

async function readStep(
  ctx: Context,
  ps: PlanStep,
  carries: Map<number, Record<string, StoredValue[]>>,
): Promise<Found> {
  const conn = await ctx.pool.get(ps.system);
  const byPk = keyedByPrimaryKey(ps);
  const identifying = ps.primaryKey.length > 0 ? ps.primaryKey : undefined;
  const rows: Row[] = [];
  /** Keyed-by-value steps: the value each row was found by. */
  const foundBy: { field: string; value: unknown }[] = [];
  const seen = new Set<string>();
  const matches: { field: string; values: unknown[]; texts: Set<string> }[] = [];
  for (const m of ps.match) {
    const values =
      m.via === 'identity'
        ? ctx.identities.filter((i) => i.kind === m.kind).map((i) => i.value)
        : (carries.get(m.fromStep)?.[m.fromField] ?? []).map(fromStored);
    if (values.length > 0) matches.push({ field: m.field, values, texts: new Set(values.map(keyText)) });
  }
  // All matches of a step in one call: the connector asks them together (`a = any(…) or b = any(…)`)
  // and returns each row once.
  if (matches.length > 0) {
    for await (const batch of conn.findRows(
      ps.collection,
      matches.map(({ field, values }) => ({ field, values })),
      { batchSize: ctx.deps.readBatchSize ?? 1000 },
    )) {
      for (const row of batch) {
        const id = identifying
          ? rowKeyText(row, identifying)
          : JSON.stringify(Object.values(row).map(keyText));
        if (seen.has(id)) continue;
        seen.add(id);
        rows.push(row);
        // The first match (in plan order) the row satisfies is the value it was found by.
        const by = matches.find((m) => m.texts.has(keyText(row[m.field]))) ?? matches[0]!;
        foundBy.push({ field: by.field, value: row[by.field] });
      }
    }
  }

  const carry: Record<string, StoredValue[]> = {};
  for (const f of ps.carry) {
    const distinct = new Map<string, StoredValue>();
    for (const r of rows)
      if (r[f] !== null && r[f] !== undefined) distinct.set(keyText(r[f]), toStored(r[f]));
    carry[f] = [...distinct.values()];
  }

  const kind = ctx.plan.kind;
  const batchSize = ctx.deps.batchSize ?? DEFAULT_ACT_BATCH;
  if (kind === 'access') {
    // Sealed only when recorded (sealedChunks): a small request is answered in the transaction that
    // would record them, and never needs them.
    return {
      step: ps.step,
      rowsFound: rows.length,
      kept: [],
      carry,
      keys: [],
      batches: 0,
      sealedRows: [],
      rows: rows.map(storedRow),
    };
  }

  const refFields = refFieldsOf(ctx.plan, ps);
  // A row to delete needs its anonymised values only if a row that stays may point at it (resolve).
  const mayBeAnonymised = ps.rows === 'anonymise' || pointedAtByStaying(ctx.plan, ps.step);
  const entries: Omit<KeyRecord, 'batch' | 'ordinal'>[] = [];
  if (byPk) {
    for (const row of rows) {
      const reason = kind === 'erasure' ? keepReasonFor(ctx, ps, row) : null;
      const action = actionFor(kind, ps, reason);
      entries.push({
        action,
        key: storedKeyOf(row, ps.primaryKey),
        rowCount: 1,
        reason,
        refs: refFields.length > 0 ? Object.fromEntries(refFields.map((f) => [f, toStored(row[f])])) : null,
        replacement:
          action === 'anonymise' || (action === 'delete' && mayBeAnonymised)
            ? replacementOf(ctx, ps, row)
            : null,
      });
    }
  } else {
    // One key per value the rows were found by; the key stands for all of them.
    const groups = new Map<string, { field: string; value: unknown; rows: Row[] }>();
    rows.forEach((row, i) => {
      const by = foundBy[i]!;
      const id = `${by.field}\0${keyText(by.value)}`;
      const g = groups.get(id) ?? { field: by.field, value: by.value, rows: [] };
      g.rows.push(row);
      groups.set(id, g);
    });
    for (const g of groups.values()) {
      const reasons = kind === 'erasure' ? g.rows.map((r) => keepReasonFor(ctx, ps, r)) : [];
      const reason = reasons.find((r) => r !== null) ?? null;
      const action = actionFor(kind, ps, reason);
      entries.push({
        action,
        key: { field: g.field, value: toStored(g.value) },
        rowCount: g.rows.length,
        reason,
        refs: null,
        replacement: action === 'anonymise' ? valueReplacements(ctx, ps, g.rows) : null,
      });
    }
  }
  // Rows that are only read (a rectification's other collections) need no key set: nothing acts on them.
  const keys = entries
    .filter((e) => e.action !== 'read')
    .map((e, i) => ({ ...e, batch: Math.floor(i / batchSize), ordinal: i }));
  return {
    step: ps.step,
    rowsFound: rows.length,
    kept: keptCounts(ps, keys),
    carry,
    keys,
    batches: Math.ceil(keys.length / batchSize),
    sealedRows: [],
    rows: [],
  };
}

/** An access step's rows sealed for the store, in chunks of SEALED_CHUNK rows. */
function sealedChunks(ctx: Context, rows: Record<string, StoredValue>[]): string[] {
  const sealed: string[] = [];
  for (let i = 0; i < rows.length; i += SEALED_CHUNK) {
    sealed.push(ctx.deps.sealer.seal(JSON.stringify(rows.slice(i, i + SEALED_CHUNK))));
  }
  return sealed;
}

function storedRow(row: Row): Record<string, StoredValue> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toStored(v)]));
}

function actionFor(kind: ExecutionPlan['kind'], ps: PlanStep, reason: KeepReason | null): KeyAction {
  if (kind === 'restriction') return 'keep';
  if (kind === 'rectification') return ps.update.length > 0 ? 'update' : 'read';
  if (reason) return 'keep';
  return ps.rows === 'anonymise' ? 'anonymise' : 'delete';
}

/**
 * Whether a row of some step pointing at this one may stay (kept, anonymised — itself, or because
 * a row that stays points at it): only then may a row of this step be anonymised instead of deleted.
 */
function pointedAtByStaying(plan: ExecutionPlan, step: number, visiting = new Set<number>()): boolean {
  return plan.steps.some((child) => {
    if (!child.parents.some((p) => p.step === step)) return false;
    if (child.rows !== 'delete' || child.keep.length > 0) return true;
    // A cycle of references: assume the worst, the values are then computed as before.
    if (visiting.has(child.step)) return true;
    visiting.add(child.step);
    const stays = pointedAtByStaying(plan, child.step, visiting);
    visiting.delete(child.step);
    return stays;
  });
}

/** Fields foreign keys run through, on either side of this step. */
function refFieldsOf(plan: ExecutionPlan, ps: PlanStep): string[] {
  const own = ps.parents.map((p) => p.field);
  const pointedAt = plan.steps.flatMap((s) =>
    s.parents.filter((p) => p.step === ps.step).map((p) => p.parentField),
  );
  return [...new Set([...own, ...pointedAt])];
}

/** The first exception that keeps this row: a legal hold, else the tax period. */
function keepReasonFor(ctx: Context, ps: PlanStep, row: Row): KeepReason | null {
  const holdIds = ps.keep.flatMap((k) => (k.reason === 'legal_hold' && k.holdId ? [k.holdId] : []));
  if (holdIds.length > 0) {
    const col = ctx.deps.datamap.systems[ps.system]!.collections[ps.collection]!;
    if (ctx.holds.some((h) => holdIds.includes(h.id) && holdKeepsRow(h, col, row))) return 'legal_hold';
  }
  const tax = ps.keep.find((k) => k.reason === 'tax_record');
  if (!tax) return null;
  if (!tax.dateField || !tax.keepSince) return 'tax_record';
  const d = asDate(row[tax.dateField]);
  // A record whose date cannot be read is kept: deleting a tax record too early is not repairable.
  if (!d) return 'tax_record';
  return d.getTime() >= Date.parse(`${tax.keepSince}T00:00:00Z`) ? 'tax_record' : null;
}

function asDate(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

function replacementOf(ctx: Context, ps: PlanStep, row: Row): Record<string, StoredValue> | null {
  if (ps.anonymise.length === 0) return null;
  return Object.fromEntries(
    ps.anonymise.map((a) => [a.field, toStored(anonymiseValue(row[a.field], a, ctx.deps.piiKey))]),
  );
}

/** For keyed-by-value steps: per field, digest of each original value → its anonymised value. */
function valueReplacements(
  ctx: Context,
  ps: PlanStep,
  rows: Row[],
): Record<string, Record<string, StoredValue>> | null {
  if (ps.anonymise.length === 0) return null;
  const out: Record<string, Record<string, StoredValue>> = {};
  for (const a of ps.anonymise) {
    const map: Record<string, StoredValue> = {};
    for (const r of rows) {
      const v = r[a.field];
      if (v === null || v === undefined) continue;
      map[valueDigest(v)] = toStored(anonymiseValue(v, a, ctx.deps.piiKey));
    }
    out[a.field] = map;
  }
  return out;
}

function keptCounts(ps: PlanStep, keys: Pick<KeyRecord, 'action' | 'reason' | 'rowCount'>[]): KeptCount[] {
  const by = new Map<KeepReason, number>();
  for (const k of keys) {
    if (k.action !== 'keep' || !k.reason) continue;
    by.set(k.reason, (by.get(k.reason) ?? 0) + k.rowCount);
  }
  return [...by].map(([reason, rows]) => ({
    reason,
    article: ps.keep.find((k) => k.reason === reason)?.article ?? REFERENCED_ARTICLE,
    rows,
  }));
}

// ---------------------------------------------------------------------------------------------
// Resolve

/**
 * A row that stays — kept, or anonymised — keeps the rows its foreign keys point at, or the store
 * would refuse (or cascade) the delete. Those rows are anonymised instead; under a tax record that
 * is itself part of the administration (the invoice a kept payment settles) they are kept whole.
 * Children come before parents in the acting order, so one pass in that order sees every child's
 * final decision.
 */
async function resolveDependencies(
  tx: Queryable,
  ctx: Context,
  keys: Map<number, KeyRecord[]>,
  unsaved: Found[],
): Promise<void> {
  const { plan } = ctx;
  const order = plan.steps.filter((s) => s.actOrder !== null).sort((a, b) => a.actOrder! - b.actOrder!);
  for (const parent of order) {
    const stay = new Map<string, Map<string, 'tax' | 'other'>>();
    for (const child of plan.steps) {
      for (const p of child.parents.filter((x) => x.step === parent.step)) {
        const values = stay.get(p.parentField) ?? new Map<string, 'tax' | 'other'>();
        for (const k of keys.get(child.step) ?? []) {
          if (k.action === 'delete') continue;
          const v = k.refs?.[p.field];
          if (v === null || v === undefined) continue;
          const t = keyText(v);
          if (k.reason === 'tax_record') values.set(t, 'tax');
          else if (!values.has(t)) values.set(t, 'other');
        }
        stay.set(p.parentField, values);
      }
    }
    if (stay.size === 0) continue;
    const changes: { batch: number; ordinal: number; action: KeyAction; reason: KeepReason | null }[] = [];
    for (const k of keys.get(parent.step) ?? []) {
      if (k.action !== 'delete') continue;
      let hit: 'tax' | 'other' | undefined;
      for (const [field, values] of stay) {
        const v = k.refs?.[field];
        const h = v === null || v === undefined ? undefined : values.get(keyText(v));
        if (h === 'tax' || (h && !hit)) hit = h;
      }
      if (!hit) continue;
      if (hit === 'tax' && parent.administration) {
        k.action = 'keep';
        k.reason = 'tax_record';
      } else if (parent.anonymise.length > 0 && k.replacement) {
        k.action = 'anonymise';
        k.reason = 'referenced_by_kept';
      } else {
        k.action = 'keep';
        k.reason = 'referenced_by_kept';
      }
      changes.push({ batch: k.batch, ordinal: k.ordinal, action: k.action, reason: k.reason });
    }
    if (changes.length === 0) continue;
    const kept = keptCounts(parent, keys.get(parent.step)!);
    // A step not recorded yet is recorded as resolved (its keys are these objects); others are updated.
    const pending = unsaved.find((f) => f.step === parent.step);
    if (pending) {
      pending.kept = kept;
      continue;
    }
    await updateKeyActions(tx, ctx.request.id, parent.step, changes);
    await setStepKept(tx, ctx.request.id, parent.step, kept);
  }
}

// ---------------------------------------------------------------------------------------------
// Act

/**
 * Acts on every step in acting order, batch by batch. Batches are committed in groups of about
 * `batchSize` keys: a small step's batch joins the next ones, so a person with a few dozen rows is
 * acted on with one commit, while a large key set still commits every batch. Every effect is
 * idempotent, so a group whose effects ran but whose checkpoint was lost simply runs again. The
 * group that finishes acting records one audit entry with every step's counts.
 */

/** Acted batches of one step, as saveBatchesDone records them. */
type ActedBatches = Parameters<typeof saveBatchesDone>[2][number];

/**
 * Acts on every step in acting order, batch by batch. Batches are committed in groups of about
 * `batchSize` keys: a small step's batch joins the next ones, so a large key set still commits
 * batch by batch while a person with a few dozen rows needs no commit here at all. The last group is
 * not committed here but returned: its checkpoint commits with the outcome, in the transaction that
 * finishes the execution. Every effect is idempotent, so a group whose effects ran but whose
 * checkpoint was lost simply runs again.
 */
async function act(
  ctx: Context,
  discovered: Discovered | undefined,
): Promise<{ acted: ActedBatches[]; steps?: StepRecord[] }> {
  const { db } = ctx.deps;
  const changes = ctx.plan.kind === 'erasure' || ctx.plan.kind === 'rectification';
  if (!changes) return { acted: [], ...(discovered?.steps ? { steps: discovered.steps } : {}) };
  const records = new Map(
    (discovered?.steps ?? (await loadSteps(db, ctx.request.id))).map((s) => [s.step, { ...s }]),
  );
  const order = ctx.plan.steps.filter((s) => s.actOrder !== null).sort((a, b) => a.actOrder! - b.actOrder!);
  const rectification = ctx.plan.kind === 'rectification' ? rectificationValues(ctx) : [];
  const groupKeys = ctx.deps.batchSize ?? DEFAULT_ACT_BATCH;
  // Every batch still to act on, in order, with an upper bound of its keys (the rows found past it).
  const groups: { ps: PlanStep; batch: number }[][] = [];
  let size = groupKeys;
  for (const ps of order) {
    const rec = records.get(ps.step)!;
    if (rec.status === 'done') continue;
    for (let b = rec.nextBatch; b < rec.batches; b++) {
      if (size >= groupKeys) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1]!.push({ ps, batch: b });
      size += Math.max(1, Math.min(groupKeys, rec.rowsFound - b * groupKeys));
    }
  }
  let acted: ActedBatches[] = [];
  for (const [g, group] of groups.entries()) {
    const keys =
      discovered?.keys ??
      (await loadKeySets(
        db,
        ctx.deps.sealer,
        ctx.request.id,
        group.map((t) => ({ step: t.ps.step, batch: t.batch })),
      ));
    const done = new Map<number, ActedBatches>();
    const actOn = async (conn: Connector, items: typeof group) => {
      for (const { ps, batch } of items) {
        const batchKeys = (keys.get(ps.step) ?? []).filter((k) => k.batch === batch);
        const counts = await actBatch(conn, ctx, ps, batchKeys, rectification);
        const d = done.get(ps.step) ?? {
          step: ps.step,
          fromBatch: batch,
          toBatch: batch,
          erased: 0,
          anonymised: 0,
          updated: 0,
        };
        d.toBatch = batch;
        d.erased += counts.erased;
        d.anonymised += counts.anonymised;
        d.updated += counts.updated;
        done.set(ps.step, d);
      }
    };
    // The group's changes in one system go into one transaction of that store: one commit where
    // there were as many as statements. Systems follow each other in acting order.
    for (const run of runsBySystem(group)) {
      const conn = await ctx.pool.get(run[0]!.ps.system);
      if (conn.withTransaction) await conn.withTransaction((c) => actOn(c, run));
      else await actOn(conn, run);
    }
    acted = [...done.values()];
    if (g === groups.length - 1) break;
    await db.transaction(async (tx) => {
      const events = await recordProgress(tx, ctx);
      await saveBatchesDone(tx, ctx.request.id, acted, ctx.now());
      await recordEvents(tx, ctx.request, events, ctx.now);
    });
    for (const a of acted) {
      const r = records.get(a.step)!;
      r.rowsErased += a.erased;
      r.rowsAnonymised += a.anonymised;
      r.rowsUpdated += a.updated;
      r.nextBatch = a.toBatch + 1;
      r.status = r.nextBatch >= r.batches ? 'done' : 'acting';
    }
    ctx.deps.onCommit?.(`batch:${group.map((t) => `${t.ps.collection}:${t.batch}`).join(',')}`);
  }
  return { acted, steps: [...records.values()] };
}

/** Consecutive items of the same system, in order. */
function runsBySystem<T extends { ps: PlanStep }>(items: T[]): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && run[0]!.ps.system === item.ps.system) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

function stepFacts(ps: PlanStep, rec: StepRecord | undefined): Record<string, string | number> {
  return {
    step: ps.step,
    system: ps.system,
    collection: ps.collection,
    found: rec?.rowsFound ?? 0,
    erased: rec?.rowsErased ?? 0,
    anonymised: rec?.rowsAnonymised ?? 0,
    kept: rec?.rowsKept ?? 0,
    updated: rec?.rowsUpdated ?? 0,
  };
}

function rectificationValues(ctx: Context): string[] {
  const d = ctx.request.details;
  return d.type === 'rectification' ? d.changes.map((c) => c.value) : [];
}

async function actBatch(
  conn: Connector,
  ctx: Context,
  ps: PlanStep,
  keys: KeyRecord[],
  rectification: string[],
): Promise<{ erased: number; anonymised: number; updated: number }> {
  const counts = { erased: 0, anonymised: 0, updated: 0 };
  const of = (action: KeyAction) => keys.filter((k) => k.action === action);

  const deletes = of('delete');
  for (const m of matchesOf(ps, deletes)) await conn.deleteRows(ps.collection, m);
  counts.erased = deletes.reduce((n, k) => n + k.rowCount, 0);

  const anonymise = of('anonymise');
  if (anonymise.length > 0) {
    const fields: AnonymiseField<PlanStep['anonymise'][number]>[] = ps.anonymise.map((a) => ({
      name: a.field,
      operator: a,
    }));
    if (keyedByPrimaryKey(ps) && conn.writeRows) {
      // The values were computed when the key set was recorded: written by key, in one statement,
      // without reading the rows first.
      const key = ps.primaryKey[0]!;
      const names = ps.anonymise.map((a) => a.field);
      const rows = anonymise.map((k) => {
        const r = (k.replacement ?? {}) as Record<string, StoredValue>;
        return Object.fromEntries([
          [key, fromStored((k.key as StoredValue[])[0]!)],
          ...names.map((f) => [f, fromStored(r[f] ?? null)]),
        ]);
      });
      await conn.writeRows(ps.collection, rows, names);
    } else {
      const transform = replacementTransform(ctx, ps, anonymise);
      for (const m of matchesOf(ps, anonymise)) await conn.anonymiseRows(ps.collection, m, fields, transform);
    }
    counts.anonymised = anonymise.reduce((n, k) => n + k.rowCount, 0);
  }

  const updates = of('update');
  if (updates.length > 0 && ps.update.length > 0) {
    const set = Object.fromEntries(ps.update.map((u) => [u.field, rectification[u.change]]));
    for (const m of matchesOf(ps, updates)) await conn.updateRows(ps.collection, m, set);
    counts.updated = updates.reduce((n, k) => n + k.rowCount, 0);
  }
  return counts;
}

/** The connector matches for a batch of keys: by primary key, or by the values rows were found by. */
function matchesOf(ps: PlanStep, keys: KeyRecord[]): { field: string; values: unknown[] }[] {
  if (keys.length === 0) return [];
  if (keyedByPrimaryKey(ps)) {
    return [{ field: ps.primaryKey[0]!, values: keys.map((k) => fromStored((k.key as StoredValue[])[0]!)) }];
  }
  const byField = new Map<string, unknown[]>();
  for (const k of keys) {
    const { field, value } = k.key as { field: string; value: StoredValue };
    byField.set(field, [...(byField.get(field) ?? []), fromStored(value)]);
  }
  return [...byField].map(([field, values]) => ({ field, values }));
}

/**
 * The transform handed to the connector: it writes the value computed before acting, whatever the
 * store holds now — so a batch run twice writes the same thing, and an already anonymised value is
 * left as it is rather than anonymised again.
 */
function replacementTransform(ctx: Context, ps: PlanStep, keys: KeyRecord[]) {
  if (keyedByPrimaryKey(ps)) {
    const byKey = new Map(
      keys.map((k) => [(k.key as StoredValue[]).map(keyText).join('\0'), k.replacement ?? {}]),
    );
    return (value: unknown, c: { row: Row; field: { name: string } }) => {
      const r = byKey.get(rowKeyText(c.row, ps.primaryKey));
      if (!r || !(c.field.name in r)) return value;
      return fromStored(r[c.field.name] as StoredValue);
    };
  }
  const maps = new Map<string, Map<string, StoredValue>>();
  const outputs = new Set<string>();
  for (const k of keys) {
    for (const [field, m] of Object.entries(
      (k.replacement ?? {}) as Record<string, Record<string, StoredValue>>,
    )) {
      const map = maps.get(field) ?? new Map<string, StoredValue>();
      for (const [digest, v] of Object.entries(m)) {
        map.set(digest, v);
        outputs.add(`${field}\0${keyText(fromStored(v))}`);
      }
      maps.set(field, map);
    }
  }
  const specs = new Map(ps.anonymise.map((a) => [a.field, a]));
  return (value: unknown, c: { field: { name: string } }) => {
    const known = maps.get(c.field.name)?.get(valueDigest(value));
    if (known !== undefined) return fromStored(known);
    if (outputs.has(`${c.field.name}\0${keyText(value)}`)) return value;
    // A row that appeared after the key set was recorded: anonymised like the rest.
    const spec = specs.get(c.field.name);
    return spec ? anonymiseValue(value, spec, ctx.deps.piiKey) : value;
  };
}

// ---------------------------------------------------------------------------------------------
// Finish

/**
 * Builds the outputs and finishes the execution in one transaction with what is not recorded yet:
 * the last acted batches' checkpoint, and (access) the last steps found. The audit entry names every
 * step with its counts.
 */
async function finish(
  ctx: Context,
  discovered: Discovered | undefined,
  acted: ActedBatches[],
  known: StepRecord[] | undefined,
): Promise<ExecutionRecord> {
  const { db } = ctx.deps;
  const unsaved = discovered?.unsaved ?? [];
  // The steps as they will be once this transaction commits: as recorded (or known to be), with what
  // this transaction adds.
  const recorded = known ?? (ctx.unrecorded ? [] : await loadSteps(db, ctx.request.id));
  const steps = ctx.plan.steps.map((ps) => {
    const rec = recorded.find((s) => s.step === ps.step) ?? emptyStep(ps);
    const f = unsaved.find((u) => u.step === ps.step);
    const a = acted.find((x) => x.step === ps.step);
    return {
      ...rec,
      ...(f
        ? { rowsFound: f.rowsFound, kept: f.kept, rowsKept: f.kept.reduce((n, k) => n + k.rows, 0) }
        : {}),
      ...(a
        ? {
            rowsErased: rec.rowsErased + a.erased,
            rowsAnonymised: rec.rowsAnonymised + a.anonymised,
            rowsUpdated: rec.rowsUpdated + a.updated,
            nextBatch: a.toBatch + 1,
          }
        : {}),
    };
  });
  let rows: Map<number, Record<string, StoredValue>[]> | undefined;
  if (ctx.plan.kind === 'access') {
    rows = new Map(discovered?.rows ?? []);
    // Steps recorded by an earlier run (or an earlier transaction of a large request) are read back.
    if (rows.size < ctx.plan.steps.length) {
      for (const [step, stored] of await loadSealedRowsByStep(db, ctx.deps.sealer, ctx.request.id)) {
        if (!rows.has(step)) rows.set(step, stored);
      }
    }
  }
  const prepared = await prepareOutputs({
    db,
    sealer: ctx.deps.sealer,
    policy: ctx.deps.policy,
    plan: ctx.plan,
    request: ctx.request,
    identity: ctx.identity,
    now: ctx.now(),
    piiKey: ctx.deps.piiKey,
    outputs: ctx.deps.outputs ?? {},
    log: ctx.deps.log,
    steps,
    ...(rows ? { rows } : {}),
    ...(discovered?.keys ? { keys: discovered.keys } : {}),
    ...(ctx.deps.timings ? { timings: ctx.deps.timings } : {}),
  });
  const record = await db.transaction(async (tx) => {
    let done: ExecutionRecord;
    if (ctx.unrecorded && acted.length === 0) {
      // Started and finished in this transaction (a small access request): recorded done at once,
      // with nothing to record first and clear again.
      const outcome = await finishOutputs(tx, prepared);
      const created = await createFinishedExecution(
        tx,
        ctx.plan,
        ctx.plan.steps.map((ps) => {
          const f = unsaved.find((u) => u.step === ps.step);
          return {
            step: ps.step,
            system: ps.system,
            collection: ps.collection,
            actOrder: ps.actOrder,
            rowsFound: f?.rowsFound ?? 0,
            kept: f?.kept ?? [],
            batches: f?.batches ?? 0,
          };
        }),
        outcome,
        ctx.now(),
      );
      if (!created) throw new StartedElsewhere();
      done = created;
    } else {
      // The lease is checked (and the execution created, if it is not yet) by finishExecution: one
      // statement less than checking it first. Should another process hold it, all rolls back.
      if (ctx.unrecorded) await recordProgress(tx, ctx, { finishing: true });
      // What an access request found last needs no key set or sealed rows: they would go right away.
      await saveFound(
        tx,
        ctx.deps.sealer,
        ctx.request.id,
        unsaved.map((f) => ({ ...f, keys: [], sealedRows: [] })),
        ctx.now(),
      );
      await saveBatchesDone(tx, ctx.request.id, acted, ctx.now());
      const outcome = await finishOutputs(tx, prepared);
      done = await finishExecution(tx, ctx.request.id, outcome, ctx.now(), ctx.plan, ctx.owner);
    }
    const total = (f: (s: StepRecord) => number) => steps.reduce((n, s) => n + f(s), 0);
    const facts = {
      kind: ctx.plan.kind,
      found: total((s) => s.rowsFound),
      erased: total((s) => s.rowsErased),
      anonymised: total((s) => s.rowsAnonymised),
      kept: total((s) => s.rowsKept),
      updated: total((s) => s.rowsUpdated),
      steps: ctx.plan.steps.map((ps) =>
        stepFacts(
          ps,
          steps.find((s) => s.step === ps.step),
        ),
      ),
    };
    await recordEvents(
      tx,
      ctx.request,
      [{ event: event('execution_finished', ctx.now(), facts), audit: facts }],
      ctx.now,
    );
    return done;
  });
  ctx.unrecorded = false;
  ctx.deps.onCommit?.('finished');
  return record;
}

function emptyStep(ps: PlanStep): StepRecord {
  return {
    step: ps.step,
    system: ps.system,
    collection: ps.collection,
    actOrder: ps.actOrder,
    status: 'pending',
    rowsFound: 0,
    rowsErased: 0,
    rowsAnonymised: 0,
    rowsKept: 0,
    rowsUpdated: 0,
    kept: [],
    nextBatch: 0,
    batches: 0,
  };
}

/**
 * Approved requests whose execution is not done, earliest due first: what the worker takes up.
 *
 * @example
 *   for (const id of await pendingExecutions(db, 20)) await executeRequest(deps, id);
 */
export async function pendingExecutions(q: Queryable, limit: number): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `select r.id from grondslag.dsr_request r
       left join grondslag.dsr_execution e on e.request_id = r.id
      where r.status = 'in_progress' and r.type <> 'unknown' and (e.request_id is null or e.status <> 'done')
      order by r.due_at, r.received_at
      limit $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}
