import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { datamapJsonSchema } from '../src/datamap/schema.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { runCliCaptured } from './helpers/cli.js';

/**
 * `grondslag datamap validate` and `datamap schema`, in-process. Without a configuration file the
 * built-in demo is used: its data map is examples/cloudaware/datamap.yaml.
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'grondslag-datamap-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const example = readFileSync(demoDatamapPath, 'utf8');

async function cli(argv: string[], cwd = scratch) {
  return runCliCaptured(argv, { cwd });
}

function write(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('grondslag datamap validate', () => {
  it('accepts the demo map by default and says what it holds', async () => {
    const { code, stdout } = await cli(['datamap', 'validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /datamap\.yaml: valid \(2 systems, 13 collections, \d+ fields, \d+ identity fields, 11 references\)\n$/,
    );
  });

  it('--json prints one document with the summary', async () => {
    const { code, stdout } = await cli(['datamap', 'validate', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      valid: true,
      warnings: [],
      summary: { systems: 2, collections: 13, references: 11 },
    });
    expect(report.file).toBe(demoDatamapPath);
  });

  it('exits 2 on a typo and names file:line:col with a suggestion', async () => {
    const file = write(
      'typo.yaml',
      example.replace(
        '        primaryKey: [id]\n        retention: { rule: telecom_traffic',
        '        primaryKy: [id]\n        retention: { rule: telecom_traffic',
      ),
    );
    const line = example
      .slice(0, example.indexOf('        primaryKey: [id]\n        retention: { rule: telecom_traffic'))
      .split('\n').length;
    const { code, stdout, stderr } = await cli(['datamap', 'validate', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}:${line}:9: unknown key "primaryKy" (did you mean "primaryKey"?)`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a category the policy does not define, with --json as one error document', async () => {
    const file = write('category.yaml', example.replace('categories: [bank_account]', 'categories: [iban]'));
    const { code, stdout } = await cli(['datamap', 'validate', file, '--json']);
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout);
    expect(error.code).toBe('DATAMAP_UNKNOWN_CATEGORY');
    expect(error.details[0]).toMatchObject({
      location: { file, line: expect.any(Number), column: expect.any(Number) },
      message: expect.stringContaining('"iban" is not a data category of the policy'),
    });
  });

  it('checks against --policy instead of the configured policy', async () => {
    const policy = write(
      'policy.yaml',
      readFileSync(demoPolicyPath, 'utf8').replaceAll('website_statistics', 'site_statistics'),
    );
    const { code, stderr } = await cli(['datamap', 'validate', '--policy', policy]);
    expect(code).toBe(2);
    expect(stderr).toContain('"website_statistics" is not a retention rule of the policy');
  });

  it('warns, and still succeeds, when a system of the map is not in the configuration', async () => {
    const dir = mkdtempSync(join(scratch, 'config-'));
    writeFileSync(
      join(dir, 'grondslag.config.yaml'),
      `policy: ${demoPolicyPath}\ndatamap: ${demoDatamapPath}\nsystems:\n  cloudaware: { type: postgres, url: "postgres://db/cloudaware" }\n`,
    );
    const { code, stdout } = await cli(['datamap', 'validate'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /datamap\.yaml:\d+:3 warning DATAMAP_UNKNOWN_SYSTEM system "weblogs" is not in the configuration's systems/,
    );
    expect(stdout).toContain('1 warning');
  });

  it('exits 2 when no data map is given or configured', async () => {
    const dir = mkdtempSync(join(scratch, 'nomap-'));
    writeFileSync(join(dir, 'grondslag.config.yaml'), `policy: ${demoPolicyPath}\n`);
    const { code, stderr } = await cli(['datamap', 'validate'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('DATAMAP_NOT_CONFIGURED');
  });
});

describe('grondslag datamap schema', () => {
  // Editors validate data maps against the checked-in copy (the example's yaml-language-server line
  // points at it), so it must be what the code accepts.
  it('schema/datamap.schema.json is exactly what the CLI prints', async () => {
    const { code, stdout } = await cli(['datamap', 'schema'], repoRoot);
    expect(code).toBe(0);
    expect(readFileSync(join(repoRoot, 'schema', 'datamap.schema.json'), 'utf8')).toBe(stdout);
    expect(JSON.parse(stdout)).toEqual(datamapJsonSchema());
    expect(example).toContain('# yaml-language-server: $schema=../../schema/datamap.schema.json');
  });

  it('describes identity kinds and erasure actions for editors', () => {
    const text = JSON.stringify(datamapJsonSchema());
    for (const word of ['customer_id', 'ip_address', 'delete_row', 'nullify', 'hmac', 'foreign_key']) {
      expect(text).toContain(`"${word}"`);
    }
  });
});
