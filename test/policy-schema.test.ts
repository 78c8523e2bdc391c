import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../src/policy/schema.js';
import { runCliCaptured } from './helpers/cli.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const checkedIn = fileURLToPath(new URL('../schema/policy.schema.json', import.meta.url));

async function schemaCommand(argv: string[]) {
  return runCliCaptured(['policy', 'schema', ...argv], { cwd: repoRoot });
}

describe('the policy JSON Schema', () => {
  it('grondslag policy schema prints one JSON Schema document describing the activities', async () => {
    const { code, stdout } = await schemaCommand([]);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.activities.type).toBe('array');
    expect(schema.required).toContain('activities');
  });

  // Editors validate policy files against the checked-in copy (the example's yaml-language-server
  // line points at it), so it must be what the code accepts. Regenerate with `npm run schema`.
  it('schema/policy.schema.json is exactly what the CLI prints', async () => {
    const { stdout } = await schemaCommand([]);
    expect(readFileSync(checkedIn, 'utf8')).toBe(stdout);
    expect(JSON.parse(stdout)).toEqual(policyJsonSchema());
  });

  it('is the file the CloudAware example refers its editor to', () => {
    const example = readFileSync(new URL('../examples/cloudaware/policy.yaml', import.meta.url), 'utf8');
    expect(example).toContain('# yaml-language-server: $schema=../../schema/policy.schema.json');
  });
});
