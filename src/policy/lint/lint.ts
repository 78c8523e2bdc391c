import type { SourceLocation } from '../../errors.js';
import { formatPath } from '../../yaml/source.js';
import type { LoadedPolicy } from '../load.js';
import type { LintRule, Severity } from './rule.js';
import { severities } from './rule.js';
import { lintRules } from './rules.js';

/** One shortfall of the policy, located in its file. */
export interface LintFinding {
  rule: string;
  severity: Severity;
  article: string;
  /** Display path inside the policy, e.g. `activities[2].legalBasis`. */
  path: string;
  location: SourceLocation;
  /** What to add or change. */
  message: string;
}

export interface LintReport {
  file: string;
  /** Sorted by location, so the report reads top to bottom like the file. */
  findings: LintFinding[];
  summary: Record<Severity, number>;
}

/**
 * Runs every lint rule over a loaded policy. Pure: no I/O; the locations come from the parsed source.
 *
 * @example
 *   const report = lintPolicy(await loadPolicyFile('policy.yaml'));
 *   if (report.summary.error > 0) process.exitCode = 1;
 */
export function lintPolicy(loaded: LoadedPolicy, rules: readonly LintRule[] = lintRules): LintReport {
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    for (const f of rule.check(loaded.policy)) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        article: rule.article,
        path: formatPath(f.path),
        location: loaded.source.locate(f.path),
        message: f.message,
      });
    }
  }
  // Ties (several findings on one node) keep the order of the rule list, which follows Art. 13.
  const order = new Map(rules.map((r, i) => [r.id, i]));
  findings.sort(
    (a, b) =>
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
  const summary = Object.fromEntries(severities.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) summary[f.severity]++;
  return { file: loaded.source.file, findings, summary };
}
