import { z } from 'zod';
import { GrondslagError } from '../../errors.js';
import { retentionDeps, retentionInputs } from '../../retention/deps.js';
import { expiredHoldNotifier } from '../../retention/hold-alerts.js';
import { sweepRetention } from '../../retention/sweep.js';
import { defineJobKind } from '../kind.js';

/**
 * Daily at 03:00 Amsterdam time: the retention sweep (src/retention/sweep.ts) over every configured
 * store, and the DPO alert for legal holds that expired. `at` in the payload sweeps "as of" another
 * instant (tests, catching up).
 *
 * The sweep commits batch by batch in the organisation's stores and records each batch itself, so
 * it does not hang on `ctx.complete`: an attempt that dies is resumed by the retry (or the next day's
 * run) exactly where it stopped. A run still in progress elsewhere makes this attempt fail with
 * RETENTION_RUN_IN_PROGRESS and retry later.
 */
export const retentionSweep = defineJobKind({
  name: 'retention.sweep',
  summary: 'delete or anonymise data past its retention period; alert the DPO about expired legal holds',
  payload: z.strictObject({ at: z.iso.datetime().optional() }),
  policy: { retryLimit: 3, retryDelaySeconds: 900, retryBackoff: true, expireInSeconds: 6 * 3600 },
  schedule: { cron: '0 3 * * *', tz: 'Europe/Amsterdam', payload: {} },
  async run(payload, ctx) {
    const config = ctx.config;
    if (!config) {
      throw new GrondslagError('RETENTION_NO_CONFIG', 'the worker was started without a configuration', {
        kind: 'internal',
      });
    }
    const { policy, datamap } = await retentionInputs(config);
    const deps = retentionDeps({ db: ctx.db, config, policy, datamap });
    try {
      const report = await sweepRetention(deps, {
        at: payload.at ? new Date(payload.at) : new Date(),
        actor: 'system:retention',
        notifyExpired: expiredHoldNotifier(config, policy, ctx.log),
        signal: ctx.signal,
      });
      for (const run of report.runs) {
        ctx.log.info('retention run', {
          run: run.id,
          status: run.status,
          resumed: run.resumed,
          ms: run.durationMs,
          rules: run.rules.map((r) => ({
            rule: r.rule,
            deleted: r.deleted,
            anonymised: r.anonymised,
            held: r.held,
          })),
        });
      }
    } finally {
      await deps.systems.close();
    }
    await ctx.complete(async () => undefined);
  },
});
