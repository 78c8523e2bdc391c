import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/** Art. 13(2)(e), second half: when providing the data is required, what happens if the person does not. */
export const provisionConsequencesMissing: LintRule = {
  id: 'provision-consequences-missing',
  severity: 'warning',
  article: 'GDPR Art. 13(2)(e)',
  title: 'where providing data is required, the statement says what happens if it is not provided',
  check(policy) {
    return policy.activities.flatMap((a, i) =>
      a.provisionRequirement !== 'unstated' &&
      a.provisionRequirement !== 'voluntary' &&
      a.consequencesOfNotProviding === undefined
        ? [
            {
              path: ['activities', i, 'provisionRequirement'],
              message: `${purposeName(policy, a)} requires the data (${a.provisionRequirement}) but does not say what happens if it is not provided: add consequencesOfNotProviding`,
            },
          ]
        : [],
    );
  },
};
