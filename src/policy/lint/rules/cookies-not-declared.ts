import type { LintRule } from '../rule.js';

/**
 * Tw art. 11.7a requires clear and complete information about the cookies placed, and the AP expects
 * each cookie with its purpose and lifetime. The declared list is also what the cookie audit compares
 * a real browser session against; without it the audit has nothing to check.
 */
export const cookiesNotDeclared: LintRule = {
  id: 'cookies-not-declared',
  severity: 'warning',
  article: 'Tw art. 11.7a; GDPR Art. 13',
  title: 'cookies are listed one by one with provider, purpose and lifetime',
  check(policy) {
    if (policy.cookies.declared !== 'unstated') return [];
    return [
      {
        path: ['cookies', 'declared'],
        message: `the statement says which kinds of cookies are used (${policy.cookies.categoriesUsed.join(', ') || 'none'}) but not which cookies: list each in cookies.declared with name, provider, category, purpose and lifetime`,
      },
    ];
  },
};
