import type { LintRule } from '../rule.js';

/**
 * Art. 20 covers the data the person provided, processed by automated means on consent or contract.
 * Promising all personal data is allowed but is a promise the request engine will keep literally.
 */
export const portabilityBeyondArt20: LintRule = {
  id: 'portability-beyond-art20',
  severity: 'info',
  article: 'GDPR Art. 20',
  title: 'portability scope beyond Art. 20 is a deliberate choice',
  check(policy) {
    if (policy.rights.portability?.scope !== 'all_personal_data') return [];
    return [
      {
        path: ['rights', 'portability', 'scope'],
        message:
          'portability covers all personal data, which goes beyond Art. 20 (data the person provided); the request engine will export everything: keep it if intended, or set scope to provided',
      },
    ];
  },
};
