import { performance } from 'node:perf_hooks';
import type { Sealer } from '../crypto/sealed.js';
import type { Logger } from '../log.js';
import type { HmacKey } from '../pii/operators.js';
import type { Policy } from '../policy/schema.js';
import type { Db, Queryable } from '../store/db.js';
import type { StoredValue } from './anonymise-value.js';
import { type Art19Deps, notifyRecipients } from './art19.js';
import { type Art19Record, erasureCertificate } from './certificate.js';
import { checkEndpoint, postJson } from './endpoint.js';
import {
  type KeyRecord,
  loadKeySets,
  loadSealedRowsByStep,
  loadSteps,
  type StepRecord,
} from './execution-store.js';
import { TAX_RECORD_ARTICLE } from './keep-rules.js';
import { keyedByPrimaryKey } from './key-set.js';
import { type BuiltPackage, buildAccessPackage, type StoredRow } from './package/build.js';
import { packageRef, savePackage } from './package/package-store.js';
import { createPackageLink, PACKAGE_LINK_TTL_MS } from './package-link.js';
import type { ExecutionPlan } from './plan.js';
import type { DsrRequest, SubjectIdentity } from './request.js';
import { addRestriction, type RestrictedRow } from './restriction.js';

/**
 * What an execution leaves behind, by kind: the access package (and its transmission to another
 * controller), the erasure certificate, the entry on the restriction list, the Art. 19
 * notifications. Split in two: `prepareOutputs` does what reaches outside the store (building the
 * package, posting it, notifying recipients — each recorded as it happens), `finishOutputs` writes
 * the rest in the transaction that marks the execution done, so it happens exactly once.
 */

export interface ExecutionOutputs extends Art19Deps {
  /** Life of the package and its first download link (default 14 days). */
  packageTtlMs?: number;
}

export interface PrepareInput {
  db: Db;
  sealer: Sealer;
  policy: Policy;
  plan: ExecutionPlan;
  request: DsrRequest;
  identity: SubjectIdentity;
  now: Date;
  piiKey?: HmacKey;
  outputs: ExecutionOutputs;
  log?: Logger;
  /** The steps with their counts (default: as recorded). */
  steps?: StepRecord[];
  /** The rows an access request read, by step (default: as recorded). */
  rows?: Map<number, StoredRow[]>;
  /** Every step's key set, when this process still holds them all. */
  keys?: Map<number, KeyRecord[]>;
  /** Adds the milliseconds spent building the package. */
  timings?: { packageMs: number };
}

export interface PreparedOutputs {
  input: PrepareInput;
  steps: StepRecord[];
  pkg?: BuiltPackage;
  transmission?: { organisation: string; status: 'sent' | 'failed'; detail?: string };
  restrictedRows: RestrictedRow[];
  notified: Art19Record[];
}

export async function prepareOutputs(input: PrepareInput): Promise<PreparedOutputs> {
  const { db, plan, request } = input;
  const steps = input.steps ?? (await loadSteps(db, request.id));
  const prepared: PreparedOutputs = { input, steps, restrictedRows: [], notified: [] };
  if (plan.kind === 'access') {
    const rows = input.rows ?? (await loadSealedRowsByStep(db, input.sealer, request.id));
    const t0 = performance.now();
    prepared.pkg = await buildAccessPackage({
      requestId: request.id,
      reference: request.reference,
      lang: request.language,
      // The plan's date, not the clock: a package rebuilt after a crash is the same package.
      generatedAt: new Date(plan.createdAt),
      policy: input.policy,
      plan,
      rows,
      identity: input.identity,
    });
    if (input.timings) input.timings.packageMs += performance.now() - t0;
    const d = request.details;
    if (d.type === 'portability' && d.destination.kind === 'controller') {
      prepared.transmission = await transmit(input, d.destination, prepared.pkg);
    }
    return prepared;
  }
  if (plan.kind === 'erasure' || plan.kind === 'restriction') {
    const keys = input.keys ?? (await loadKeySets(db, input.sealer, request.id));
    for (const ps of plan.steps) {
      for (const k of keys.get(ps.step) ?? []) {
        if (k.action !== 'keep') continue;
        if (keyedByPrimaryKey(ps)) {
          prepared.restrictedRows.push({
            system: ps.system,
            collection: ps.collection,
            keyField: ps.primaryKey[0]!,
            keyValue: keyValueText((k.key as StoredValue[])[0]!),
          });
        } else {
          const { field, value } = k.key as { field: string; value: StoredValue };
          prepared.restrictedRows.push({
            system: ps.system,
            collection: ps.collection,
            keyField: field,
            keyValue: keyValueText(value),
          });
        }
      }
    }
  }
  if (plan.notify.length > 0) {
    prepared.notified = await notifyRecipients(db, input.outputs, {
      policy: input.policy,
      kind: plan.kind as Exclude<ExecutionPlan['kind'], 'access'>,
      recipients: plan.notify,
      request,
      identity: input.identity,
      now: input.now,
    });
  }
  return prepared;
}

