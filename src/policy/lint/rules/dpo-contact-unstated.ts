import type { LintRule } from '../rule.js';

/**
 * Art. 13(1)(b): the DPO's contact details "where applicable". Not every controller must appoint a
 * DPO (Art. 37(1)), hence a warning: either name one or say that none is appointed.
 */
export const dpoContactUnstated: LintRule = {
  id: 'dpo-contact-unstated',
  severity: 'warning',
  article: 'GDPR Art. 13(1)(b), Art. 37(7)',
  title: 'the statement gives the contact details of the data protection officer',
  check(policy) {
    if (policy.dpo !== 'unstated') return [];
    return [
      {
        path: ['dpo'],
        message:
          'the statement does not say how to reach a data protection officer: add dpo with name and e-mail, or drop the key if none is appointed (Art. 37(1))',
      },
    ];
  },
};
