import type { LintRule } from '../rule.js';

/**
 * Art. 8(1) lets member states set the age of digital consent between 13 and 16; the Netherlands
 * chose 16 (UAVG art. 5). A lower age breaks the law; a higher one asks parents for consent the law
 * does not require, which may be intended but should be a choice.
 */
export const childrenMinimumAge: LintRule = {
  id: 'children-minimum-age',
  severity: 'warning',
  article: 'UAVG art. 5; GDPR Art. 8(1)',
  title: 'a Dutch controller uses 16 as the age of consent',
  check(policy) {
    const { children } = policy;
    if (children === 'unstated' || policy.controller.address.country !== 'NL' || children.minimumAge === 16)
      return [];
    const message =
      children.minimumAge < 16
        ? `the minimum age is ${children.minimumAge}, but in the Netherlands children under 16 need a parent's consent: set children.minimumAge to 16`
        : `the minimum age is ${children.minimumAge}, above the Dutch age of consent (16): parents' consent is then asked for people the law treats as able to consent; set 16 unless that is intended`;
    return [{ path: ['children', 'minimumAge'], message }];
  },
};
