import type { LintRule } from '../rule.js';
import { listing } from '../wording.js';

/**
 * A readable BSN on an ID copy is processing of the BSN, which UAVG art. 46 allows only where a law
 * prescribes it. The AP also advises masking the photo. Only applies when ID copies are asked for.
 */
export const idCopyBsnUnmasked: LintRule = {
  id: 'id-copy-bsn-unmasked',
  severity: 'error',
  article: 'UAVG art. 46',
  title: 'people are told to black out the BSN (and photo) on an ID copy',
  check(policy) {
    const v = policy.identityVerification;
    if (v.idCopy.required === 'never' && !v.methods.includes('id_copy')) return [];
    if (v.idCopy.mustMask.includes('bsn')) return [];
    const missing = (['bsn', 'photo'] as const).filter((m) => !v.idCopy.mustMask.includes(m));
    return [
      {
        path: ['identityVerification', 'idCopy', 'mustMask'],
        message: `ID copies may arrive with a readable BSN, which the organisation may not process without a statutory basis: add ${listing(missing)} to mustMask`,
      },
    ];
  },
};
