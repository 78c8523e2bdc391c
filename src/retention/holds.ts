import { randomUUID } from 'node:crypto';
import { type ActionContext, recordAudit } from '../access/context.js';
import type { Sealer } from '../crypto/sealed.js';
import { planTraversal } from '../datamap/graph.js';
import type { Datamap, IdentityKind } from '../datamap/schema.js';
import { identityKinds } from '../datamap/schema.js';
import { normalisePhone } from '../dsr/identity.js';
import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import type { CollectionBinding, RetentionBindings } from './bind.js';

/**
 * Legal holds: a forensic order (a public prosecutor's demand for traffic data, a court order) that
 * keeps data past its retention period. A hold names a person (an identity such as a phone number),
 * a collection with a time window, or both; the sweep skips the rows it covers and counts them.
 *
 * Which data a hold may keep, decided with the law in mind: only data under a rule that says
 * `legalHoldExtends: true`. The statement is a promise to the people it is about ("telecom traffic
 * at most one year, or longer if a forensic order requires it"); keeping other data longer than the
 * statement says would break that promise (GDPR Art. 5(1)(e), 13(2)(a)) without the person being
 * told. So a hold on a collection under any other rule is refused, and a hold on a person covers only
 * the extendable collections their data is in — the rest is named in the answer, so the DPO sees it.
 * Where the law really demands more, the policy is changed first, and with it the published statement.
 *
 * The person's identifier is never stored in the clear: a keyed hash to look it up, the value sealed
 * (AES-256-GCM) for the sweep, and in the audit log only the hold's id and a short fingerprint.
 */

export type HoldStatus = 'active' | 'expired' | 'released';

export interface LegalHold {
  id: string;
  reference: string;
  authority: string;
  /** Dates as YYYY-MM-DD. */
  issuedOn: string;
  expiresOn: string | null;
  identityKind: IdentityKind | null;
  /** First characters of the keyed hash: tells two holds on one person apart, reveals nothing. */
  identityFingerprint: string | null;
  system: string | null;
  collection: string | null;
  windowFrom: Date | null;
  windowTo: Date | null;
  createdBy: string;
  createdAt: Date;
  releasedAt: Date | null;
  releasedBy: string | null;
  releaseReason: string | null;
  expiryAlertedAt: Date | null;
}

export interface LegalHoldInput {
  reference: string;
  authority: string;
  issuedOn: string;
  expiresOn?: string;
  identity?: { kind: IdentityKind; value: string };
  /** `system.collection`, or a collection name that only one system has. */
  collection?: string;
  window?: { from?: Date; to?: Date };
}

/** What a hold keeps: the collections it covers, and those of the person it cannot cover. */
export interface HoldCoverage {
  covers: string[];
  /** Collections with the person's data under rules a hold may not extend. */
  notExtendable: string[];
}

