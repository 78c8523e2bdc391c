import type { LintRule } from '../rule.js';
import { categoryName, listing, purposeName } from '../wording.js';

/**
 * Art. 9(1) forbids processing special categories (health, religion, …) unless one of the Art. 9(2)
 * conditions applies, on top of an Art. 6 basis; the statement should name it with the purpose.
 */
export const specialCategoryConditionMissing: LintRule = {
  id: 'special-category-condition-missing',
  severity: 'error',
  article: 'GDPR Art. 9(2), Art. 13(1)(c)',
  title: 'a purpose that uses special categories names its Art. 9(2) condition',
  check(policy) {
    const special = new Set(policy.categories.filter((c) => c.special).map((c) => c.id));
    return policy.activities.flatMap((a, i) => {
      const used = a.categories.filter((c) => special.has(c));
      if (used.length === 0 || a.specialCategoryCondition !== undefined) return [];
      return [
        {
          path: ['activities', i],
          message: `${purposeName(policy, a)} uses special categories ${listing(used.map((c) => categoryName(policy, c)))}: add specialCategoryCondition naming the Art. 9(2) exception (e.g. "Art. 9(2)(a) explicit consent")`,
        },
      ];
    });
  },
};
