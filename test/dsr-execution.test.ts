import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.js';
import { openConnector } from '../src/connectors/open.js';
import { createSealer, type Sealer } from '../src/crypto/sealed.js';
import { loadDatamapFile } from '../src/datamap/load.js';
import type { Datamap } from '../src/datamap/schema.js';
import type { ErasureCertificate } from '../src/dsr/certificate.js';
import { type ExecutionDeps, executeRequest } from '../src/dsr/execute.js';
import { executionReport } from '../src/dsr/execution-report.js';
import { loadSteps } from '../src/dsr/execution-store.js';
import type { PackageManifest } from '../src/dsr/package/build.js';
import { loadPackage } from '../src/dsr/package/package-store.js';
import { complete } from '../src/dsr/request.js';
import { isRestricted, restrictedKeys } from '../src/dsr/restriction.js';
import { transitionRequest } from '../src/dsr/store.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { scanText } from '../src/pii/scan.js';
import { loadPolicyFile } from '../src/policy/load.js';
import type { Policy } from '../src/policy/schema.js';
import type { Db } from '../src/store/db.js';
import {
  addSimilarPerson,
  type DemoPerson,
  groundTruth,
  pickPerson,
  type SimilarPerson,
  taxCutoff,
} from './helpers/demo-people.js';
import { type DemoStore, demoEngines, freshDemoStore, logLines, remoteAddr } from './helpers/demo-store.js';
import { approvedRequest } from './helpers/dsr-requests.js';
import { freshPglite } from './helpers/store.js';

/**
 * Data-subject requests carried out end to end on the CloudAware demo store (the generator of
 * src/demo/cloudaware, 200 customers) in PostgreSQL and MariaDB, with its web-server logs. Every
 * expectation about whose rows are found comes from hand-written SQL over the same store
 * (test/helpers/demo-people.ts), never from the code under test.
 */

const NOW = new Date('2026-06-15T00:00:00Z');
const CUTOFF = taxCutoff(NOW);

