import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintRules } from '../src/policy/lint/rules.js';
import { runCliCaptured } from './helpers/cli.js';
import { policyFiles, policyTextWith } from './helpers/policy-variants.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'grondslag-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[], cwd = repoRoot) {
  return runCliCaptured(argv, { cwd });
}

function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('grondslag policy lint', () => {
  it('exits 1 on the CloudAware example and prints one JSON report', async () => {
    const { code, stdout, stderr } = await cli([
      'policy',
      'lint',
      'examples/cloudaware/policy.yaml',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['file', 'findings', 'summary']);
    expect(report.file).toBe('examples/cloudaware/policy.yaml');
    expect(Object.keys(report.summary).sort()).toEqual(['error', 'info', 'warning']);
    expect(report.summary.error).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['article', 'location', 'message', 'path', 'rule', 'severity']);
      expect(Object.keys(f.location).sort()).toEqual(['column', 'file', 'line']);
    }
    const restriction = report.findings.find((f: { rule: string }) => f.rule === 'rights-missing');
    expect(restriction).toMatchObject({
      severity: 'error',
      path: 'rights.offered',
      article: 'GDPR Art. 13(2)(b)',
    });
  });

  it('prints file:line:col severity rule message (article) per finding, then a summary', async () => {
    const { code, stdout } = await cli(['policy', 'lint', 'examples/cloudaware/policy.yaml']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const findingLines = lines.slice(0, -1);
    for (const line of findingLines) {
      expect(line).toMatch(
        /^examples\/cloudaware\/policy\.yaml:\d+:\d+ (error|warning|info) [a-z0-9-]+ .+ \(.+\)$/,
      );
    }
    const complaint = findingLines.find((l) => l.includes(' complaint-right-missing '));
    const yaml = readFileSync(policyFiles.example, 'utf8').split('\n');
    const line = Number(/:(\d+):/.exec(complaint ?? '')?.[1]);
    expect(yaml[line - 1]).toContain('complaint: unstated');
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^examples/cloudaware/policy\\.yaml: ${findingLines.length} findings \\(\\d+ errors?, \\d+ warnings?, \\d+ info\\)$`,
      ),
    );
  });

  it('lints the configured policy (the CloudAware demo) when no FILE is given', async () => {
    const { code, stdout } = await cli(['policy', 'lint', '--json'], scratch);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).file).toMatch(/examples[/\\]cloudaware[/\\]policy\.yaml$/);
  });

  it('exits 0 on the compliant fixture', async () => {
    const { code, stdout } = await cli(['policy', 'lint', 'test/fixtures/policy-compliant.yaml']);
    expect(code).toBe(0);
    expect(stdout).toBe('test/fixtures/policy-compliant.yaml: no findings\n');
  });

  it('exits 0 when the findings are warnings only, and still prints them', async () => {
    const text = policyTextWith('compliant', { 'security.measures': [] });
    const file = scratchFile('warnings-only.yaml', text);
    const { code, stdout } = await cli(['policy', 'lint', file, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['security-measures-missing']);
    expect(report.summary).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it('exits 2 on a malformed policy, naming file:line:col', async () => {
    const file = scratchFile('broken.yaml', 'version: 1\nmeta: [unclosed\n');
    const { code, stdout, stderr } = await cli(['policy', 'lint', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/broken\.yaml:\d+:\d+/);
  });

  it('exits 2 with a JSON error on a policy that breaks the schema', async () => {
    const text = policyTextWith('compliant', { 'activities.0.legalBasis': 'contrat' });
    const file = scratchFile('invalid.yaml', text);
    const { code, stdout } = await cli(['policy', 'lint', file, '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('POLICY_INVALID');
  });

  it('exits 2 when the file does not exist', async () => {
    const { code, stderr } = await cli(['policy', 'lint', join(scratch, 'missing.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
  });
});

describe('grondslag policy rules', () => {
  it('lists every rule with id, severity, article and title as JSON', async () => {
    const { code, stdout } = await cli(['policy', 'rules', '--json']);
    expect(code).toBe(0);
    const { rules } = JSON.parse(stdout);
    expect(rules.map((r: { id: string }) => r.id)).toEqual(lintRules.map((r) => r.id));
    expect(rules.find((r: { id: string }) => r.id === 'national-id-without-statutory-basis')).toEqual({
      id: 'national-id-without-statutory-basis',
      severity: 'error',
      article: 'UAVG art. 46',
      title: expect.stringContaining('BSN'),
    });
  });

  it('prints one line per rule for people', async () => {
    const { code, stdout } = await cli(['policy', 'rules']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(lintRules.length);
    expect(lines.find((l) => l.startsWith('complaint-right-missing '))).toMatch(
      /error .*\(GDPR Art\. 13\(2\)\(d\)/,
    );
  });
});
