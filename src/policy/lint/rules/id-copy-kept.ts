import type { LintRule } from '../rule.js';

/**
 * Once identity is verified the copy has served its purpose; keeping it breaks data minimisation and
 * storage limitation. The AP's advice is to record only the fact and date of verification.
 */
export const idCopyKept: LintRule = {
  id: 'id-copy-kept',
  severity: 'warning',
  article: 'GDPR Art. 5(1)(c), Art. 5(1)(e)',
  title: 'ID copies are deleted once identity is verified',
  check(policy) {
    const v = policy.identityVerification;
    const asksForCopies = v.idCopy.required !== 'never' || v.methods.includes('id_copy');
    if (!asksForCopies || v.idCopy.afterVerification === 'delete') return [];
    const what =
      v.idCopy.afterVerification === 'keep'
        ? 'ID copies are kept after verification'
        : 'the statement does not say what happens to ID copies after verification';
    return [
      {
        path: ['identityVerification', 'idCopy', 'afterVerification'],
        message: `${what}: set afterVerification to delete and keep only the fact and date of verification`,
      },
    ];
  },
};
