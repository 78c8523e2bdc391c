import type { RightName } from '../../schema.js';
import type { LintRule } from '../rule.js';

/** The rights Art. 13(2)(b) says the statement must mention, with the article that grants each. */
const requiredRights: readonly { right: RightName; article: string; wording: string }[] = [
  { right: 'access', article: 'Art. 15', wording: 'access' },
  { right: 'rectification', article: 'Art. 16', wording: 'rectification' },
  { right: 'erasure', article: 'Art. 17', wording: 'erasure' },
  { right: 'restriction', article: 'Art. 18', wording: 'restriction of processing' },
  { right: 'objection', article: 'Art. 21', wording: 'objection' },
  { right: 'portability', article: 'Art. 20', wording: 'data portability' },
];

/** Art. 13(2)(b): one finding per right the statement leaves out. */
export const rightsMissing: LintRule = {
  id: 'rights-missing',
  severity: 'error',
  article: 'GDPR Art. 13(2)(b)',
  title:
    'the statement names the rights of access, rectification, erasure, restriction, objection and portability',
  check(policy) {
    const offered = new Set(policy.rights.offered);
    return requiredRights
      .filter((r) => !offered.has(r.right))
      .map((r) => ({
        path: ['rights', 'offered'],
        message: `the right to ${r.wording} (${r.article}) is not mentioned: add ${r.right} to rights.offered and describe it in the statement`,
      }));
  },
};
