import type { LintRule } from '../rule.js';

/**
 * The record of processing must describe the technical and organisational security measures
 * (Art. 30(1)(g)); "appropriate measures" alone shows the regulator nothing of what Art. 32 asks.
 */
export const securityMeasuresMissing: LintRule = {
  id: 'security-measures-missing',
  severity: 'warning',
  article: 'GDPR Art. 30(1)(g), Art. 32',
  title: 'the security measures are described, not only promised',
  check(policy) {
    if (policy.security.measures.length > 0) return [];
    return [
      {
        path: ['security', 'measures'],
        message:
          'the policy promises appropriate security but lists no measure: describe them in security.measures (e.g. encryption at rest and in transit, role-based access, logging, backups with restore tests, regular testing)',
      },
    ];
  },
};
