import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/**
 * Art. 21(2)-(3): people may object to direct marketing at any time, and then it must stop; no
 * balancing of interests. Art. 21(4): the right is presented separately, at the first communication.
 */
export const directMarketingObjection: LintRule = {
  id: 'direct-marketing-objection',
  severity: 'error',
  article: 'GDPR Art. 21(2)-(4)',
  title: 'purposes of direct marketing come with the absolute right to object',
  check(policy) {
    if (policy.rights.offered.includes('objection')) return [];
    return policy.activities.flatMap((a, i) =>
      a.directMarketing
        ? [
            {
              path: ['activities', i, 'directMarketing'],
              message: `${purposeName(policy, a)} is direct marketing, which people may stop at any time by objecting: add objection to rights.offered and present it separately from the rest of the statement`,
            },
          ]
        : [],
    );
  },
};
