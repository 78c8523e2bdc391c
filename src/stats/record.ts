import type { Queryable } from '../store/db.js';
import type { PageviewFacts } from './pageview.js';
import type { RateLimit } from './rate-limit.js';
import { countToken } from './visitor.js';

/** What a daily aggregate counts: the whole site, a page, a referring host, a campaign. */
export const statsDimensions = ['site', 'page', 'referrer', 'campaign'] as const;
export type StatsDimension = (typeof statsDimensions)[number];

export interface RecordOutcome {
  /** False when the client was over its rate: nothing was counted. */
  counted: boolean;
  /** Whether the visitor was new to the site today. */
  newVisitor: boolean;
}

/**
 * Counts one page view in the day's aggregates: a page view for the site, the page and — when
 * there is one — the referrer and the campaign; and a visitor for each of them that this visitor
 * has not been counted for yet today. "Counted yet" is a token derived from the visitor id
 * (visitor.ts) in grondslag.stats_seen; the first insert of a token wins, so concurrent events of
 * one visitor still count one visitor.
 *
 * With `rate`, the same statement counts the event against the client's limit first and counts
 * nothing when it is over: one round trip per event, and the view is counted wholly or not at all.
 *
 * @example
 *   await recordPageview(db, { site: 'portal', day: '2026-03-02', facts: { page: '/' }, visitor: id });
 *   // { counted: true, newVisitor: true }
 */
export async function recordPageview(
  q: Queryable,
  view: { site: string; day: string; facts: PageviewFacts; visitor: Uint8Array },
  rate?: RateLimit,
): Promise<RecordOutcome> {
  const counted: [StatsDimension, string][] = [
    ['site', ''],
    ['page', view.facts.page],
  ];
  if (view.facts.referrer) counted.push(['referrer', view.facts.referrer]);
  if (view.facts.campaign) counted.push(['campaign', view.facts.campaign]);
  const tokens = counted.map(([dimension, key]) => countToken(view.visitor, dimension, key));
  const { rows } = await q.query<{ counted: boolean; new_visitor: boolean }>(
    `with rate as (
       insert into grondslag.stats_rate as r (window_start, client, hits)
       select $6::timestamptz, decode($7, 'hex'), 1 where $6::timestamptz is not null
       on conflict (window_start, client) do update set hits = r.hits + 1
       returning hits
     ), allowed as (
       select $8::int is null or (select hits from rate) <= $8::int as ok
     ), counted as (
       select c.* from unnest($3::text[], $4::text[], $5::text[]) as c(dimension, key, token)
       where (select ok from allowed)
     ), fresh as (
       insert into grondslag.stats_seen (day, token)
       select $2::date, decode(token, 'hex') from counted
       on conflict do nothing
       returning token
     ), upserted as (
       insert into grondslag.stats_daily as d (site, day, dimension, key, pageviews, visitors)
       select $1, $2::date, c.dimension, c.key, 1,
              case when exists (select 1 from fresh f where f.token = decode(c.token, 'hex')) then 1 else 0 end
       from counted c
       on conflict (site, day, dimension, key) do update
         set pageviews = d.pageviews + 1, visitors = d.visitors + excluded.visitors
       returning 1
     )
     select (select ok from allowed) as counted,
            exists (select 1 from fresh where token = decode($9, 'hex')) as new_visitor,
            (select count(*) from upserted) as rows`,
    [
      view.site,
      view.day,
      counted.map((c) => c[0]),
      counted.map((c) => c[1]),
      tokens,
      rate?.window ?? null,
      rate?.client ?? null,
      rate?.limit ?? null,
      tokens[0],
    ],
  );
  return { counted: rows[0]?.counted === true, newVisitor: rows[0]?.new_visitor === true };
}