export const holdErrorCodes = {
  invalid: 'HOLD_INVALID',
  notExtendable: 'HOLD_NOT_EXTENDABLE',
  coversNothing: 'HOLD_COVERS_NOTHING',
  notFound: 'HOLD_NOT_FOUND',
  released: 'HOLD_ALREADY_RELEASED',
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form an identifier is hashed and matched in: E.164 phones, lower-case e-mail, compact IBAN. */
export function normaliseHoldIdentity(kind: IdentityKind, value: string): string {
  const v = value.trim();
  switch (kind) {
    case 'phone':
      return normalisePhone(v);
    case 'email':
    case 'ip_address':
      return v.toLowerCase();
    case 'iban':
      return v.replace(/\s+/g, '').toUpperCase();
    default:
      return v;
  }
}

/**
 * The collections a hold covers, or a typed error explaining why it may not be placed.
 *
 * @example
 *   holdCoverage(bindings, datamap, { identity: { kind: 'phone', value: '+31612345678' } });
 *   // { covers: ['telecom.call_records', 'telecom.location_records'], notExtendable: ['crm.contacts'] }
 */
export function holdCoverage(
  bindings: RetentionBindings,
  datamap: Datamap,
  input: Pick<LegalHoldInput, 'identity' | 'collection'>,
): HoldCoverage {
  const byKey = new Map(bindings.sweepOrder.map((b) => [b.key, b]));
  let target: CollectionBinding | undefined;
  if (input.collection !== undefined) {
    target = findCollection(bindings, input.collection);
    if (!target.holdable) {
      const rule = bindings.rules.find((r) => r.rule.id === target!.rule)!.rule;
      throw new GrondslagError(
        holdErrorCodes.notExtendable,
        `${target.key} falls under "${rule.id}", which a legal hold may not extend: the statement promises ${rule.wording?.en ?? rule.period} without an exception for forensic orders; change the policy first (legalHoldExtends: true), so that the published statement says so`,
        { details: [{ path: 'collection', message: `rule "${rule.id}" does not allow legal holds` }] },
      );
    }
  }
  if (!input.identity) return { covers: [target!.key], notExtendable: [] };

  // The person's collections: those reached from the identity through the data map's references.
  let reached: string[];
  try {
    reached = planTraversal(datamap, { kind: input.identity.kind, value: input.identity.value }).steps.map(
      (s) => `${s.system}.${s.collection}`,
    );
  } catch (e) {
    if (e instanceof GrondslagError && e.code === 'DATAMAP_NO_IDENTITY_FIELD') {
      throw new GrondslagError(
        holdErrorCodes.coversNothing,
        `no collection of the data map identifies a person by ${input.identity.kind}`,
        {
          details: [{ path: 'identity', message: e.message }],
        },
      );
    }
    throw e;
  }
  const bound = reached.filter((k) => byKey.has(k));
  const covers = bound.filter((k) => byKey.get(k)!.holdable && (!target || k === target.key));
  const notExtendable = bound.filter((k) => !byKey.get(k)!.holdable);
  if (covers.length === 0) {
    throw new GrondslagError(
      holdErrorCodes.coversNothing,
      target
        ? `${target.key} holds no data reachable from a ${input.identity.kind}`
        : `the person's data lies only under rules a legal hold may not extend (${notExtendable.join(', ') || 'none found'})`,
      { details: [{ path: 'identity', message: 'nothing a hold may keep' }] },
    );
  }
  return { covers, notExtendable };
}

function findCollection(bindings: RetentionBindings, name: string): CollectionBinding {
  const exact = bindings.sweepOrder.find((b) => b.key === name);
  if (exact) return exact;
  const plain = bindings.sweepOrder.filter((b) => b.collection === name);
  if (plain.length === 1) return plain[0]!;
  throw new GrondslagError(
    holdErrorCodes.invalid,
    plain.length > 1
      ? `"${name}" is in several systems (${plain.map((b) => b.key).join(', ')}); name it as system.collection`
      : `"${name}" is no collection under a retention rule; known: ${bindings.sweepOrder.map((b) => b.key).join(', ')}`,
    { details: [{ path: 'collection', message: 'unknown collection' }] },
  );
}

function checkInput(input: LegalHoldInput): void {
  const problems: { path: string; message: string }[] = [];
  if (input.reference.trim() === '')
    problems.push({ path: 'reference', message: 'the order’s reference is required' });
  if (input.authority.trim() === '')
    problems.push({ path: 'authority', message: 'the issuing authority is required' });
  if (!DATE.test(input.issuedOn) || Number.isNaN(Date.parse(input.issuedOn))) {
    problems.push({ path: 'issuedOn', message: 'a date as YYYY-MM-DD' });
  }
  if (input.expiresOn !== undefined) {
    if (!DATE.test(input.expiresOn) || Number.isNaN(Date.parse(input.expiresOn))) {
      problems.push({ path: 'expiresOn', message: 'a date as YYYY-MM-DD' });
    } else if (input.expiresOn < input.issuedOn) {
      problems.push({ path: 'expiresOn', message: 'expires before it was issued' });
    }
  }
  if (!input.identity && input.collection === undefined) {
    problems.push({ path: 'identity', message: 'a hold names a person, a collection, or both' });
  }
  if (input.identity) {
    if (!(identityKinds as readonly string[]).includes(input.identity.kind)) {
      problems.push({ path: 'identity.kind', message: `one of ${identityKinds.join(', ')}` });
    }
    if (input.identity.value.trim() === '') problems.push({ path: 'identity.value', message: 'required' });
  }
  const { from, to } = input.window ?? {};
  for (const [name, d] of [
    ['window.from', from],
    ['window.to', to],
  ] as const) {
    if (d !== undefined && Number.isNaN(d.getTime()))
      problems.push({ path: name, message: 'not a valid date' });
  }
  if (from && to && from.getTime() >= to.getTime())
    problems.push({ path: 'window', message: 'from must lie before to' });
  if (problems.length > 0) {
    throw new GrondslagError(
      holdErrorCodes.invalid,
      `the legal hold is incomplete: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      {
        details: problems,
      },
    );
  }
}

/**
 * Places a hold: checks it against the law (see the file comment), stores it with the identity
 * sealed, and records it in the audit log.
 *
 * @example
 *   const { hold, coverage } = await addHold(db, sealer, bindings, datamap, {
 *     reference: 'OM-2026-0412', authority: 'Officier van Justitie, Den Haag', issuedOn: '2026-03-01',
 *     expiresOn: '2026-09-01', identity: { kind: 'phone', value: '+31612345678' },
 *   }, { actor: 'cli', now: new Date() });
 */
export async function addHold(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  sealer: Sealer,
  bindings: RetentionBindings,
  datamap: Datamap,
  input: LegalHoldInput,
  ctx: ActionContext,
): Promise<{ hold: LegalHold; coverage: HoldCoverage }> {
  checkInput(input);
  const coverage = holdCoverage(bindings, datamap, input);
  const target = input.collection !== undefined ? findCollection(bindings, input.collection) : undefined;
  const id = randomUUID();
  const identity = input.identity
    ? {
        kind: input.identity.kind,
        hash: sealer.lookup(
          `hold:${input.identity.kind}`,
          normaliseHoldIdentity(input.identity.kind, input.identity.value),
        ),
        sealed: sealer.seal(input.identity.value.trim()),
      }
    : undefined;
  const hold = await db.transaction(async (tx) => {
    await tx.query(
      `insert into grondslag.retention_hold
         (id, reference, authority, issued_on, expires_on, identity_kind, identity_hash, identity_cipher,
          system, collection, window_from, window_to, created_by, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        input.reference.trim(),
        input.authority.trim(),
        input.issuedOn,
        input.expiresOn ?? null,
        identity?.kind ?? null,
        identity?.hash ?? null,
        identity?.sealed ?? null,
        target?.system ?? null,
        target?.collection ?? null,
        input.window?.from ?? null,
        input.window?.to ?? null,
        ctx.actor,
        ctx.now,
      ],
    );
    await recordAudit(tx, ctx, {
      action: 'retention.hold_added',
      subjectType: 'legal_hold',
      subjectId: id,
      data: {
        by: identity ? 'identity' : 'collection',
        identityKind: identity?.kind ?? null,
        fingerprint: identity ? fingerprint(identity.hash) : null,
        covers: coverage.covers,
        windowFrom: input.window?.from?.toISOString() ?? null,
        windowTo: input.window?.to?.toISOString() ?? null,
        expiresOn: input.expiresOn ?? null,
      },
    });
    return (await getHold(tx, id))!;
  });
  return { hold, coverage };
}

