import { z } from 'zod';
import { sharedConnectors } from '../../dsr/connector-pool.js';
import { executeRequest, pendingExecutions } from '../../dsr/execute.js';
import { executionDeps } from '../../dsr/execution-deps.js';
import { executionErrorCodes } from '../../dsr/execution-store.js';
import { GrondslagError, isGrondslagError } from '../../errors.js';
import { defineJobKind } from '../kind.js';

/** Requests taken per scheduled run, earliest due first; the next minute takes the next ones. */
const PER_RUN = 20;

/**
 * Executes approved data-subject requests (src/dsr/execute.ts) on the worker: one request when the
 * payload names it, else — every minute — every approved request whose execution is not done, earliest
 * due first. Approving a request is thus all it takes; an objection to direct marketing, approved on
 * verification, is carried out within the minute (Art. 21(3): immediate).
 *
 * Execution records its own progress step by step and batch by batch, so this kind does not lean on
 * `ctx.complete` for exactly-once: an attempt that dies (kill -9, lost machine) is resumed by the next
 * run, behind the last committed batch. A request another process is executing is skipped
 * (its lease), and one that fails is tried again the next minute with its error on record.
 *
 * @example
 *   await enqueue(queue, dsrExecute, { requestId: 'dsr_…' });
 */
export const dsrExecute = defineJobKind({
  name: 'dsr.execute',
  summary: 'execute approved data-subject requests on the configured stores (resumable)',
  payload: z.strictObject({ requestId: z.string().min(1).max(100).optional() }),
  // An hour covers one person's data on a large store; a crashed attempt is picked up after that.
  policy: { retryLimit: 5, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 3600 },
  schedule: { cron: '* * * * *', payload: {} },
  async run(payload, ctx) {
    const ids = payload.requestId ? [payload.requestId] : await pendingExecutions(ctx.db, PER_RUN);
    if (ids.length === 0) return ctx.complete(async () => undefined);
    const config = ctx.config;
    if (!config) {
      throw new GrondslagError('DSR_NO_CONFIG', 'the worker was started without a configuration', {
        kind: 'internal',
      });
    }
    const deps = await executionDeps({ db: ctx.db, config, log: ctx.log });
    const shared = sharedConnectors(deps.openSystem);
    deps.openSystem = shared.openSystem;
    let failed: unknown;
    try {
      for (const id of ids) {
        if (ctx.signal.aborted) break;
        try {
          const exec = await executeRequest(deps, id);
          ctx.log.info('data-subject request executed', { request: exec.requestId, kind: exec.kind });
        } catch (e) {
          if (isGrondslagError(e) && e.code === executionErrorCodes.busy) continue;
          ctx.log.error('data-subject request execution failed', { request: id, error: e });
          failed ??= e;
        }
      }
    } finally {
      deps.outputs?.mailer?.close();
      await shared.close();
    }
    // A named request that failed fails the job (and is retried); the scheduled sweep tries again next minute.
    if (payload.requestId && failed) throw failed;
    await ctx.complete(async () => undefined);
  },
});
