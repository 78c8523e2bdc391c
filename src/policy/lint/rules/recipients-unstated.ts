import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/** Art. 13(1)(e): the recipients or categories of recipients; `[]` says "none", `unstated` says nothing. */
export const recipientsUnstated: LintRule = {
  id: 'recipients-unstated',
  severity: 'error',
  article: 'GDPR Art. 13(1)(e)',
  title: 'every purpose says who receives the data (or that nobody does)',
  check(policy) {
    return policy.activities.flatMap((a, i) =>
      a.recipients === 'unstated'
        ? [
            {
              path: ['activities', i, 'recipients'],
              message: `${purposeName(policy, a)} does not say who receives the data: list the recipients (or categories of recipients) by id, or [] when nobody outside the organisation does`,
            },
          ]
        : [],
    );
  },
};
