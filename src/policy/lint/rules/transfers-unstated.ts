import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/** Art. 13(1)(f): whether data leaves the EEA, and under which safeguard; `[]` says "no transfers". */
export const transfersUnstated: LintRule = {
  id: 'transfers-unstated',
  severity: 'error',
  article: 'GDPR Art. 13(1)(f)',
  title: 'every purpose says whether data is transferred outside the EEA',
  check(policy) {
    return policy.activities.flatMap((a, i) =>
      a.transfers === 'unstated'
        ? [
            {
              path: ['activities', i, 'transfers'],
              message: `${purposeName(policy, a)} does not say whether data leaves the EEA: set transfers to [] when it does not, or list each country with its safeguard (adequacy decision, standard contractual clauses, …)`,
            },
          ]
        : [],
    );
  },
};
