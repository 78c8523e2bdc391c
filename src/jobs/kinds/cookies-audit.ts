import { z } from 'zod';
import { auditSite } from '../../cookies/audit.js';
import { type CookieAuditOutcome, recordCookieAudits } from '../../cookies/store.js';
import { demoPolicyPath } from '../../paths.js';
import { loadPolicyFile } from '../../policy/load.js';
import { defineJobKind } from '../kind.js';

/**
 * Daily at 05:15 Amsterdam time: audits every page in the configuration's `cookies.auditUrls` in
 * Chromium (src/cookies/audit.ts) and keeps each report with what changed since the previous run,
 * for the console's Cookies page. `url` in the payload audits one page now (an operator, a test).
 *
 * The browser work happens before `ctx.complete`; only the results are committed, so a crash
 * re-runs the audit rather than leaving half a history. A page that cannot be audited (site down,
 * no Chromium) is stored as a failed run, so that the history shows the gap instead of hiding it.
 */
export const cookiesAudit = defineJobKind({
  name: 'cookies.audit',
  summary: 'audit the configured web pages for cookies and trackers in Chromium; keep history and changes',
  payload: z.strictObject({
    url: z.url().optional(),
    maxPages: z.number().int().min(0).max(200).optional(),
  }),
  policy: { retryLimit: 1, retryDelaySeconds: 900, retryBackoff: false, expireInSeconds: 3 * 3600 },
  schedule: { cron: '15 5 * * *', tz: 'Europe/Amsterdam', payload: {} },
  async run(payload, ctx) {
    const urls = payload.url ? [payload.url] : (ctx.config?.cookies?.auditUrls ?? []);
    if (urls.length === 0) return;
    const policy = await loadPolicyFile(ctx.config?.policyPath ?? demoPolicyPath);
    const outcomes: CookieAuditOutcome[] = [];
    for (const url of urls) {
      ctx.signal.throwIfAborted();
      const startedAt = new Date();
      try {
        const report = await auditSite(url, policy, { maxPages: payload.maxPages });
        outcomes.push({ url, startedAt, finishedAt: new Date(), report });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        ctx.log.warn('cookie audit failed', { url, error });
        outcomes.push({ url, startedAt, finishedAt: new Date(), error });
      }
    }
    const runs = await ctx.complete((tx) => recordCookieAudits(tx, outcomes, { jobId: ctx.jobId }));
    for (const run of runs) {
      ctx.log.info('cookie audit', {
        run: run.id,
        url: run.url,
        status: run.status,
        errors: run.errors,
        newCookies: run.diff?.newCookies.length ?? 0,
        newThirdParties: run.diff?.newThirdParties.length ?? 0,
      });
    }
  },
});
