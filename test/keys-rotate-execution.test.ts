import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.js';
import { openConnector } from '../src/connectors/open.js';
import { resealAll, sealedKeyUsage } from '../src/crypto/rotate.js';
import {
  createKeyringSealer,
  createSealer,
  keyIdOf,
  lookupKeyOf,
  type Sealer,
} from '../src/crypto/sealed.js';
import { sealedColumns } from '../src/crypto/sealed-columns.js';
import { loadDatamapFile } from '../src/datamap/load.js';
import type { Datamap } from '../src/datamap/schema.js';
import { type ExecutionDeps, executeRequest } from '../src/dsr/execute.js';
import { type ExecutionReport, executionReport } from '../src/dsr/execution-report.js';
import { loadExecution, loadSteps } from '../src/dsr/execution-store.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import type { Policy } from '../src/policy/schema.js';
import type { Db } from '../src/store/db.js';
import { demoStoreChecksum, twinDemoStores } from './helpers/demo-checksum.js';
import type { DemoStore } from './helpers/demo-store.js';
import { approvedRequest } from './helpers/dsr-requests.js';
import { freshPglite, freshPostgres, postgresAvailable } from './helpers/store.js';

/**
 * Key rotation while an erasure is paused. A paused execution keeps its working data (key sets,
 * references, precomputed replacements, carried values) sealed in jsonb columns; rotation must
 * re-seal it, so that once the old key is retired the execution still resumes — and ends exactly as
 * an uninterrupted run on an identical store does. The execution is paused twice: during discovery
 * (carried values and part of the key sets written) and while acting (some batches done), with a
 * rotation and a retirement after each pause.
 */

const NOW = new Date('2026-06-15T00:00:00Z');
const PAUSE = 'paused by the test';
const keyA = randomBytes(32);
const keyB = randomBytes(32);
const keyC = randomBytes(32);
// Lookup hashes must survive rotations: they stay those of the first key, as in the keyring.
const lookupKey = lookupKeyOf(keyA);

