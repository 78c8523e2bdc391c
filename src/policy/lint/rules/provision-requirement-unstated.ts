import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/**
 * Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, or needed to
 * enter into a contract, and whether the person is obliged to provide it.
 */
export const provisionRequirementUnstated: LintRule = {
  id: 'provision-requirement-unstated',
  severity: 'error',
  article: 'GDPR Art. 13(2)(e)',
  title: 'every purpose says whether providing the data is required, and by what',
  check(policy) {
    return policy.activities.flatMap((a, i) =>
      a.provisionRequirement === 'unstated'
        ? [
            {
              path: ['activities', i, 'provisionRequirement'],
              message: `${purposeName(policy, a)} does not say whether people must provide the data: set provisionRequirement to statutory, contractual, contract_prerequisite or voluntary`,
            },
          ]
        : [],
    );
  },
};
