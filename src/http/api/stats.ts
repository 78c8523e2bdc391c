import { z } from 'zod';
import { anyRole } from '../../access/roles.js';
import { GrondslagError } from '../../errors.js';
import { lastDays, statsReport } from '../../stats/report.js';
import { statsSiteChoices } from '../stats-context.js';
import { type AnyApiRoute, apiRoute } from './route.js';

const day = z.iso.date().describe('a UTC day, YYYY-MM-DD');
/** Statistics are kept three months; a year is more than any period that can hold data. */
const MAX_PERIOD_DAYS = 366;

const counts = { pageviews: z.number().int(), visitors: z.number().int() };
const ranked = z.object({ key: z.string(), ...counts });

const statsJson = z.object({
  site: z.string(),
  sites: z.array(z.string()).describe('every site that has statistics or may report them'),
  period: z.object({ from: z.string(), to: z.string() }),
  totals: z.object(counts).describe('visitors are summed daily uniques'),
  days: z.array(z.object({ day: z.string(), ...counts })),
  pages: z.array(ranked),
  referrers: z.array(ranked),
  campaigns: z.array(
    ranked.extend({
      source: z.string().nullable(),
      medium: z.string().nullable(),
      campaign: z.string().nullable(),
    }),
  ),
});

/** The website statistics as JSON (every role, like the console page). */
export const statsApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/api/stats',
    operationId: 'getStats',
    summary: 'Cookieless website statistics of a site: per day, totals, top pages, referrers and campaigns',
    tag: 'statistics',
    access: anyRole,
    query: z.object({
      site: z.string().min(1).optional().describe('default: the site with the most page views'),
      days: z.coerce.number().int().min(1).max(MAX_PERIOD_DAYS).default(30).describe('the last N days'),
      from: day.optional().describe('first day (with `to`, instead of `days`)'),
      to: day.optional().describe('last day, inclusive'),
      limit: z.coerce.number().int().min(1).max(100).default(10).describe('rows in each top list'),
    }),
    response: statsJson,
    async handle(c, { query }) {
      const { db, clock } = c.var.deps;
      const sites = await statsSiteChoices(c);
      const site = query.site ?? sites[0];
      if (site === undefined || !sites.includes(site)) {
        throw new GrondslagError('STATS_SITE_UNKNOWN', `no statistics for site "${query.site ?? ''}"`, {
          kind: 'not_found',
        });
      }
      const period = periodOf(query, clock());
      const report = await statsReport(db, site, period, query.limit);
      return { ...report, sites };
    },
  }),
];

function periodOf(q: { days: number; from?: string; to?: string }, now: Date): { from: string; to: string } {
  if (q.from === undefined && q.to === undefined) return lastDays(now, q.days);
  if (q.from === undefined || q.to === undefined) {
    throw new GrondslagError('VALIDATION_FAILED', 'query: give both `from` and `to`, or neither');
  }
  const span = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
  if (span < 1 || span > MAX_PERIOD_DAYS) {
    throw new GrondslagError(
      'VALIDATION_FAILED',
      `query: \`from\` must be on or before \`to\`, at most ${MAX_PERIOD_DAYS} days`,
    );
  }
  return { from: q.from, to: q.to };
}
