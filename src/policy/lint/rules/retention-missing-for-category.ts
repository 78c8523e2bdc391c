import type { LintRule } from '../rule.js';
import { categoryName, listing, purposeName } from '../wording.js';

/**
 * Art. 13(2)(a): how long data is kept. A purpose's retention rules must between them cover every
 * category the purpose uses; otherwise nothing limits how long that category is kept for it, and the
 * retention engine has nothing to sweep.
 */
export const retentionMissingForCategory: LintRule = {
  id: 'retention-missing-for-category',
  severity: 'error',
  article: 'GDPR Art. 13(2)(a), Art. 5(1)(e)',
  title: 'every category a purpose uses is covered by one of its retention rules',
  check(policy) {
    const rules = new Map(policy.retention.map((r) => [r.id, r]));
    return policy.activities.flatMap((a, i) => {
      const covered = new Set(a.retention.flatMap((id) => rules.get(id)?.categories ?? []));
      const uncovered = a.categories.filter((c) => !covered.has(c));
      if (uncovered.length === 0) return [];
      return [
        {
          path: ['activities', i, 'retention'],
          message: `${purposeName(policy, a)} keeps ${listing(uncovered.map((c) => categoryName(policy, c)))} without a retention period: add a retention rule for ${uncovered.length === 1 ? 'it' : 'them'} to this purpose's retention`,
        },
      ];
    });
  },
};
