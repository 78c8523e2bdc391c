import type { Policy } from '../schema.js';

/**
 * The contract of one lint rule. A rule reads the validated policy and reports where it falls short
 * of the law it enforces; it never touches files or the clock, so `lintPolicy` stays pure.
 *
 * @example
 *   const rule: LintRule = {
 *     id: 'complaint-right-missing',
 *     severity: 'error',
 *     article: 'GDPR Art. 13(2)(d), Art. 77',
 *     title: 'the statement names the right to complain to the supervisory authority',
 *     check: (p) => (p.rights.complaint === 'unstated' ? [{ path: ['rights', 'complaint'], message: '…' }] : []),
 *   };
 */

export const severities = ['error', 'warning', 'info'] as const;
/** `error`: the policy breaks the law as written; `warning`: likely gap or risk; `info`: worth knowing. */
export type Severity = (typeof severities)[number];

/** Keys and indices from the policy's root, e.g. `['activities', 2, 'legalBasis']`. */
export type PolicyPath = readonly (string | number)[];

/** One shortfall as a rule sees it; `lintPolicy` adds the rule's id, severity, article and location. */
export interface RuleFinding {
  /** Where to fix it; the deepest node that exists (a missing key is reported at its parent). */
  path: PolicyPath;
  /** What to add or change, naming the purpose or category by its label. */
  message: string;
}

export interface LintRule {
  /** Stable kebab-case id; tools and suppressions may rely on it. */
  id: string;
  severity: Severity;
  /** The provision the rule enforces, e.g. "GDPR Art. 13(1)(c)" or "UAVG art. 46". */
  article: string;
  /** One line saying what a compliant policy does. */
  title: string;
  check(policy: Policy): RuleFinding[];
}
