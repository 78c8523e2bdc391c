import { eeaCountries } from '../countries.js';
import type { LintRule } from '../rule.js';

/**
 * Art. 13(1)(a) asks for the controller's identity and contact details "and, where applicable, of the
 * controller's representative". The schema already demands name, address, phone and e-mail; what it
 * cannot know is whether a representative is needed: a controller established outside the EEA must
 * designate one in the Union (Art. 27).
 */
export const controllerRepresentative: LintRule = {
  id: 'controller-representative',
  severity: 'error',
  article: 'GDPR Art. 13(1)(a), Art. 27',
  title: 'a controller established outside the EEA names its representative in the Union',
  check(policy) {
    const c = policy.controller;
    if (eeaCountries.has(c.address.country) || c.representative !== undefined) return [];
    return [
      {
        path: ['controller'],
        message: `${c.legalName} is established in ${c.address.country}, outside the EEA: add controller.representative with the name and contact details of its representative in the Union`,
      },
    ];
  },
};
