import type { Activity, Policy } from '../../schema.js';
import type { LintRule } from '../rule.js';
import { purposeName } from '../wording.js';

/**
 * Profiling on legitimate interests or a public task gives people the right to object (Art. 21(1)),
 * and Art. 21(4) requires that right to be brought to their attention explicitly, clearly and
 * separately from other information. Profiling on consent needs no objection notice (withdrawal does
 * that job). Profiling to tailor offers is not necessary to perform a contract (EDPB Guidelines
 * 2/2019), so that basis is flagged too. With the basis unstated, nobody can tell which regime applies.
 */
export const profilingObjectionNotice: LintRule = {
  id: 'profiling-objection-notice',
  severity: 'warning',
  article: 'GDPR Art. 21(1), Art. 21(4)',
  title: 'profiling rests on consent, or the right to object to it is offered and presented separately',
  check(policy) {
    const objectionOffered = policy.rights.offered.includes('objection');
    return policy.activities.flatMap((a, i) => {
      if (!a.profiling) return [];
      const message = problem(policy, a, objectionOffered);
      return message === undefined ? [] : [{ path: ['activities', i, 'profiling'], message }];
    });
  },
};

function problem(policy: Policy, a: Activity, objectionOffered: boolean): string | undefined {
  const purpose = purposeName(policy, a);
  switch (a.legalBasis) {
    case 'unstated':
      return `${purpose} profiles people without a stated basis, so it is unclear whether they may object: base it on consent, or on legitimate interests with the right to object presented explicitly and separately from the rest of the statement`;
    case 'legitimate_interests':
    case 'public_task':
      return objectionOffered
        ? undefined
        : `${purpose} profiles people on ${a.legalBasis.replace('_', ' ')}, so they may object (Art. 21(1)): add objection to rights.offered and present it separately from the rest of the statement`;
    case 'contract':
      return `${purpose} profiles people on the basis of the contract, but profiling to tailor offers is not necessary to perform a contract (EDPB Guidelines 2/2019): base it on consent, or on legitimate interests with a separate objection notice`;
    default:
      return undefined;
  }
}
