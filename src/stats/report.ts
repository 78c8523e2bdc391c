import type { Queryable } from '../store/db.js';
import { utcDay } from './daily-salt.js';
import { campaignParameters } from './pageview.js';
import type { StatsDimension } from './record.js';

/**
 * Reading the daily aggregates back for the dashboard and the API. Visitors are daily uniques: over
 * a period they are summed, so someone who came on three days counts three times — by design, since
 * nothing links a visitor's days to each other.
 */

/** A period of whole UTC days, both ends included (`YYYY-MM-DD`). */
export interface StatsPeriod {
  from: string;
  to: string;
}

export interface DayCount {
  day: string;
  pageviews: number;
  visitors: number;
}

export interface RankedCount {
  key: string;
  pageviews: number;
  visitors: number;
}

export interface CampaignCount extends RankedCount {
  source: string | null;
  medium: string | null;
  campaign: string | null;
}

export interface StatsReport {
  site: string;
  period: StatsPeriod;
  totals: { pageviews: number; visitors: number };
  /** Every day of the period, days without views included (as zero). */
  days: DayCount[];
  pages: RankedCount[];
  referrers: RankedCount[];
  campaigns: CampaignCount[];
}

const DAY_MS = 86_400_000;

/**
 * The `days` whole days up to and including today.
 *
 * @example
 *   lastDays(new Date('2026-03-02T09:00:00Z'), 7); // { from: '2026-02-24', to: '2026-03-02' }
 */
export function lastDays(now: Date, days: number): StatsPeriod {
  return { from: utcDay(new Date(now.getTime() - (days - 1) * DAY_MS)), to: utcDay(now) };
}

/** Each day from `from` to `to`, inclusive. */
export function daysOf(period: StatsPeriod): string[] {
  const out: string[] = [];
  const end = Date.parse(`${period.to}T00:00:00Z`);
  for (let t = Date.parse(`${period.from}T00:00:00Z`); t <= end; t += DAY_MS) out.push(utcDay(new Date(t)));
  return out;
}

async function ranked(
  q: Queryable,
  site: string,
  period: StatsPeriod,
  dimension: StatsDimension,
  limit: number,
): Promise<RankedCount[]> {
  const { rows } = await q.query<{ key: string; pageviews: number; visitors: number }>(
    `select key, sum(pageviews)::int8 as pageviews, sum(visitors)::int8 as visitors
     from grondslag.stats_daily
     where site = $1 and dimension = $2 and day between $3::date and $4::date
     group by key
     order by pageviews desc, visitors desc, key
     limit $5`,
    [site, dimension, period.from, period.to, limit],
  );
  return rows.map((r) => ({ key: r.key, pageviews: Number(r.pageviews), visitors: Number(r.visitors) }));
}

/**
 * The statistics of one site over a period: per day, in total, and the top pages, referrers and
 * campaigns.
 *
 * @example
 *   const r = await statsReport(db, 'portal', lastDays(new Date(), 30));
 *   r.totals; // { pageviews: 1234, visitors: 456 }
 */
export async function statsReport(
  q: Queryable,
  site: string,
  period: StatsPeriod,
  limit = 10,
): Promise<StatsReport> {
  const { rows } = await q.query<{ day: string; pageviews: number; visitors: number }>(
    `select day::text as day, pageviews, visitors from grondslag.stats_daily
     where site = $1 and dimension = 'site' and key = '' and day between $2::date and $3::date`,
    [site, period.from, period.to],
  );
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days = daysOf(period).map((day) => {
    const r = byDay.get(day);
    return { day, pageviews: Number(r?.pageviews ?? 0), visitors: Number(r?.visitors ?? 0) };
  });
  const totals = days.reduce(
    (t, d) => ({ pageviews: t.pageviews + d.pageviews, visitors: t.visitors + d.visitors }),
    { pageviews: 0, visitors: 0 },
  );
  const [pages, referrers, campaigns] = await Promise.all([
    ranked(q, site, period, 'page', limit),
    ranked(q, site, period, 'referrer', limit),
    ranked(q, site, period, 'campaign', limit),
  ]);
  return {
    site,
    period,
    totals,
    days,
    pages,
    referrers,
    campaigns: campaigns.map((c) => {
      const tags = new URLSearchParams(c.key);
      const [source, medium, campaign] = campaignParameters.map((p) => tags.get(p));
      return { ...c, source: source ?? null, medium: medium ?? null, campaign: campaign ?? null };
    }),
  };
}

/** The sites that have statistics, most page views first. */
export async function sitesWithStats(q: Queryable): Promise<string[]> {
  const { rows } = await q.query<{ site: string }>(
    `select site from grondslag.stats_daily where dimension = 'site'
     group by site order by sum(pageviews) desc, site`,
  );
  return rows.map((r) => r.site);
}
