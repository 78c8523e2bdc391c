import type { LintRule } from '../rule.js';
import { textOf } from '../wording.js';

/**
 * A recipient no purpose discloses to means the register and the statement disagree: either a
 * disclosure is missing from a purpose (Art. 30(1)(d)), or the recipient is stale and should go.
 */
export const recipientUnused: LintRule = {
  id: 'recipient-unused',
  severity: 'warning',
  article: 'GDPR Art. 13(1)(e), Art. 30(1)(d)',
  title: 'every declared recipient receives data for some purpose',
  check(policy) {
    const used = new Set<string>();
    for (const a of policy.activities) {
      if (a.recipients !== 'unstated') for (const r of a.recipients) used.add(r);
      if (a.transfers !== 'unstated') for (const t of a.transfers) if (t.recipient) used.add(t.recipient);
    }
    return policy.recipients.flatMap((r, i) =>
      used.has(r.id)
        ? []
        : [
            {
              path: ['recipients', i],
              message: `recipient "${textOf(policy, r.name)}" (${r.id}) is named by no purpose: add it to the recipients of the purposes that disclose to it, or remove it`,
            },
          ],
    );
  },
};