const fingerprint = (hash: string) => hash.slice(0, 10);

interface HoldRow {
  id: string;
  reference: string;
  authority: string;
  issued_on: string | Date;
  expires_on: string | Date | null;
  identity_kind: IdentityKind | null;
  identity_hash: string | null;
  system: string | null;
  collection: string | null;
  window_from: Date | null;
  window_to: Date | null;
  created_by: string;
  created_at: Date;
  released_at: Date | null;
  released_by: string | null;
  release_reason: string | null;
  expiry_alerted_at: Date | null;
}

const COLUMNS = `id, reference, authority, issued_on::text as issued_on, expires_on::text as expires_on,
  identity_kind, identity_hash, system, collection, window_from, window_to, created_by, created_at,
  released_at, released_by, release_reason, expiry_alerted_at`;

function toHold(r: HoldRow): LegalHold {
  return {
    id: r.id,
    reference: r.reference,
    authority: r.authority,
    issuedOn: String(r.issued_on),
    expiresOn: r.expires_on === null ? null : String(r.expires_on),
    identityKind: r.identity_kind,
    identityFingerprint: r.identity_hash ? fingerprint(r.identity_hash) : null,
    system: r.system,
    collection: r.collection,
    windowFrom: r.window_from,
    windowTo: r.window_to,
    createdBy: r.created_by,
    createdAt: r.created_at,
    releasedAt: r.released_at,
    releasedBy: r.released_by,
    releaseReason: r.release_reason,
    expiryAlertedAt: r.expiry_alerted_at,
  };
}

/** A hold's status at `at`: released, expired (its last day has passed), or active. */
export function holdStatus(hold: Pick<LegalHold, 'releasedAt' | 'expiresOn'>, at: Date): HoldStatus {
  if (hold.releasedAt) return 'released';
  if (hold.expiresOn !== null && hold.expiresOn < at.toISOString().slice(0, 10)) return 'expired';
  return 'active';
}

export async function getHold(q: Queryable, id: string): Promise<LegalHold | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<HoldRow>(`select ${COLUMNS} from grondslag.retention_hold where id = $1`, [
    id,
  ]);
  return rows[0] ? toHold(rows[0]) : undefined;
}

