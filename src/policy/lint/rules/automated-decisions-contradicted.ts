import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/**
 * Art. 13(2)(f): the statement must tell the truth about automated decisions. A top-level "we make no
 * automated decisions" contradicted by a purpose that does is a false statement, not a gap.
 */
export const automatedDecisionsContradicted: LintRule = {
  id: 'automated-decisions-contradicted',
  severity: 'error',
  article: 'GDPR Art. 13(2)(f), Art. 22',
  title: 'the declaration "no automated decision-making" matches every purpose',
  check(policy) {
    if (policy.automatedDecisionMaking.used) return [];
    return policy.activities.flatMap((a, i) =>
      a.automatedDecisions
        ? [
            {
              path: ['activities', i, 'automatedDecisions'],
              message: `${purposeName(policy, a)} makes automated decisions, but automatedDecisionMaking.used is false: set it to true and describe the logic and its consequences, or take the decision out of this purpose`,
            },
          ]
        : [],
    );
  },
};
