import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { cli } from './helpers/retention-demo.js';

/**
 * `grondslag retention bindings` on the built-in demo and on data maps that cannot be enforced as
 * they are; the exit code is what CI keys on.
 */

const dir = mkdtempSync(join(tmpdir(), 'grondslag-retention-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const policy = new URL('../examples/cloudaware/policy.yaml', import.meta.url).pathname;
const datamap = new URL('../examples/cloudaware/datamap.yaml', import.meta.url).pathname;

/** A configuration using the CloudAware policy and the demo data map with `edits` applied. */
function configWith(name: string, edits: Record<string, unknown>): string {
  const doc = parseDocument(readFileSync(datamap, 'utf8'));
  for (const [path, value] of Object.entries(edits)) {
    if (value === undefined) doc.deleteIn(path.split('|'));
    else doc.setIn(path.split('|'), doc.createNode(value));
  }
  const map = join(dir, `${name}.datamap.yaml`);
  writeFileSync(map, doc.toString());
  const file = join(dir, `${name}.config.yaml`);
  writeFileSync(file, `policy: ${JSON.stringify(policy)}\ndatamap: ${JSON.stringify(map)}\n`);
  return file;
}

describe('grondslag retention bindings', () => {
  it('shows every rule of the demo bound, with its clocks, and exits 0', async () => {
    const r = await cli(['retention', 'bindings'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('telecom_traffic  P1Y from collected, delete, legal holds extend it');
    expect(r.stdout).toMatch(
      /cloudaware\.payments +clock contracts\.ended_at \(via invoice_id → invoices\.id, contract_id → contracts\.id\)/,
    );
    expect(r.stdout).toMatch(/weblogs\.access\.log +clock time +delete lines, remove rotated files/);
    expect(r.stdout).not.toMatch(/^(error|warning) /m);
  });

  it('warns about a rule bound to nothing and the category it leaves ungoverned, still exit 0', async () => {
    const config = configWith('unbound', {
      'systems|cloudaware|collections|website_statistics|retention': undefined,
    });
    const r = await cli(['retention', 'bindings', '--json', '--config', config], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { unboundRules: string[]; unboundCategories: { category: string }[] };
    expect(out.unboundRules).toEqual(['website_statistics']);
    expect(out.unboundCategories.map((c) => c.category)).toEqual(['website_activity']);
  });

  it('exits 1 when a binding cannot be swept, naming why', async () => {
    const config = configWith('broken', {
      'systems|cloudaware|collections|customers|retention|clock': {
        collection: 'contracts',
        field: 'ended_at',
      },
    });
    const r = await cli(['retention', 'bindings', '--config', config], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^error RETENTION_CLOCK_IN_SWEPT_CHILDREN cloudaware\.customers takes its clock from contracts/m,
    );
    // And the sweep refuses to start on it: unusable input, exit 2.
    const run = await cli(['retention', 'run', '--config', config], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('RETENTION_BINDINGS_INVALID');
  });
});