/**
 * Holds, newest first; released ones only when asked.
 *
 * @example
 *   const active = (await listHolds(db)).filter((h) => holdStatus(h, now) === 'active');
 */
export async function listHolds(
  q: Queryable,
  options: { includeReleased?: boolean } = {},
): Promise<LegalHold[]> {
  const { rows } = await q.query<HoldRow>(
    `select ${COLUMNS} from grondslag.retention_hold
     ${options.includeReleased ? '' : 'where released_at is null'}
     order by created_at desc, id`,
  );
  return rows.map(toHold);
}

/**
 * Releases a hold (the order was lifted): from the next sweep on its rows are due again. Audited.
 *
 * @example
 *   await releaseHold(db, id, 'order lifted by the court', { actor: 'user:…', now: new Date() });
 */
export async function releaseHold(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  id: string,
  reason: string,
  ctx: ActionContext,
): Promise<LegalHold> {
  if (reason.trim() === '') {
    throw new GrondslagError(holdErrorCodes.invalid, 'say why the hold is released', {
      details: [{ path: 'reason', message: 'required' }],
    });
  }
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ released_at: Date | null }>(
      'select released_at from grondslag.retention_hold where id = $1 for update',
      [id],
    );
    if (!/^[0-9a-f-]{36}$/i.test(id) || rows.length === 0) {
      throw new GrondslagError(holdErrorCodes.notFound, `no legal hold ${id}`, { kind: 'not_found' });
    }
    if (rows[0]!.released_at) {
      throw new GrondslagError(holdErrorCodes.released, `legal hold ${id} was already released`, {
        kind: 'conflict',
      });
    }
    await tx.query(
      'update grondslag.retention_hold set released_at = $2, released_by = $3, release_reason = $4 where id = $1',
      [id, ctx.now, ctx.actor, reason.trim()],
    );
    await recordAudit(tx, ctx, {
      action: 'retention.hold_released',
      subjectType: 'legal_hold',
      subjectId: id,
    });
    return (await getHold(tx, id))!;
  });
}

/** An active hold as the sweep applies it: the identity opened, in the forms stores may hold it. */
export interface AppliedHold {
  id: string;
  identity?: { kind: IdentityKind; values: string[] };
  collectionKey?: string;
  window?: { from?: Date; to?: Date };
}

/**
 * The holds in force at `at`, identities unsealed for the sweep (never logged, never stored).
 *
 * @example
 *   const holds = await activeHolds(db, sealer, at);
 */
export async function activeHolds(q: Queryable, sealer: Sealer, at: Date): Promise<AppliedHold[]> {
  const { rows } = await q.query<HoldRow & { identity_cipher: string | null }>(
    `select ${COLUMNS}, identity_cipher from grondslag.retention_hold where released_at is null`,
  );
  return rows
    .filter((r) => holdStatus(toHold(r), at) === 'active')
    .map((r) => {
      const out: AppliedHold = { id: r.id };
      if (r.identity_kind && r.identity_cipher) {
        const value = sealer.openText(r.identity_cipher);
        out.identity = {
          kind: r.identity_kind,
          values: [...new Set([value, normaliseHoldIdentity(r.identity_kind, value)])],
        };
      }
      if (r.system && r.collection) out.collectionKey = `${r.system}.${r.collection}`;
      if (r.window_from || r.window_to)
        out.window = { from: r.window_from ?? undefined, to: r.window_to ?? undefined };
      return out;
    });
}

/**
 * Holds whose last day has passed and of which the DPO has not yet been told; marks them told and
 * audits each, in one transaction, so each expiry is reported exactly once.
 *
 * @example
 *   const expired = await takeExpiredHolds(db, { actor: 'system:retention', now });
 *   for (const h of expired) await notifyDpo(h);
 */
export async function takeExpiredHolds(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  ctx: ActionContext,
): Promise<LegalHold[]> {
  const today = ctx.now.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<HoldRow>(
      `update grondslag.retention_hold set expiry_alerted_at = $2
       where released_at is null and expiry_alerted_at is null and expires_on < $1::date
       returning ${COLUMNS}`,
      [today, ctx.now],
    );
    const holds = rows.map(toHold).sort((a, b) => a.id.localeCompare(b.id));
    for (const h of holds) {
      await recordAudit(tx, ctx, {
        action: 'retention.hold_expired',
        subjectType: 'legal_hold',
        subjectId: h.id,
        data: { expiresOn: h.expiresOn },
      });
    }
    return holds;
  });
}
