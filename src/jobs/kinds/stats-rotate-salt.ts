import { z } from 'zod';
import { rotateSalts } from '../../stats/daily-salt.js';
import { defineJobKind } from '../kind.js';

/**
 * Hourly: destroys the statistics salts older than 48 hours, makes today's ready, and removes what
 * only a running day needs (count tokens of past days, old rate-limit counters). Running every hour
 * means a salt is gone within the hour its 48 hours end; the ingest also destroys expired salts when
 * it creates a new day's. `at` in the payload rotates "as of" another instant (tests).
 */
export const statsRotateSalt = defineJobKind({
  name: 'stats.rotate-salt',
  summary: 'destroy website-statistics salts older than 48 hours and the past days’ visitor tokens',
  payload: z.strictObject({ at: z.iso.datetime().optional() }),
  // The next hour's run does the same work, so a failed one needs only a couple of quick retries.
  policy: { retryLimit: 2, retryDelaySeconds: 60, retryBackoff: false, expireInSeconds: 300 },
  schedule: { cron: '0 * * * *', payload: {} },
  async run(payload, ctx) {
    const at = payload.at ? new Date(payload.at) : new Date();
    const r = await ctx.complete((tx) => rotateSalts(tx, at));
    ctx.log.info('statistics salts rotated', {
      today: r.today,
      destroyed: r.destroyed,
      seenDeleted: r.seenDeleted,
      rateDeleted: r.rateDeleted,
    });
  },
});
