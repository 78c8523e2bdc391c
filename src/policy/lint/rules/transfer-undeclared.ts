import { eeaCountries } from '../countries.js';
import type { LintRule } from '../rule.js';
import { purposeName, textOf } from '../wording.js';

/**
 * A purpose that discloses to a recipient located outside the EEA transfers data there, whatever its
 * `transfers` list says; a transfer without a Chapter V safeguard is unlawful (Art. 44).
 */
export const transferUndeclared: LintRule = {
  id: 'transfer-undeclared',
  severity: 'error',
  article: 'GDPR Art. 13(1)(f), Art. 44',
  title: 'a recipient outside the EEA appears as a transfer with its safeguard',
  check(policy) {
    const byId = new Map(policy.recipients.map((r) => [r.id, r]));
    return policy.activities.flatMap((a, i) => {
      if (a.recipients === 'unstated' || a.transfers === 'unstated') return [];
      const declared = new Set(a.transfers.map((t) => t.country));
      return a.recipients.flatMap((id) => {
        const r = byId.get(id);
        if (r?.country === undefined || eeaCountries.has(r.country) || declared.has(r.country)) return [];
        return [
          {
            path: ['activities', i, 'transfers'],
            message: `${purposeName(policy, a)} discloses to "${textOf(policy, r.name)}" (${r.id}) in ${r.country}, outside the EEA, but lists no transfer to ${r.country}: add it with its safeguard`,
          },
        ];
      });
    });
  },
};
