import type { LintRule } from '../rule.js';
import { listing, purposeName } from '../wording.js';

/** Art. 13(2)(c): where any processing rests on consent, the right to withdraw it at any time (Art. 7(3)). */
export const withdrawConsentMissing: LintRule = {
  id: 'withdraw-consent-missing',
  severity: 'error',
  article: 'GDPR Art. 13(2)(c), Art. 7(3)',
  title: 'when a purpose rests on consent, the statement says consent can be withdrawn at any time',
  check(policy) {
    if (policy.rights.offered.includes('withdraw_consent')) return [];
    const onConsent = policy.activities.filter((a) => a.legalBasis === 'consent');
    if (onConsent.length === 0) return [];
    return [
      {
        path: ['rights', 'offered'],
        message: `${listing(onConsent.map((a) => purposeName(policy, a)))} rest${onConsent.length === 1 ? 's' : ''} on consent, but the statement does not say consent can be withdrawn at any time: add withdraw_consent to rights.offered`,
      },
    ];
  },
};
