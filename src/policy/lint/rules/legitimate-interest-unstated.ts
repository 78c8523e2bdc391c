import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/** Art. 13(1)(d): where the basis is Art. 6(1)(f), the statement must say which interest is pursued. */
export const legitimateInterestUnstated: LintRule = {
  id: 'legitimate-interest-unstated',
  severity: 'error',
  article: 'GDPR Art. 13(1)(d)',
  title: 'a purpose based on legitimate interests says which interest',
  check(policy) {
    return policy.activities.flatMap((a, i) =>
      a.legalBasis === 'legitimate_interests' && a.legitimateInterest === undefined
        ? [
            {
              path: ['activities', i],
              message: `${purposeName(policy, a)} rests on legitimate interests but does not say which: add legitimateInterest describing the interest pursued`,
            },
          ]
        : [],
    );
  },
};
