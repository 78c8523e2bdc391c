import { z } from 'zod';
import { defineJobKind } from '../kind.js';
import { pruneJobRuns } from '../runs.js';

/** Run records are operational, not evidence: a month is enough to see a pattern of failures. */
const KEEP_RUNS_DAYS = 31;

/**
 * Proves every minute that the scheduler and at least one worker are alive: its completion is recorded
 * in grondslag.job_run like every job's, and the admin dashboard shows "jobs last ran at" from it.
 * While it is there it prunes old run records.
 */
export const systemHeartbeat = defineJobKind({
  name: 'system.heartbeat',
  summary: 'record that the scheduler and a worker are alive; prune old job run records',
  payload: z.strictObject({}),
  // A missed beat is replaced by the next one a minute later, so retrying late beats is pointless.
  policy: { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 },
  schedule: { cron: '* * * * *', payload: {} },
  async run(_payload, ctx) {
    const pruned = await ctx.complete((tx) => pruneJobRuns(tx, KEEP_RUNS_DAYS));
    if (pruned > 0) ctx.log.info('pruned job run records', { pruned, keepDays: KEEP_RUNS_DAYS });
  },
});
