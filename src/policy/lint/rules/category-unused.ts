import type { LintRule } from '../rule.js';
import { categoryName } from '../wording.js';

/**
 * A category no purpose uses is data the statement says is processed without saying why: either a
 * purpose is missing it (Art. 30(1)(c)), or it is not processed and should not be listed.
 */
export const categoryUnused: LintRule = {
  id: 'category-unused',
  severity: 'warning',
  article: 'GDPR Art. 5(1)(b), Art. 30(1)(c)',
  title: 'every category of personal data is used by some purpose',
  check(policy) {
    const used = new Set(policy.activities.flatMap((a) => a.categories));
    return policy.categories.flatMap((c, i) =>
      used.has(c.id)
        ? []
        : [
            {
              path: ['categories', i],
              message: `category ${categoryName(policy, c.id)} is used by no purpose: add it to the purposes that process it, or remove it`,
            },
          ],
    );
  },
};