describe.skipIf(!postgresAvailable)('key rotation while an erasure execution is paused', () => {
  let calm: DemoStore;
  let paused: DemoStore;
  let calmDb: Db;
  // The paused execution's store is PostgreSQL, as in production; the uninterrupted one PGlite.
  let own: Awaited<ReturnType<typeof freshPostgres>>;
  let db: Db;
  let policy: Policy;
  let datamap: Datamap;
  let email: string;

  beforeAll(async () => {
    ({
      stores: [calm, paused],
      email,
    } = await twinDemoStores(NOW));
    calmDb = await freshPglite();
    own = await freshPostgres();
    db = own.db;
    policy = (await loadPolicyFile(demoPolicyPath)).policy;
    datamap = (await loadDatamapFile(demoDatamapPath)).datamap;
  }, 300_000);

  afterAll(async () => {
    await calmDb?.close();
    await own?.drop();
    await calm?.drop();
    await paused?.drop();
  });

  const deps = (own: Db, demo: DemoStore, sealer: Sealer, pauseAt?: string): ExecutionDeps => ({
    db: own,
    sealer,
    policy,
    datamap,
    openSystem: (name) => openConnector(name, demo.systems[name]!),
    clock: () => NOW,
    piiKey: 'a test key for hmac pseudonyms',
    // Small batches, so that acting takes several committed batches per collection.
    batchSize: 3,
    onCommit: (unit) => {
      if (pauseAt !== undefined && unit.startsWith(pauseAt)) throw new Error(PAUSE);
    },
  });

  /**
   * `keys rotate` then `keys retire`: re-seals everything under the new key, checks what retiring
   * checks (no stored value uses the old key), and returns a sealer without the old key.
   */
  async function rotateAndRetire(oldKey: Buffer, newKey: Buffer): Promise<Sealer> {
    const before = await sealedKeyUsage(db);
    const total = Object.values(before).reduce((a, b) => a + b, 0);
    expect(before).toEqual({ [keyIdOf(oldKey)]: total });
    // What `keys retire` counts includes the working data: each key, reference, replacement and
    // carried-values document is one sealed value, next to those of the plain sealed columns.
    let plain = 0;
    for (const t of sealedColumns.filter((c) => c.form !== 'jsonb')) {
      for (const c of t.columns) {
        plain += Number(
          (await db.query<{ n: string }>(`select count(${c}) as n from ${t.table}`)).rows[0]!.n,
        );
      }
    }
    const working = await db.query<{ n: string }>(
      `select (select count(key) + count(refs) + count(replacement) from grondslag.dsr_execution_key)
            + (select count(carry) from grondslag.dsr_execution_step) as n`,
    );
    expect(Number(working.rows[0]!.n)).toBeGreaterThan(0);
    expect(total).toBe(plain + Number(working.rows[0]!.n));
    const ring = createKeyringSealer([newKey, oldKey], lookupKey);
    const result = await resealAll(db, ring, { actor: 'cli', batchSize: 7 });
    // The paused execution's working data was under the old key, and was re-sealed.
    expect(result.tables['grondslag.dsr_execution_step']).toBeGreaterThan(0);
    expect(result.tables['grondslag.dsr_execution_key']).toBeGreaterThan(0);
    // Every value is still there, each under the new key: retiring the old key is allowed.
    expect(await sealedKeyUsage(db)).toEqual({ [ring.keyId]: total });
    return createKeyringSealer([newKey], lookupKey);
  }

  const counts = (r: ExecutionReport) =>
    r.execution!.collections.map(({ system, collection, found, erased, anonymised, kept, keptFor }) => ({
      system,
      collection,
      found,
      erased,
      anonymised,
      kept,
      keptFor,
    }));

  it('resumes after the old key is retired and ends as an uninterrupted run does', async () => {
    const calmSealer = createSealer(keyA);
    const calmRequest = await approvedRequest(calmDb, calmSealer, policy, {
      details: { type: 'erasure' },
      identity: { email },
      now: NOW,
    });
    expect((await executeRequest(deps(calmDb, calm, calmSealer), calmRequest.id)).status).toBe('done');
    const calmReport = await executionReport(calmDb, calmSealer, calmRequest.id, NOW);

    let sealer = createSealer(keyA);
    const request = await approvedRequest(db, sealer, policy, {
      details: { type: 'erasure' },
      identity: { email },
      now: NOW,
    });

    // Pause 1: during discovery, after the first key sets and carried values were saved.
    await expect(executeRequest(deps(db, paused, sealer, 'found:'), request.id)).rejects.toThrow(PAUSE);
    expect((await loadExecution(db, request.id))!.status).toBe('discovering');
    expect((await loadSteps(db, request.id)).some((s) => s.status === 'found')).toBe(true);
    sealer = await rotateAndRetire(keyA, keyB);

    // Pause 2: while acting, after the first batches were done and before the last.
    await expect(executeRequest(deps(db, paused, sealer, 'batch:'), request.id)).rejects.toThrow(PAUSE);
    expect((await loadExecution(db, request.id))!.status).toBe('acting');
    const acting = await loadSteps(db, request.id);
    expect(acting.some((s) => s.nextBatch > 0)).toBe(true);
    expect(acting.some((s) => s.actOrder !== null && s.status !== 'done')).toBe(true);
    sealer = await rotateAndRetire(keyB, keyC);

    expect((await executeRequest(deps(db, paused, sealer), request.id)).status).toBe('done');
    expect(await demoStoreChecksum(paused)).toEqual(await demoStoreChecksum(calm));
    const report = await executionReport(db, sealer, request.id, NOW);
    expect(counts(report)).toEqual(counts(calmReport));
    expect(calmReport.execution!.totals.erased).toBeGreaterThan(10);
    expect(calmReport.execution!.totals.anonymised).toBeGreaterThan(0);
    expect(calmReport.execution!.totals.kept).toBeGreaterThan(0);
    // Finishing removed the working data; what stays is under the current key only.
    expect(Object.keys(await sealedKeyUsage(db))).toEqual([keyIdOf(keyC)]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  }, 600_000);
});
