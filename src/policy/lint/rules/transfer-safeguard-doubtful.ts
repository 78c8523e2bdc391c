import { adequateCountries, eeaCountries } from '../countries.js';
import type { LintRule, RuleFinding } from '../rule.js';
import { purposeName } from '../wording.js';

/**
 * Checks the safeguard named for each transfer: an adequacy decision exists only for some countries
 * (Art. 45), and the Art. 49 derogations are for occasional transfers, not a standing basis for
 * regular ones (EDPB Guidelines 2/2018). A transfer to an EEA country is no transfer at all.
 */
export const transferSafeguardDoubtful: LintRule = {
  id: 'transfer-safeguard-doubtful',
  severity: 'warning',
  article: 'GDPR Art. 45, Art. 46, Art. 49',
  title: 'each transfer names a safeguard that can apply to it',
  check(policy) {
    const findings: RuleFinding[] = [];
    policy.activities.forEach((a, i) => {
      if (a.transfers === 'unstated') return;
      a.transfers.forEach((t, j) => {
        const path = ['activities', i, 'transfers', j];
        const purpose = purposeName(policy, a);
        if (eeaCountries.has(t.country)) {
          findings.push({
            path: [...path, 'country'],
            message: `${purpose} lists a transfer to ${t.country}, which is in the EEA and needs no safeguard: remove it from transfers`,
          });
        } else if (t.safeguard === 'adequacy_decision' && !adequateCountries.has(t.country)) {
          findings.push({
            path: [...path, 'safeguard'],
            message: `${purpose} relies on an adequacy decision for ${t.country}, but the Commission has none for it as far as Grondslag knows: check the current list, or use standard contractual clauses`,
          });
        } else if (t.safeguard === 'derogation_art49') {
          findings.push({
            path: [...path, 'safeguard'],
            message: `${purpose} transfers to ${t.country} on an Art. 49 derogation, which covers only occasional transfers: for regular transfers use standard contractual clauses or binding corporate rules (Art. 46)`,
          });
        }
      });
    });
    return findings;
  },
};
