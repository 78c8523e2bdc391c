import type { LintRule } from '../rule.js';
import { textOf } from '../wording.js';

/**
 * When children may be among the people whose data is processed, the statement must say how consent
 * works for them: below 16 in the Netherlands a parent consents (Art. 8(1), UAVG art. 5).
 */
export const childrenUnstated: LintRule = {
  id: 'children-unstated',
  severity: 'warning',
  article: 'GDPR Art. 8(1); UAVG art. 5',
  title: 'when children may be data subjects, the policy says how their data is handled',
  check(policy) {
    if (policy.children !== 'unstated') return [];
    const groups = policy.subjects.filter((s) => s.mayIncludeChildren);
    if (groups.length === 0) return [];
    return [
      {
        path: ['children'],
        message: `${groups.map((s) => `"${textOf(policy, s.label)}"`).join(', ')} may include children, but the statement says nothing about them: set children with minimumAge (16 in NL), parentalConsent, ageVerification and onReport`,
      },
    ];
  },
};
