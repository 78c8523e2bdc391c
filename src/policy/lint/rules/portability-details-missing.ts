import type { LintRule } from '../rule.js';

/**
 * Art. 20 gives a right to receive data and to have it sent to another controller; the request engine
 * needs to know which of the two is offered and what is exported.
 */
export const portabilityDetailsMissing: LintRule = {
  id: 'portability-details-missing',
  severity: 'warning',
  article: 'GDPR Art. 20',
  title: 'when portability is offered, the policy says to whom and what is exported',
  check(policy) {
    if (!policy.rights.offered.includes('portability') || policy.rights.portability !== undefined) return [];
    return [
      {
        path: ['rights'],
        message:
          'portability is offered but not described: add rights.portability with to (data_subject, other_controller), scope (provided) and formats',
      },
    ];
  },
};
