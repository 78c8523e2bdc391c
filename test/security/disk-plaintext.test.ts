import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBreachInput } from '../../src/breach/incident.js';
import { recordBreach } from '../../src/breach/store.js';
import { openConnector } from '../../src/connectors/open.js';
import { createSealer } from '../../src/crypto/sealed.js';
import { loadDatamapFile } from '../../src/datamap/load.js';
import type { Datamap } from '../../src/datamap/schema.js';
import { executeRequest } from '../../src/dsr/execute.js';
import { submitRequest } from '../../src/dsr/intake.js';
import { senderFromPolicy } from '../../src/dsr/letters.js';
import { approve, verify } from '../../src/dsr/request.js';
import { transitionRequest } from '../../src/dsr/store.js';
import { demoDatamapPath, demoPolicyPath } from '../../src/paths.js';
import { scanText } from '../../src/pii/scan.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/schema.js';
import { bindRetention } from '../../src/retention/bind.js';
import { addHold } from '../../src/retention/holds.js';
import type { Db } from '../../src/store/db.js';
import { openStore } from '../../src/store/open.js';
import { type DemoPerson, pickPerson } from '../helpers/demo-people.js';
import { type DemoStore, freshDemoStore } from '../helpers/demo-store.js';
import { postgresAvailable } from '../helpers/store.js';

/**
 * Issue 9's disk proof: after a complete data-subject request on the embedded store (PGlite with
 * its data directory on disk), no personal value lies in plaintext in any file of that directory —
 * tables, indexes, WAL segments, catalogs.
 *
 * Excluded by design: the CloudAware customer store itself (a separate PostgreSQL database here).
 * The data map declares it as where the customer's data belongs; the request reads from it and
 * erases in it, but it is not Grondslag's store.
 *
 * The scan reads every file's bytes twice — as raw bytes (latin1, one char per byte) and as UTF-8 —
 * keeps the printable runs, and looks for (a) the exact values submitted, in their usual spellings,
 * and (b) anything the PII engine finds of type email, phone, iban or bsn. Nothing is decompressed:
 * PGlite writes pages and WAL as they are.
 */

const NOW = new Date('2026-06-15T00:00:00Z');
const IBAN = 'NL91ABNA0417164300';
const STREET = 'Keizersgracht 123';

/** Every regular file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * The printable runs (at least 4 characters) of a file's bytes, read as raw bytes and as UTF-8.
 * Runs hold letters, digits, punctuation and spaces: what a value written in plaintext looks like.
 */
function printableRuns(bytes: Buffer): string[] {
  const runs: string[] = [];
  for (const text of [bytes.toString('latin1'), bytes.toString('utf8')]) {
    for (const m of text.matchAll(/[\p{L}\p{N}\p{P}\p{S} ]{4,}/gu)) runs.push(m[0]);
  }
  return runs;
}

interface Finding {
  file: string;
  /** `exact` for a submitted value, else the PII type. */
  type: string;
  text: string;
}

/**
 * Every submitted value (case-insensitive) and every e-mail, phone, IBAN or BSN the PII engine
 * finds in the printable runs of every file under `dir`.
 */
function scanDataDir(dir: string, exact: string[]): Finding[] {
  const found: Finding[] = [];
  for (const path of filesUnder(dir)) {
    if (statSync(path).size === 0) continue;
    const runs = printableRuns(readFileSync(path));
    const file = relative(dir, path);
    const haystack = runs.join('\n').toLowerCase();
    for (const value of exact) {
      if (haystack.includes(value.toLowerCase())) found.push({ file, type: 'exact', text: value });
    }
    // Only runs that could hold an e-mail, phone, IBAN or BSN: each needs a digit or an @.
    const candidates = runs.filter((r) => /[\d@]/.test(r)).join('\n');
    for (const f of scanText(candidates, { types: ['email', 'phone', 'iban', 'bsn'] })) {
      found.push({ file, type: f.type, text: candidates.slice(f.start, f.end) });
    }
  }
  return found;
}

/** The spellings a stored phone number could take: E.164, without plus, national, with a dash. */
function phoneForms(e164: string): string[] {
  const national = `0${e164.replace(/^\+31/, '')}`;
  return [e164, e164.slice(1), national, `${national.slice(0, 2)}-${national.slice(2)}`];
}

