import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftFinding, DriftReport } from '../src/datamap/check.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { runCliCaptured } from './helpers/cli.js';
import { type DemoStore, demoEngines, freshDemoStore } from './helpers/demo-store.js';

/**
 * `grondslag datamap check` against the CloudAware demo store (the colleague's generator) in a
 * throw-away PostgreSQL database, with examples/cloudaware/datamap.yaml pointed at it through a test
 * configuration: clean on the store as generated, drift once the store changes under the map.
 */

async function cli(argv: string[], cwd: string) {
  return runCliCaptured(argv, { cwd });
}

const exampleMap = readFileSync(demoDatamapPath, 'utf8');
/** 1-based line of the first line of the example map containing `text`. */
const lineOf = (text: string) => exampleMap.split('\n').findIndex((l) => l.includes(text)) + 1;

/** Copies each contract's customer's e-mail address into a new, undeclared `contracts.email`. */
const copyEmails = {
  postgres: 'update contracts set email = c.email from customers c where c.id = contracts.customer_id',
  mariadb: 'update contracts join customers c on c.id = contracts.customer_id set contracts.email = c.email',
};

for (const { engine, available } of demoEngines)
  describe.skipIf(!available)(`grondslag datamap check on the demo store (${engine})`, () => {
    let store: DemoStore;
    let dir: string;

    beforeAll(async () => {
      store = await freshDemoStore(engine, {
        customers: 200,
        now: new Date('2026-06-01T00:00:00Z'),
        logDays: 5,
      });
      dir = mkdtempSync(join(tmpdir(), 'grondslag-datamap-check-'));
      const systems = Object.entries(store.systems)
        .map(([name, s]) => `  ${name}: { type: ${s.type}, url: ${JSON.stringify(s.url)} }`)
        .join('\n');
      writeFileSync(
        join(dir, 'grondslag.config.yaml'),
        `policy: ${JSON.stringify(demoPolicyPath)}\ndatamap: ${JSON.stringify(demoDatamapPath)}\nsystems:\n${systems}\n`,
      );
    }, 180_000);

    afterAll(async () => {
      await store?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('exits 0 on the demo store as its data map describes it', async () => {
      const { code, stdout } = await cli(['datamap', 'check', '--json'], dir);
      const report: DriftReport = JSON.parse(stdout);
      expect(report.findings).toEqual([]);
      expect(report.ok).toBe(true);
      expect(code).toBe(0);
      const text = await cli(['datamap', 'check'], dir);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/no drift/);
    }, 60_000);

    it('exits 1 and names an undeclared column once e-mail addresses are added to it', async () => {
      await store.sql('alter table contracts add column email text');
      await store.sql(copyEmails[engine]);
      const { code, stdout } = await cli(['datamap', 'check', '--json'], dir);
      expect(code).toBe(1);
      const report: DriftReport = JSON.parse(stdout);
      expect(report.ok).toBe(false);
      expect(report.findings).toHaveLength(1);
      const f = report.findings[0] as DriftFinding;
      expect(f).toMatchObject({
        kind: 'undeclared_personal_data',
        system: 'cloudaware',
        collection: 'contracts',
        field: 'email',
      });
      expect(f.evidence).toMatch(/^email in 100% of \d+ sampled values \(.*\*/);
      const [someone] = await store.sql<{ email: string }>('select email from contracts limit 1');
      expect(f.evidence).not.toContain(someone!.email);

      const text = await cli(['datamap', 'check'], dir);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(
        /undeclared_personal_data cloudaware\.contracts\.email holds personal data \(email\)/,
      );
    }, 60_000);

    it('reports a declared column that vanished, at its line in the data map', async () => {
      await store.sql('alter table call_records drop column cell_id');
      const { code, stdout } = await cli(['datamap', 'check', '--json'], dir);
      expect(code).toBe(1);
      const report: DriftReport = JSON.parse(stdout);
      const vanished = report.findings.filter((f) => f.kind === 'field_vanished');
      expect(vanished).toEqual([
        expect.objectContaining({ system: 'cloudaware', collection: 'call_records', field: 'cell_id' }),
      ]);
      // call_records.cell_id is the first `cell_id:` line of the map; location_records' comes later.
      expect(vanished[0]?.location).toBe(`${demoDatamapPath}:${lineOf('cell_id:')}:11`);
    }, 60_000);

    it('reports categories the policy never mentions and retention rules bound to nothing', async () => {
      const edited = exampleMap
        .replace(
          'email: { type: text, categories: [email], identity: email }',
          'email: { type: text, categories: [e_mail], identity: email }',
        )
        .replace(/^ *retention: \{ rule: website_statistics, clock: day \}\n/m, '');
      expect(edited).not.toBe(exampleMap);
      writeFileSync(join(dir, 'edited.yaml'), edited);
      const { code, stdout } = await cli(['datamap', 'check', 'edited.yaml', '--json'], dir);
      expect(code).toBe(1);
      const report: DriftReport = JSON.parse(stdout);
      expect(report.findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'unknown_category',
            collection: 'contacts',
            field: 'email',
            category: 'e_mail',
          }),
          expect.objectContaining({ kind: 'rule_unbound', rule: 'website_statistics' }),
        ]),
      );
      const unknown = report.findings.find((f) => f.kind === 'unknown_category');
      expect(unknown?.message).toMatch(/did you mean "email"/);
    }, 60_000);

    it('exits 2 on a malformed data map, naming file:line:col', async () => {
      writeFileSync(join(dir, 'broken.yaml'), exampleMap.replace('primaryKey: [id]', 'primaryKee: [id]'));
      const { code, stderr } = await cli(['datamap', 'check', 'broken.yaml'], dir);
      expect(code).toBe(2);
      expect(stderr).toMatch(/broken\.yaml:\d+:\d+/);
      expect(stderr).toMatch(/primaryKee/);
    });
  });
