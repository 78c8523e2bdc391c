import type { Hono } from 'hono';
import { anyRole } from '../../access/roles.js';
import { lastDays, statsReport } from '../../stats/report.js';
import { statsRetentionRule } from '../../stats/retention.js';
import { adminContext } from '../admin-context.js';
import type { AppEnv } from '../env.js';
import { requireRole } from '../middleware/require-role.js';
import { portalOrigins, statsSiteChoices } from '../stats-context.js';
import { type StatsPeriodDays, statsPage, statsPeriods } from '../views/stats-page.js';

const DEFAULT_DAYS: StatsPeriodDays = 30;

/** The console's Statistics page (every role: aggregates only, no personal data). */
export function statsAdminRoutes(app: Hono<AppEnv>): void {
  app.get('/admin/statistics', requireRole(anyRole), async (c) => {
    const { db, clock, config, policy } = c.var.deps;
    const asked = Number(c.req.query('days'));
    // Unknown values fall back to the default: the selector offers only these, and a hand-edited
    // URL should still show a page.
    const days = (statsPeriods as readonly number[]).includes(asked)
      ? (asked as StatsPeriodDays)
      : DEFAULT_DAYS;
    const sites = await statsSiteChoices(c);
    const askedSite = c.req.query('site');
    const site = askedSite && sites.includes(askedSite) ? askedSite : (sites[0] ?? 'portal');
    let retention: { wording: string; rule: string } | { problem: string };
    try {
      const rule = statsRetentionRule(policy.policy, config.stats?.retentionRule);
      retention = { rule: rule.id, wording: rule.wording?.en ?? rule.period };
    } catch (e) {
      retention = { problem: e instanceof Error ? e.message : String(e) };
    }
    const base = config.server.publicUrl ? new URL(config.server.publicUrl).origin : portalOrigins(c)[0];
    const page = statsPage(await adminContext(c), {
      report: await statsReport(db, site, lastDays(clock(), days)),
      sites: sites.length > 0 ? sites : [site],
      days,
      retention,
      snippet: `<script defer src="${base}/stats/t.js"></script>`,
    });
    return c.html(page.value);
  });
}
