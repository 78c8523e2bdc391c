import type { LintRule } from '../rule.js';

/** Art. 13(2)(d): the right to lodge a complaint with a supervisory authority (Art. 77). */
export const complaintRightMissing: LintRule = {
  id: 'complaint-right-missing',
  severity: 'error',
  article: 'GDPR Art. 13(2)(d), Art. 77',
  title: 'the statement names the right to complain to the supervisory authority',
  check(policy) {
    if (policy.rights.complaint !== 'unstated') return [];
    const dutch = policy.controller.address.country === 'NL';
    return [
      {
        path: ['rights', 'complaint'],
        message: dutch
          ? 'the right to complain to the supervisory authority is missing: set rights.complaint to { authority: Autoriteit Persoonsgegevens, url: https://autoriteitpersoonsgegevens.nl }'
          : 'the right to complain to a supervisory authority is missing: set rights.complaint to the authority and its web address',
      },
    ];
  },
};
