import type { LintRule, RuleFinding } from '../rule.js';

/**
 * The kinds of cookies the statement names and the cookies it lists must agree; otherwise the reader is
 * told about cookies that are not there, or not told about ones that are (Tw art. 11.7a).
 */
export const cookieCategoriesMismatch: LintRule = {
  id: 'cookie-categories-mismatch',
  severity: 'warning',
  article: 'Tw art. 11.7a',
  title: 'the kinds of cookies named match the cookies listed',
  check(policy) {
    const { cookies } = policy;
    if (cookies.declared === 'unstated') return [];
    const findings: RuleFinding[] = [];
    const named = new Set(cookies.categoriesUsed);
    cookies.declared.forEach((c, i) => {
      if (!named.has(c.category)) {
        findings.push({
          path: ['cookies', 'declared', i, 'category'],
          message: `cookie "${c.name}" is a ${c.category} cookie, but the statement does not say ${c.category} cookies are used: add ${c.category} to cookies.categoriesUsed`,
        });
      }
    });
    const listed = new Set(cookies.declared.map((c) => c.category));
    for (const category of cookies.categoriesUsed) {
      if (!listed.has(category)) {
        findings.push({
          path: ['cookies', 'categoriesUsed'],
          message: `the statement says ${category} cookies are used, but none is listed: add them to cookies.declared, or remove ${category} from categoriesUsed`,
        });
      }
    }
    return findings;
  },
};