function keyValueText(v: StoredValue): string {
  return v !== null && typeof v === 'object' ? v.date : String(v);
}

/** Art. 20(2): the package as JSON to the other controller's HTTPS endpoint, once. */
async function transmit(
  input: PrepareInput,
  destination: { organisation: string; endpoint: string },
  pkg: BuiltPackage,
): Promise<PreparedOutputs['transmission']> {
  const { db, request } = input;
  const { rows } = await db.query<{ status: 'sent' | 'failed' }>(
    `select status from grondslag.dsr_notification where request_id = $1 and recipient = 'portability'`,
    [request.id],
  );
  if (rows[0]?.status === 'sent') return { organisation: destination.organisation, status: 'sent' };
  let status: 'sent' | 'failed' = 'sent';
  let detail: string | undefined;
  try {
    const url = checkEndpoint(destination.endpoint, input.outputs);
    await postJson(
      url,
      { manifest: pkg.manifest, data: pkg.data },
      {
        idempotencyKey: `${request.id}:portability`,
        ...(input.outputs.fetch ? { fetch: input.outputs.fetch } : {}),
      },
    );
  } catch (e) {
    status = 'failed';
    detail = (e as { code?: string }).code ?? 'failed';
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into grondslag.dsr_notification (request_id, recipient, channel, status, detail, at)
       values ($1, 'portability', 'webhook', $2, $3, $4)
       on conflict (request_id, recipient) do update set status = excluded.status, detail = excluded.detail, at = excluded.at`,
      [request.id, status, detail ?? null, input.now],
    );
  });
  return detail
    ? { organisation: destination.organisation, status, detail }
    : { organisation: destination.organisation, status };
}

/**
 * Writes the outputs that must happen exactly once, in the transaction that finishes the execution,
 * and returns the outcome recorded on it (ids, counts, checksums: no personal data).
 */
export async function finishOutputs(tx: Queryable, p: PreparedOutputs): Promise<Record<string, unknown>> {
  const { input } = p;
  const { plan, request, sealer, now } = input;
  const outcome: Record<string, unknown> = { kind: plan.kind };
  if (p.pkg) {
    const ttlMs = input.outputs.packageTtlMs ?? PACKAGE_LINK_TTL_MS;
    const expiresAt = await savePackage(tx, sealer, {
      requestId: request.id,
      zip: p.pkg.zip,
      sha256: p.pkg.sha256,
      now,
      ttlMs,
    });
    // The first link; the answer mail gets a fresh one (src/dsr/actions.ts sendAnswer).
    await createPackageLink(
      tx,
      {
        requestId: request.id,
        path: packageRef(request.id),
        fileName: `${request.reference}.zip`,
        byteLength: p.pkg.zip.length,
        sha256: p.pkg.sha256,
        ttlMs,
      },
      now,
    );
    outcome.package = {
      sha256: p.pkg.sha256,
      bytes: p.pkg.zip.length,
      expiresAt: expiresAt.toISOString(),
      redactedTexts: p.pkg.manifest.redactedTexts,
      collections: p.pkg.manifest.collections.map((c) => ({
        system: c.system,
        collection: c.collection,
        rows: c.rows,
      })),
    };
    if (p.transmission) outcome.transmission = p.transmission;
  }
  if (plan.kind === 'erasure') {
    if (p.restrictedRows.length > 0) {
      await addRestriction(
        tx,
        sealer,
        {
          requestId: request.id,
          scope: 'processing',
          purposes: [],
          reason: 'erasure_exception',
          article: TAX_RECORD_ARTICLE,
          identity: input.identity,
          rows: p.restrictedRows,
        },
        now,
      );
    }
    outcome.certificate = erasureCertificate({
      plan,
      steps: p.steps,
      request,
      policy: input.policy,
      issuedAt: now,
      notified: p.notified,
    });
  }
  if (plan.kind === 'restriction' && plan.restriction) {
    const id = await addRestriction(
      tx,
      sealer,
      { requestId: request.id, ...plan.restriction, identity: input.identity, rows: p.restrictedRows },
      now,
    );
    outcome.restriction = { id, ...plan.restriction, rows: p.restrictedRows.length };
  }
  if (plan.kind === 'rectification') {
    outcome.rectification = { updated: p.steps.reduce((n, s) => n + s.rowsUpdated, 0) };
  }
  outcome.notified = p.notified;
  return outcome;
}
