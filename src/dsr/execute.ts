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
  type ExecutionRecord,
  finishExecution,
  type KeptCount,
  type KeyAction,
  type KeyRecord,
  leaseOwnerId,
  loadCarries,
  loadExecution,
  loadKeys,
  loadSteps,
  releaseLease,
  renewLease,
  type StepRecord,
  saveBatchDone,
  saveFound,
  setExecutionStatus,
  setStepDone,
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
import { loadIdentity, loadRequest, recordEvent } from './store.js';

/**
 * Executes a data-subject request on the organisation's stores, resumably.
 *
 * 1. **Plan** (src/dsr/plan.ts), persisted with one row per system/collection step.
 * 2. **Discover**, step by step in reading order: read the person's rows through the connectors and
 *    record, in one transaction per step, the key set to act on (with the precomputed anonymised
 *    values), the values later steps match on, and the counts. Nothing is changed yet: every
 *    read happens before any write, since the keys of later steps come from the rows of earlier ones.
 * 3. **Resolve** (erasure): a row that stays (kept, anonymised) keeps the rows its foreign keys point
 *    at — they are anonymised instead of deleted, or kept with the tax record.
 * 4. **Act**, in the order children before parents, in bounded batches: each batch is pushed down to
 *    the connector as one set-based statement per field/key chunk, then its checkpoint and counts are
 *    committed together. A batch that ran but whose checkpoint was lost (kill -9) runs again with the
 *    same effect: deletes are by key, anonymised values were computed before acting and are written,
 *    not recomputed, so an anonymised value is never hashed twice.
 * 5. **Finish**: the package, certificate, restriction entries and Art. 19 notifications; key sets
 *    and read rows are deleted in the transaction that marks the execution done.
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
  const request = await loadRequest(db, sealer, idOrReference);
  const existing = await loadExecution(db, request.id);
  if (existing?.status === 'done') return existing;
  if (request.status !== 'in_progress') {
    throw new GrondslagError(
      dsrErrorCodes.illegalTransition,
      `request ${request.reference} is ${request.status}; only an approved request (in progress) is executed`,
      { kind: 'conflict' },
    );
  }
  const identity = await loadIdentity(db, sealer, request.id);
  const identities = traversalIdentities(identity, verifiedKinds(request.verification?.method));
  const owner = deps.owner ?? leaseOwnerId();
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const pool = new ConnectorPool(deps.openSystem);
  try {
    if (!existing) {
      const plan = await planFor(deps, request, identities, pool, now());
      await db.transaction(async (tx) => {
        if (!(await createExecution(tx, plan, owner, now(), leaseMs))) return;
        await recordEvent(
          tx,
          request,
          event('execution_started', now(), { kind: plan.kind, steps: plan.steps.length }),
          { kind: plan.kind, steps: plan.steps.length },
          now,
        );
      });
      deps.onCommit?.('planned');
    }
    let exec = await claimExecution(db, request.id, owner, now(), leaseMs);
    const holds = exec.plan.kind === 'erasure' && deps.holds ? await deps.holds(now()) : [];
    const ctx: Context = {
      deps,
      now,
      request,
      identity,
      identities,
      plan: exec.plan,
      holds,
      owner,
      leaseMs,
      pool,
    };
    try {
      if (exec.status === 'discovering') {
        await discover(ctx);
        await db.transaction(async (tx) => {
          await renewLease(tx, request.id, owner, now(), leaseMs);
          if (ctx.plan.kind === 'erasure') await resolveDependencies(tx, ctx);
          await setExecutionStatus(tx, request.id, 'acting');
        });
        deps.onCommit?.('resolved');
        exec = { ...exec, status: 'acting' };
      }
      if (exec.status === 'acting') await act(ctx);
      await finish(ctx);
    } catch (e) {
      await releaseLease(
        db,
        request.id,
        owner,
        e instanceof Error ? e.message.slice(0, 500) : String(e),
      ).catch(() => {});
      throw e;
    }
    return (await loadExecution(db, request.id))!;
  } finally {
    await pool.close();
  }
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
  const holds = deps.holds ? await deps.holds(now) : [];
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

async function discover(ctx: Context): Promise<void> {
  const { db } = ctx.deps;
  const steps = await loadSteps(db, ctx.request.id);
  const carries = await loadCarries(db, ctx.deps.sealer, ctx.request.id);
  for (const ps of ctx.plan.steps) {
    if (steps.find((s) => s.step === ps.step)?.status !== 'pending') continue;
    const found = await readStep(ctx, ps, carries);
    await db.transaction(async (tx) => {
      await renewLease(tx, ctx.request.id, ctx.owner, ctx.now(), ctx.leaseMs);
      await saveFound(tx, ctx.deps.sealer, ctx.request.id, ps.step, { ...found, now: ctx.now() });
      const facts = {
        step: ps.step,
        system: ps.system,
        collection: ps.collection,
        phase: 'found',
        rows: found.rowsFound,
      };
      await recordEvent(tx, ctx.request, event('execution_step', ctx.now(), facts), facts, ctx.now);
    });
    carries.set(ps.step, found.carry);
    ctx.deps.onCommit?.(`found:${ps.collection}`);
  }
}

interface Found {
  rowsFound: number;
  kept: KeptCount[];
  carry: Record<string, StoredValue[]>;
  keys: KeyRecord[];
  batches: number;
  sealedRows: string[];
}

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
  for (const m of ps.match) {
    const values =
      m.via === 'identity'
        ? ctx.identities.filter((i) => i.kind === m.kind).map((i) => i.value)
        : (carries.get(m.fromStep)?.[m.fromField] ?? []).map(fromStored);
    if (values.length === 0) continue;
    const match = { field: m.field, values };
    for await (const batch of conn.findRows(ps.collection, match, {
      batchSize: ctx.deps.readBatchSize ?? 1000,
    })) {
      for (const row of batch) {
        const id = identifying
          ? rowKeyText(row, identifying)
          : JSON.stringify(Object.values(row).map(keyText));
        if (seen.has(id)) continue;
        seen.add(id);
        rows.push(row);
        foundBy.push({ field: m.field, value: row[m.field] });
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
    const sealedRows: string[] = [];
    for (let i = 0; i < rows.length; i += SEALED_CHUNK) {
      const chunk = rows.slice(i, i + SEALED_CHUNK).map(storedRow);
      sealedRows.push(ctx.deps.sealer.seal(JSON.stringify(chunk)));
    }
    return { rowsFound: rows.length, kept: [], carry, keys: [], batches: 0, sealedRows };
  }

  const refFields = refFieldsOf(ctx.plan, ps);
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
        replacement: action === 'delete' || action === 'anonymise' ? replacementOf(ctx, ps, row) : null,
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
    rowsFound: rows.length,
    kept: keptCounts(ps, keys),
    carry,
    keys,
    batches: Math.ceil(keys.length / batchSize),
    sealedRows: [],
  };
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
async function resolveDependencies(tx: Queryable, ctx: Context): Promise<void> {
  const { plan } = ctx;
  const order = plan.steps.filter((s) => s.actOrder !== null).sort((a, b) => a.actOrder! - b.actOrder!);
  const keys = new Map<number, KeyRecord[]>();
  for (const s of plan.steps) keys.set(s.step, await loadKeys(tx, ctx.deps.sealer, ctx.request.id, s.step));
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
    await updateKeyActions(tx, ctx.request.id, parent.step, changes);
    await setStepKept(tx, ctx.request.id, parent.step, keptCounts(parent, keys.get(parent.step)!));
  }
}

// ---------------------------------------------------------------------------------------------
// Act

async function act(ctx: Context): Promise<void> {
  const { db } = ctx.deps;
  const records = new Map((await loadSteps(db, ctx.request.id)).map((s) => [s.step, s]));
  const order = ctx.plan.steps.filter((s) => s.actOrder !== null).sort((a, b) => a.actOrder! - b.actOrder!);
  const changes = ctx.plan.kind === 'erasure' || ctx.plan.kind === 'rectification';
  if (!changes) return;
  const rectification = ctx.plan.kind === 'rectification' ? rectificationValues(ctx) : [];
  for (const ps of order) {
    const rec = records.get(ps.step)!;
    if (rec.status === 'done') continue;
    for (let b = rec.nextBatch; b < rec.batches; b++) {
      const keys = await loadKeys(db, ctx.deps.sealer, ctx.request.id, ps.step, b);
      const counts = await actBatch(ctx, ps, keys, rectification);
      await db.transaction(async (tx) => {
        await renewLease(tx, ctx.request.id, ctx.owner, ctx.now(), ctx.leaseMs);
        await saveBatchDone(tx, ctx.request.id, ps.step, b, counts, ctx.now());
      });
      ctx.deps.onCommit?.(`batch:${ps.collection}:${b}`);
    }
    const done = (await loadSteps(db, ctx.request.id)).find((s) => s.step === ps.step)!;
    await db.transaction(async (tx) => {
      await renewLease(tx, ctx.request.id, ctx.owner, ctx.now(), ctx.leaseMs);
      await setStepDone(tx, ctx.request.id, ps.step, ctx.now());
      const facts = stepFacts(ps, done);
      await recordEvent(tx, ctx.request, event('execution_step', ctx.now(), facts), facts, ctx.now);
    });
    ctx.deps.onCommit?.(`done:${ps.collection}`);
  }
}

function stepFacts(ps: PlanStep, rec: StepRecord): Record<string, string | number> {
  return {
    step: ps.step,
    system: ps.system,
    collection: ps.collection,
    phase: 'done',
    found: rec.rowsFound,
    erased: rec.rowsErased,
    anonymised: rec.rowsAnonymised,
    kept: rec.rowsKept,
    updated: rec.rowsUpdated,
  };
}

/** The corrected values of a rectification, by change index (sealed in the request, opened here only). */
function rectificationValues(ctx: Context): string[] {
  const d = ctx.request.details;
  return d.type === 'rectification' ? d.changes.map((c) => c.value) : [];
}

