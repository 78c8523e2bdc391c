import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/** Art. 13(1)(c): each purpose *and the legal basis for the processing*; one finding per purpose. */
export const legalBasisMissing: LintRule = {
  id: 'legal-basis-missing',
  severity: 'error',
  article: 'GDPR Art. 13(1)(c), Art. 6(1)',
  title: 'every purpose names its legal basis',
  check(policy) {
    return policy.activities.flatMap((a, i) =>
      a.legalBasis === 'unstated'
        ? [
            {
              path: ['activities', i, 'legalBasis'],
              message: `${purposeName(policy, a)} has no legal basis: set legalBasis to one of consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests, and say it in the statement`,
            },
          ]
        : [],
    );
  },
};
