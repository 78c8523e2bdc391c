import type { LintRule } from '../rule.js';
import { textOf } from '../wording.js';

/** A retention rule no purpose refers to limits nothing: its period is a promise without an owner. */
export const retentionRuleUnused: LintRule = {
  id: 'retention-rule-unused',
  severity: 'warning',
  article: 'GDPR Art. 13(2)(a)',
  title: 'every retention rule is used by some purpose',
  check(policy) {
    const used = new Set(policy.activities.flatMap((a) => a.retention));
    return policy.retention.flatMap((r, i) =>
      used.has(r.id)
        ? []
        : [
            {
              path: ['retention', i],
              message: `retention rule "${textOf(policy, r.label)}" (${r.id}) is used by no purpose: add it to the retention of the purposes whose data it limits, or remove it`,
            },
          ],
    );
  },
};
