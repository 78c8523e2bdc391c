import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/records.js';
import { createSealer, type Sealer } from '../src/crypto/sealed.js';
import type { ExecutionReport } from '../src/dsr/execution-report.js';
import { submitRequest } from '../src/dsr/intake.js';
import { senderFromPolicy } from '../src/dsr/letters.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import type { Policy } from '../src/policy/schema.js';
import { runCliCaptured } from './helpers/cli.js';
import { type DemoPerson, pickPerson } from './helpers/demo-people.js';
import { type DemoStore, freshDemoStore } from './helpers/demo-store.js';
import { approvedRequest } from './helpers/dsr-requests.js';
import { freshPostgres, postgresAvailable } from './helpers/store.js';

/** `grondslag dsr run`, `dsr show` and `dsr export`, in-process through `runCli`. */

const NOW = new Date('2026-06-15T00:00:00Z');

describe.skipIf(!postgresAvailable)('grondslag dsr run / show / export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-cli-'));
  const secretKey = randomBytes(32).toString('hex');
  const env = { ...process.env, GRONDSLAG_SECRET_KEY: secretKey, GRONDSLAG_PII_KEY: 'cli test key' };
  let own: Awaited<ReturnType<typeof freshPostgres>>;
  let demo: DemoStore;
  let person: DemoPerson;
  let config: string;
  let sealer: Sealer;
  let policy: Policy;

  beforeAll(async () => {
    own = await freshPostgres();
    demo = await freshDemoStore('postgres', { customers: 100, now: NOW });
    person = await pickPerson(demo, NOW);
    config = join(dir, 'grondslag.config.yaml');
    writeFileSync(
      config,
      JSON.stringify({
        policy: demoPolicyPath,
        datamap: demoDatamapPath,
        store: { url: own.url },
        systems: demo.systems,
      }),
    );
    sealer = createSealer(Buffer.from(secretKey, 'hex'));
    policy = (await loadPolicyFile(demoPolicyPath)).policy;
  }, 300_000);

  afterAll(async () => {
    await own?.drop();
    await demo?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...argv: string[]) {
    return runCliCaptured([...argv, '--config', config], { cwd: dir, env, stdin: process.stdin });
  }

  it('refuses to execute a request nobody approved, with exit code 2', async () => {
    const { request } = await submitRequest(
      {
        db: own.db,
        sealer,
        clock: () => NOW,
        sender: senderFromPolicy(policy),
        publicUrl: 'http://127.0.0.1',
      },
      {
        details: { type: 'access' },
        identity: { email: 'someone@example.org' },
        channel: 'cli',
        language: 'nl',
        actor: 'cli',
      },
    );
    const r = await cli('dsr', 'run', request.reference);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('only an approved request');
    expect(r.stderr).toContain(`grondslag dsr approve ${request.reference}`);
    expect((await cli('dsr', 'show', request.reference, '--json')).stdout).toContain('"execution": null');
  });

  it('runs an access request, shows it, and exports the package', async () => {
    const request = await approvedRequest(own.db, sealer, policy, {
      details: { type: 'access' },
      identity: { email: person.email },
    });
    const run = await cli('dsr', 'run', request.reference, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ExecutionReport;
    expect(report.request).toMatchObject({
      reference: request.reference,
      status: 'in_progress',
      dueAt: request.dueAt.toISOString(),
    });
    expect(report.execution?.status).toBe('done');
    expect(report.execution?.collections.find((c) => c.collection === 'customers')).toMatchObject({
      found: 1,
      erased: 0,
    });
    // Progress went to stderr, one line per committed unit; stdout was the one JSON document.
    expect(run.stderr).toContain('dsr run: finished');

    const shown = JSON.parse((await cli('dsr', 'show', request.id, '--json')).stdout) as ExecutionReport;
    expect(shown.execution?.totals).toEqual(report.execution?.totals);

    const zip = join(dir, 'inzage.zip');
    const exported = await cli('dsr', 'export', request.reference, '--out', zip);
    expect(exported.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      collections: { collection: string; rows: number }[];
    };
    expect(manifest.collections.find((c) => c.collection === 'customers')?.rows).toBe(1);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['report.html', 'report.pdf', 'data/cloudaware/customers.csv']),
    );
    // Taking the person's data out of the store is on the record.
    const audit = await listAudit(own.db, { limit: 20 });
    expect(audit.find((e) => e.action === 'dsr.exported')).toMatchObject({
      actor: 'cli',
      subjectId: request.id,
      data: { kind: 'access' },
    });
  }, 120_000);

  it('runs an erasure and exports its certificate; show says what was kept and why', async () => {
    const request = await approvedRequest(own.db, sealer, policy, {
      details: { type: 'erasure' },
      identity: { email: person.email },
    });
    expect((await cli('dsr', 'run', request.reference)).code).toBe(0);
    const shown = await cli('dsr', 'show', request.reference);
    expect(shown.stdout).toMatch(
      /kept \d+ in cloudaware\.invoices: tax_record \(GDPR Art\. 17\(3\)\(b\); AWR art\. 52/,
    );
    expect(shown.stdout).toMatch(/cloudaware\.support_messages\s+\d+\s+\d+/);

    const zip = join(dir, 'certificate.zip');
    expect((await cli('dsr', 'export', request.reference, '--out', zip)).code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const cert = JSON.parse(strFromU8(files['certificate.json']!)) as {
      reference: string;
      totals: { erased: number };
    };
    expect(cert.reference).toBe(request.reference);
    expect(cert.totals.erased).toBeGreaterThan(0);
    const page = strFromU8(files['certificate.html']!);
    expect(page).toContain('Verklaring van verwijdering');
    expect(page).toContain('AWR art. 52');
    expect(page).not.toContain(person.email);
  }, 120_000);
});