async function actBatch(
  ctx: Context,
  ps: PlanStep,
  keys: KeyRecord[],
  rectification: string[],
): Promise<{ erased: number; anonymised: number; updated: number }> {
  const conn = await ctx.pool.get(ps.system);
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
    const transform = replacementTransform(ctx, ps, anonymise);
    for (const m of matchesOf(ps, anonymise)) await conn.anonymiseRows(ps.collection, m, fields, transform);
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

async function finish(ctx: Context): Promise<void> {
  const { db } = ctx.deps;
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
  });
  await db.transaction(async (tx) => {
    await renewLease(tx, ctx.request.id, ctx.owner, ctx.now(), ctx.leaseMs);
    const outcome = await finishOutputs(tx, prepared);
    await finishExecution(tx, ctx.request.id, outcome, ctx.now());
    const steps = await loadSteps(tx, ctx.request.id);
    const total = (f: (s: StepRecord) => number) => steps.reduce((n, s) => n + f(s), 0);
    const facts = {
      kind: ctx.plan.kind,
      found: total((s) => s.rowsFound),
      erased: total((s) => s.rowsErased),
      anonymised: total((s) => s.rowsAnonymised),
      kept: total((s) => s.rowsKept),
      updated: total((s) => s.rowsUpdated),
    };
    await recordEvent(tx, ctx.request, event('execution_finished', ctx.now(), facts), facts, ctx.now);
  });
  ctx.deps.onCommit?.('finished');
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
