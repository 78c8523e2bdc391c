import { z } from 'zod';
import { GrondslagError } from '../../errors.js';
import { loadPolicyFile } from '../../policy/load.js';
import { deleteExpiredStats, statsCutoff, statsRetentionRule } from '../../stats/retention.js';
import { defineJobKind } from '../kind.js';

/**
 * Daily at 02:30 Amsterdam time: deletes website statistics older than the policy's period for them
 * (the rule named by `stats.retentionRule`, else the shortest rule covering `website_activity`;
 * CloudAware: P3M). The policy is read at each run, so a changed period applies from the next day.
 * `at` in the payload deletes "as of" another instant (tests, catching up).
 */
export const statsRetention = defineJobKind({
  name: 'stats.retention',
  summary: 'delete website statistics older than the policy’s retention period',
  payload: z.strictObject({ at: z.iso.datetime().optional() }),
  policy: { retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true, expireInSeconds: 600 },
  schedule: { cron: '30 2 * * *', tz: 'Europe/Amsterdam', payload: {} },
  async run(payload, ctx) {
    const config = ctx.config;
    if (!config) {
      throw new GrondslagError('STATS_NO_CONFIG', 'the worker was started without a configuration', {
        kind: 'internal',
      });
    }
    const { policy } = await loadPolicyFile(config.policyPath);
    const at = payload.at ? new Date(payload.at) : new Date();
    const rule = statsRetentionRule(policy, config.stats?.retentionRule);
    const cutoff = statsCutoff(policy, at, rule.id);
    const deleted = await ctx.complete((tx) => deleteExpiredStats(tx, cutoff));
    ctx.log.info('website statistics retention', { rule: rule.id, cutoff: cutoff.toISOString(), deleted });
  },
});
