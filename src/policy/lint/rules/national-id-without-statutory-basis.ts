import type { PiiType } from '../../schema.js';
import type { LintRule } from '../rule.js';
import { categoryName, listing } from '../wording.js';

/** National identifiers: the BSN, and document numbers (also inside the MRZ). */
const nationalIdentifiers: readonly PiiType[] = ['bsn', 'passport_number', 'id_card_number', 'mrz'];

/**
 * UAVG art. 46: the BSN, and other identifying numbers prescribed by law (passport and identity-card
 * numbers), may be processed only to carry out that law or for purposes a law designates.
 */

export const nationalIdWithoutStatutoryBasis: LintRule = {
  id: 'national-id-without-statutory-basis',
  severity: 'error',
  article: 'UAVG art. 46',
  title: 'a BSN or passport/ID-card number is processed only with a statutory basis',
  check(policy) {
    return policy.categories.flatMap((c, i) => {
      const ids = c.piiTypes.filter((t) => nationalIdentifiers.includes(t));
      if (ids.length === 0 || c.statutoryBasis !== undefined) return [];
      return [
        {
          path: ['categories', i, 'piiTypes'],
          message: `category ${categoryName(policy, c.id)} holds ${listing(ids)}, which may only be processed where a law prescribes it: set statutoryBasis to that law, or stop collecting ${ids.length === 1 ? 'it' : 'them'}`,
        },
      ];
    });
  },
};
