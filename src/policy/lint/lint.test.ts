import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyFiles, policyWith } from '../../../test/helpers/policy-variants.js';
import { lintPolicy } from './lint.js';
import type { LintRule } from './rule.js';
import { lintRules } from './rules.js';

describe('lintPolicy', () => {
  const report = lintPolicy(policyWith('example'));
  const lines = readFileSync(policyFiles.example, 'utf8').split('\n');

  it('locates each finding on the line of the key it is about', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      const line = lines[f.location.line - 1] ?? '';
      const lastKey = /\.(\w+)$/.exec(f.path)?.[1];
      if (f.path.endsWith(']')) expect(line, `${f.rule} ${f.path}`).toMatch(/^\s*- /);
      else if (lastKey !== undefined) expect(line, `${f.rule} ${f.path}`).toContain(`${lastKey}:`);
      expect(f.location.file).toBe('examples/cloudaware/policy.yaml');
    }
  });

  it('sorts findings top to bottom and counts them per severity', () => {
    const positions = report.findings.map((f) => f.location.line * 1000 + f.location.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const s of ['error', 'warning', 'info'] as const) {
      expect(report.summary[s]).toBe(report.findings.filter((f) => f.severity === s).length);
    }
    expect(report.file).toBe('examples/cloudaware/policy.yaml');
  });

  it('carries the rule’s severity and article into each finding', () => {
    const byId = new Map(lintRules.map((r) => [r.id, r]));
    for (const f of report.findings) {
      expect(f.severity).toBe(byId.get(f.rule)?.severity);
      expect(f.article).toBe(byId.get(f.rule)?.article);
    }
  });

  it('keeps the order of the rule list for findings on the same node', () => {
    const at = (id: string): LintRule => ({
      id,
      severity: 'info',
      article: 'x',
      title: 'x',
      check: () => [{ path: ['rights', 'offered'], message: id }],
    });
    const { findings } = lintPolicy(policyWith('example'), [at('b-rule'), at('a-rule')]);
    expect(findings.map((f) => f.rule)).toEqual(['b-rule', 'a-rule']);
  });

  it('finds nothing in the compliant variant of the example', () => {
    const compliant = lintPolicy(policyWith('compliant'));
    expect(compliant.findings).toEqual([]);
    expect(compliant.summary).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
