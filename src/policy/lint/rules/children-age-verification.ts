import type { LintRule } from '../rule.js';

/**
 * Art. 8(2): where a parent must consent, the controller makes reasonable efforts to verify that the
 * consent really comes from the parent. "We cannot check" (no verification at all) is not an effort.
 */
export const childrenAgeVerification: LintRule = {
  id: 'children-age-verification',
  severity: 'warning',
  article: 'GDPR Art. 8(2)',
  title: 'parental consent comes with reasonable efforts to verify age and consent',
  check(policy) {
    const { children } = policy;
    if (children === 'unstated' || !children.parentalConsent || children.ageVerification !== 'none')
      return [];
    return [
      {
        path: ['children', 'ageVerification'],
        message: `the statement relies on parental consent below ${children.minimumAge} but makes no effort to check age or consent: set ageVerification to self_declaration (at least an age question at sign-up) or verified`,
      },
    ];
  },
};
