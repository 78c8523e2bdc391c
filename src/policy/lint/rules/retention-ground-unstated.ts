import { minDays, parseDuration } from '../../duration.js';
import type { LintRule } from '../rule.js';
import { textOf } from '../wording.js';
import { longRetentionDays } from './retention-long-period.js';

/**
 * Accountability (Art. 5(2)): the DPO must be able to show why a period is as long as it is. Rules
 * longer than a year are reported by `retention-long-period` instead, so a rule is never flagged twice.
 */
export const retentionGroundUnstated: LintRule = {
  id: 'retention-ground-unstated',
  severity: 'info',
  article: 'GDPR Art. 5(1)(e), Art. 5(2)',
  title: 'every retention rule records why its period is as long as it is',
  check(policy) {
    return policy.retention.flatMap((r, i) => {
      const period = parseDuration(r.period);
      if (r.ground !== 'unstated' || period === undefined || minDays(period) > longRetentionDays) return [];
      return [
        {
          path: ['retention', i, 'ground'],
          message: `retention rule "${textOf(policy, r.label)}" (${r.id}) does not record why ${r.period} is needed: set ground to the law or the need that justifies it`,
        },
      ];
    });
  },
};