describe.skipIf(!postgresAvailable)('no plaintext personal data in the platform’s data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'grondslag-disk-scan-'));
  let demo: DemoStore;
  let person: DemoPerson;
  let customerNumber: string;
  let policy: Policy;
  let datamap: Datamap;

  beforeAll(async () => {
    demo = await freshDemoStore('postgres', { customers: 60, now: NOW });
    person = await pickPerson(demo, NOW);
    const [c] = await demo.sql<{ customer_number: string }>(
      'select customer_number from customers where id = ?',
      [person.id],
    );
    customerNumber = c!.customer_number;
    policy = (await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml')).policy;
    datamap = (await loadDatamapFile(demoDatamapPath)).datamap;

    // The key stays in memory: the scan is about what the store's files reveal without it.
    const sealer = createSealer(randomBytes(32));
    const db = await openStore({ dataDir });
    try {
      const dsr = {
        db,
        sealer,
        clock: () => NOW,
        sender: senderFromPolicy(policy),
        publicUrl: 'http://127.0.0.1:3000',
      };
      const identity = { email: person.email, phone: person.phone, customerNumber };
      const text =
        `Ik ben ${person.firstName} ${person.lastName}, ${STREET}, 1015 CJ Amsterdam. ` +
        `Mijn rekeningnummer is ${IBAN}. Graag inzage en daarna verwijdering.`;
      const execution = {
        db,
        sealer,
        policy,
        datamap,
        openSystem: (name: string) => openConnector(name, demo.systems[name]!),
        clock: () => NOW,
        piiKey: 'disk scan test key',
      };
      for (const type of ['access', 'erasure'] as const) {
        const { request } = await submitRequest(dsr, {
          details: { type },
          identity,
          channel: 'portal',
          language: 'nl',
          text,
          subject: `Verzoek van ${person.firstName} ${person.lastName}`,
          actor: 'person',
          receivedAt: NOW,
        });
        await transitionRequest(db, sealer, request.id, (r) => verify(r, { method: 'email_code' }, NOW));
        await transitionRequest(db, sealer, request.id, (r) => approve(r, { by: 'user:test' }, NOW));
        const exec = await executeRequest(execution, request.id);
        expect(exec.status).toBe('done');
        // What each kind leaves behind exists, so the scan covers it.
        if (type === 'access') {
          const { rows } = await db.query('select 1 from grondslag.dsr_package where request_id = $1', [
            request.id,
          ]);
          expect(rows).toHaveLength(1);
        } else {
          expect(exec.outcome?.certificate).toBeDefined();
        }
      }

      await addHold(
        db,
        sealer,
        bindRetention(policy, datamap),
        datamap,
        {
          reference: 'OM-2026-0412',
          authority: 'Officier van Justitie, Den Haag',
          issuedOn: '2026-06-01',
          expiresOn: '2026-12-01',
          identity: { kind: 'phone', value: person.phone },
        },
        { actor: 'cli', now: NOW },
      );
      await recordBreach(
        { transaction: (f) => db.transaction(f), sealer, now: () => NOW, actor: 'cli' },
        checkBreachInput({
          awareAt: '2026-06-14 09:00',
          description: `Laptop of ${person.firstName} ${person.lastName} (${person.email}) stolen`,
          categories: ['email'],
        }),
        { telecom: true },
      );
    } finally {
      // Closing flushes and checkpoints: the scan sees what stays on disk.
      await db.close();
    }
  }, 300_000);

  afterAll(async () => {
    await demo?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds neither the submitted values nor anything the PII engine recognises', async () => {
    expect(filesUnder(dataDir).some((f) => relative(dataDir, f).startsWith('pg_wal'))).toBe(true);
    const found = scanDataDir(dataDir, submittedValues());
    // The schema's own CHECK constraints hold their string literals as byte lists ('dpo' is
    // "100 112 111"), which read like phone numbers; a freshly migrated store has them too, so
    // findings whose text also occurs there are not the request's.
    const baseline = new Set((await scanFreshStore()).map((f) => f.text));
    expect(found.filter((f) => !baseline.has(f.text))).toEqual([]);
  });

  it('does find a value stored in plaintext (the scan can see through pages and the WAL)', async () => {
    const found = await scanFreshStore(async (db) => {
      await db.query('create table public.control (t text)');
      await db.query('insert into public.control values ($1), ($2)', [person.email, `IBAN ${IBAN}`]);
    });
    const texts = found.map((f) => f.text);
    expect(texts).toContain(person.email);
    expect(texts).toContain(IBAN);
  });

  function submittedValues(): string[] {
    return [
      person.email,
      ...phoneForms(person.phone),
      customerNumber,
      IBAN,
      `${person.firstName} ${person.lastName}`,
      STREET,
    ];
  }

  /** Scans a freshly migrated store, after `fill` if given, closed as the request's store was. */
  async function scanFreshStore(fill?: (db: Db) => Promise<void>): Promise<Finding[]> {
    const dir = mkdtempSync(join(tmpdir(), 'grondslag-disk-scan-fresh-'));
    try {
      const db = await openStore({ dataDir: dir });
      try {
        await fill?.(db);
      } finally {
        await db.close();
      }
      return scanDataDir(dir, submittedValues());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
