import type { LintRule } from '../rule.js';

/**
 * Art. 12(6) allows asking for more information only where there is reasonable doubt about who made
 * the request, and Art. 11(2) forbids collecting extra data just to identify someone. The AP fined
 * DPG Media €525,000 (2022) for routinely demanding ID copies. A policy whose only method is an ID
 * copy demands one by default, whatever `required` says.
 */
export const idCopyByDefault: LintRule = {
  id: 'id-copy-by-default',
  severity: 'error',
  article: 'GDPR Art. 12(6), Art. 11(2)',
  title: 'an ID copy is asked for only on reasonable doubt, not by default',
  check(policy) {
    const v = policy.identityVerification;
    const alternatives = v.methods.filter((m) => m !== 'id_copy');
    if (v.idCopy.required === 'always') {
      return [
        {
          path: ['identityVerification', 'idCopy', 'required'],
          message:
            'every request must come with an ID copy: set required to on_doubt and verify through the registered e-mail address or the logged-in account, asking for an ID copy only on recorded reasonable doubt (the AP fined DPG Media €525,000 in 2022 for this)',
        },
      ];
    }
    if (alternatives.length === 0) {
      return [
        {
          path: ['identityVerification', 'methods'],
          message:
            'an ID copy is the only verification method, so every request needs one: add registered_email and logged_in_account to methods (the AP fined DPG Media €525,000 in 2022 for demanding ID copies routinely)',
        },
      ];
    }
    return [];
  },
};