describe.each(demoEngines)(
  'data-subject requests on the CloudAware demo store in $engine',
  ({ engine, available }) => {
    let demo: DemoStore;
    let db: Db;
    let sealer: Sealer;
    let policy: Policy;
    let datamap: Datamap;
    let person: DemoPerson;
    let similar: SimilarPerson;

    beforeAll(async () => {
      if (!available) return;
      demo = await freshDemoStore(engine, { customers: 200, now: NOW });
      person = await pickPerson(demo, NOW);
      similar = await addSimilarPerson(demo, person);
      db = await freshPglite();
      sealer = createSealer(randomBytes(32));
      policy = (await loadPolicyFile(demoPolicyPath)).policy;
      datamap = (await loadDatamapFile(demoDatamapPath)).datamap;
    }, 300_000);

    afterAll(async () => {
      await db?.close();
      await demo?.drop();
    });

    const deps = (): ExecutionDeps => ({
      db,
      sealer,
      policy,
      datamap,
      openSystem: (name) => openConnector(name, demo.systems[name]!),
      clock: () => NOW,
      piiKey: 'a test key for hmac pseudonyms',
      // Small batches, so that every collection is acted on in several of them.
      batchSize: 3,
    });

    const rowsOf = async (table: string, key: string, ids: number[]) =>
      ids.length === 0
        ? []
        : demo.sql(
            `select * from ${table} where ${key} in (${ids.map(() => '?').join(', ')}) order by ${key}`,
            ids,
          );

    it.skipIf(!available)(
      'access finds exactly the person’s rows in every table and log file — none of a similar person’s — and answers Art. 15',
      async () => {
        const truth = await groundTruth(demo, person);
        const request = await approvedRequest(db, sealer, policy, {
          details: { type: 'access' },
          // The address as the person typed it, and someone else's number next to it: a code to the
          // address proves the address only, so the number must not lead to anyone's call records.
          identity: { email: person.email.toUpperCase(), phone: similar.phone },
          now: NOW,
        });
        const exec = await executeRequest(deps(), request.id);
        expect(exec.status).toBe('done');

        const pkg = await loadPackage(db, sealer, request.id);
        const files = unzipSync(new Uint8Array(pkg.zip));
        const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as PackageManifest;
        expect(manifest.requestId).toBe(request.id);
        const data = (collection: string) => {
          const entry = manifest.collections.find((c) => c.collection === collection);
          return entry ? (JSON.parse(strFromU8(files[entry.json.path]!)) as Record<string, unknown>[]) : [];
        };
        for (const [table, ids] of Object.entries(truth.ids)) {
          const key = table === 'marketing_preferences' ? 'customer_id' : 'id';
          expect(
            data(table)
              .map((r) => Number(r[key]))
              .sort((a, b) => a - b),
            table,
          ).toEqual(ids);
        }
        const lines = data('access.log');
        expect(lines).toHaveLength(truth.logLines);
        expect(truth.logLines).toBeGreaterThan(0);
        expect(new Set(lines.map((l) => l.remote_addr))).toEqual(
          new Set(person.ips.filter((ip) => lines.some((l) => l.remote_addr === ip))),
        );
        expect(truth.ids.call_records!.length).toBeGreaterThan(0);

        // Nothing of the similar person, in any file.
        const everything = Object.entries(files)
          .filter(([p]) => p.endsWith('.json') || p.endsWith('.csv'))
          .map(([, b]) => strFromU8(b))
          .join('\n');
        expect(everything).not.toContain(similar.email);
        expect(everything).not.toContain(similar.phone);
        expect(everything).not.toContain(`"${similar.ip}"`);

        // The manifest's checksums are those of the files, and every collection has JSON and CSV.
        const { createHash } = await import('node:crypto');
        for (const c of manifest.collections) {
          expect(createHash('sha256').update(files[c.json.path]!).digest('hex')).toBe(c.json.sha256);
          expect(strFromU8(files[c.csv.path]!).split('\r\n').filter(Boolean)).toHaveLength(c.rows + 1);
        }

        // Art. 15(4): the neighbour named in a message is blacked out; the person's own name and number stay.
        const bodies = data('support_messages').map((m) => String(m.body));
        const neighbour = bodies.find((b) => b.startsWith('Mijn buurman'))!;
        expect(neighbour).not.toContain('Pieter Bakker');
        expect(neighbour).not.toContain('41234567');
        expect(neighbour).toContain('<phone>');
        expect(neighbour).toContain('<person_name>');
        expect(bodies.find((b) => b.startsWith('Graag terugbellen'))).toBe(
          `Graag terugbellen op ${person.phone}. Groet, ${person.firstName} ${person.lastName}`,
        );
        expect(manifest.redactedTexts).toBeGreaterThan(0);

        // Art. 15(1)(a)–(h) in the person's language (Dutch), with the complaint to the AP although the policy omits it.
        const report = strFromU8(files['report.html']!);
        expect(report).toContain('<html lang="nl">');
        for (const heading of [
          'Waarvoor wij uw gegevens gebruiken',
          'Welke soorten gegevens',
          'Aan wie wij gegevens verstrekken',
          'Hoe lang wij de gegevens bewaren',
          'Uw rechten',
          'Autoriteit Persoonsgegevens',
          'Waar de gegevens vandaan komen',
          'Geautomatiseerde besluitvorming',
        ]) {
          expect(report).toContain(heading);
        }
        expect(report).toContain('Het afhandelen van uw betaling');
        expect(strFromU8(files['report.pdf']!.subarray(0, 5))).toBe('%PDF-');

        // Reading changed nothing.
        expect(await rowsOf('customers', 'id', [person.id])).toHaveLength(1);
      },
      180_000,
    );

    it.skipIf(!available)(
      'an access request stopped after its first recorded steps resumes from them and builds the same package',
      async () => {
        const identity = { email: similar.email };
        const contents = async (requestId: string) => {
          const files = unzipSync(new Uint8Array((await loadPackage(db, sealer, requestId)).zip));
          const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as PackageManifest;
          return manifest.collections.map((c) => ({ ...c, data: strFromU8(files[c.json.path]!) }));
        };
        const calm = await approvedRequest(db, sealer, policy, {
          details: { type: 'access' },
          identity,
          now: NOW,
        });
        expect((await executeRequest(deps(), calm.id)).status).toBe('done');
        await transitionRequest(db, sealer, calm.id, (r) => complete(r, { by: 'user:test' }, NOW));

        const request = await approvedRequest(db, sealer, policy, {
          details: { type: 'access' },
          identity,
          now: NOW,
        });
        const stop = 'stopped by the test';
        await expect(
          executeRequest(
            {
              ...deps(),
              onCommit: (unit) => {
                if (unit.startsWith('found:')) throw new Error(stop);
              },
            },
            request.id,
          ),
        ).rejects.toThrow(stop);
        // Some steps are recorded with the rows they read; the rest are read by the next run.
        const steps = await loadSteps(db, request.id);
        expect(steps.some((s) => s.status === 'found')).toBe(true);
        expect(steps.some((s) => s.status === 'pending')).toBe(true);
        expect((await executeRequest(deps(), request.id)).status).toBe('done');
        const resumed = await contents(request.id);
        expect(resumed.reduce((n, c) => n + c.rows, 0)).toBeGreaterThan(3);
        expect(resumed).toEqual(await contents(calm.id));
        await transitionRequest(db, sealer, request.id, (r) => complete(r, { by: 'user:test' }, NOW));
      },
      120_000,
    );

    it.skipIf(!available)(
      'erasure leaves tax records of the last seven years restricted, everything else gone or anonymised, and says so',
      async () => {
        const truth = await groundTruth(demo, person);
        const similarBefore: Record<string, unknown[]> = {};
        for (const [table, ids] of Object.entries(similar.ids))
          similarBefore[table] = await rowsOf(table, 'id', ids);
        const invoicesBefore = await rowsOf('invoices', 'id', truth.ids.invoices!);
        const paymentsBefore = await rowsOf('payments', 'id', truth.ids.payments!);
        const count = async (table: string) =>
          Number((await demo.sql<{ n: number }>(`select count(*) as n from ${table}`))[0]!.n);
        const totalsBefore: Record<string, number> = {};
        for (const table of Object.keys(truth.ids)) totalsBefore[table] = await count(table);
        const logsBefore = logLines(demo.logsDir).length;

        const request = await approvedRequest(db, sealer, policy, {
          details: { type: 'erasure' },
          identity: { email: person.email },
          now: NOW,
        });
        const exec = await executeRequest(deps(), request.id);
        expect(exec.status).toBe('done');

        // Tax records inside the period stay exactly as they were; older ones lose the name and address.
        const isRecent = (d: unknown) => new Date(d as string).toISOString().slice(0, 10) >= CUTOFF;
        const invoicesAfter = await rowsOf('invoices', 'id', truth.ids.invoices!);
        expect(invoicesAfter).toHaveLength(invoicesBefore.length);
        const recentPayments = new Set(
          paymentsBefore.filter((p) => isRecent(p.paid_at)).map((p) => Number(p.invoice_id)),
        );
        let keptInvoices = 0;
        for (const after of invoicesAfter) {
          const before = invoicesBefore.find((b) => Number(b.id) === Number(after.id))!;
          if (isRecent(before.issued_at) || recentPayments.has(Number(before.id))) {
            expect(after).toEqual(before);
            keptInvoices++;
          } else {
            expect(after.billing_name).toBe('<person_name>');
            expect(after.billing_address).not.toBe(before.billing_address);
            expect(after.amount).toEqual(before.amount);
          }
        }
        expect(keptInvoices).toBeGreaterThan(0);
        expect(keptInvoices).toBeLessThan(invoicesBefore.length);
        for (const after of await rowsOf('payments', 'id', truth.ids.payments!)) {
          const before = paymentsBefore.find((b) => Number(b.id) === Number(after.id))!;
          if (isRecent(before.paid_at)) expect(after).toEqual(before);
          else expect(String(after.iban ?? '')).not.toBe(String(before.iban ?? '') || 'none');
        }

        // The customer row stays, because kept invoices point at it, with nothing left that identifies them.
        const [customer] = await rowsOf('customers', 'id', [person.id]);
        expect(customer).toBeDefined();
        const identifiers = [person.email, person.firstName, person.lastName, person.phone, ...person.ips];
        const anonymised = [
          customer!,
          ...(await rowsOf('invoices', 'id', truth.ids.invoices!)).filter(
            (r) => r.billing_name === '<person_name>',
          ),
          ...(await rowsOf('payments', 'id', truth.ids.payments!)).filter((p) => !isRecent(p.paid_at)),
        ];
        for (const row of anonymised) {
          for (const [field, value] of Object.entries(row)) {
            if (
              typeof value !== 'string' ||
              ['customer_number', 'invoice_number', 'kind', 'method'].includes(field)
            )
              continue;
            for (const id of identifiers) expect(value.toLowerCase()).not.toContain(id.toLowerCase());
            const found = scanText(value).filter((f) =>
              ['email', 'phone', 'iban', 'person_name', 'ip_address'].includes(f.type),
            );
            expect(found, `${field}: ${value}`).toEqual([]);
          }
        }
        expect(customer!.email).toMatch(/^<email:[0-9a-f]{8}>$/);
        expect(customer!.date_of_birth).toBeNull();

        // Everything else of the person is gone, and nobody else's rows went with it.
        for (const table of [
          'contacts',
          'support_tickets',
          'support_messages',
          'web_sessions',
          'call_records',
          'location_records',
        ]) {
          expect(await rowsOf(table, 'id', truth.ids[table]!), table).toEqual([]);
          expect(await count(table), table).toBe(totalsBefore[table]! - truth.ids[table]!.length);
        }
        expect(await rowsOf('marketing_preferences', 'customer_id', [person.id])).toEqual([]);
        expect(await count('contracts')).toBe(totalsBefore.contracts);
        const lines = logLines(demo.logsDir);
        expect(lines.filter((l) => person.ips.includes(remoteAddr(l)))).toEqual([]);
        expect(lines).toHaveLength(logsBefore - truth.logLines);
        for (const [table, rows] of Object.entries(similarBefore)) {
          expect(await rowsOf(table, 'id', similar.ids[table]!), table).toEqual(rows);
        }
        expect(lines.some((l) => remoteAddr(l) === similar.ip)).toBe(true);

        // The certificate says what happened where, and why the kept rows were kept — without any value.
        const cert = exec.outcome!.certificate as ErasureCertificate;
        const of = (c: string) => cert.collections.find((x) => x.collection === c)!;
        expect(of('invoices').kept).toBe(keptInvoices);
        expect(of('invoices').keptFor).toEqual([
          expect.objectContaining({ reason: 'tax_record', rows: keptInvoices }),
        ]);
        expect(of('invoices').keptFor[0]!.article).toContain('AWR art. 52');
        expect(of('invoices').anonymised).toBe(invoicesBefore.length - keptInvoices);
        expect(of('support_messages').erased).toBe(truth.ids.support_messages!.length);
        expect(of('call_records').erased).toBe(truth.ids.call_records!.length);
        expect(of('access.log').erased).toBe(truth.logLines);
        expect(of('customers').anonymised).toBe(1);
        expect(cert.restricted).toBe(true);
        const certText = JSON.stringify(cert);
        for (const id of identifiers) expect(certText).not.toContain(id);

        // `dsr show` reads the same counts from the store.
        const report = await executionReport(db, sealer, request.reference, NOW);
        expect(report.execution?.status).toBe('done');
        expect(report.execution?.collections.find((c) => c.collection === 'invoices')?.kept).toBe(
          keptInvoices,
        );

        // The kept invoices are on the restriction list, by key, and so is the person.
        const restricted = await restrictedKeys(db, 'cloudaware', 'invoices');
        expect(restricted).toHaveLength(1);
        expect(restricted[0]!.values.map(Number).sort((a, b) => a - b)).toEqual(
          invoicesAfter
            .filter((r) => r.billing_name !== '<person_name>')
            .map((r) => Number(r.id))
            .sort((a, b) => a - b),
        );
        expect((await isRestricted(db, sealer, { email: person.email })).restricted).toBe(true);
        expect((await isRestricted(db, sealer, { email: similar.email })).restricted).toBe(false);

        // The audit log has every step with counts, the chain verifies, and no entry names the person.
        const { rows: audit } = await db.query<{ action: string; data: Record<string, unknown> }>(
          `select action, data from grondslag.audit_log where subject_id = $1 order by seq`,
          [request.id],
        );
        type StepFacts = {
          collection: string;
          found: number;
          erased: number;
          anonymised: number;
          kept: number;
        };
        const found = audit
          .filter((a) => a.action === 'dsr.execution_step' && a.data.phase === 'found')
          .flatMap((a) => a.data.steps as { collection: string; rows: number }[]);
        expect(found.map((f) => f.collection).sort()).toEqual(
          cert.collections.map((c) => c.collection).sort(),
        );
        const finished = audit.find((a) => a.action === 'dsr.execution_finished')!;
        expect(finished.data.erased).toBe(cert.totals.erased);
        expect(finished.data.kept).toBe(cert.totals.kept);
        const perStep = finished.data.steps as StepFacts[];
        for (const c of cert.collections) {
          const s = perStep.find((x) => x.collection === c.collection)!;
          expect([s.found, s.erased, s.anonymised, s.kept]).toEqual([
            c.found,
            c.erased,
            c.anonymised,
            c.kept,
          ]);
          expect(found.find((f) => f.collection === c.collection)!.rows).toBe(c.found);
        }
        const auditText = JSON.stringify(audit);
        for (const id of identifiers) expect(auditText).not.toContain(id);
        expect((await verifyAuditChain(db)).ok).toBe(true);

        // Running it again does nothing more.
        const again = await executeRequest(deps(), request.id);
        expect(again.finishedAt).toEqual(exec.finishedAt);
      },
      180_000,
    );
  },
);
