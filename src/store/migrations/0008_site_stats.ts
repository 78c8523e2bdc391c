import type { Migration } from '../migrate.js';

/**
 * Cookieless website statistics (src/stats/). What is kept, and for how long:
 *
 * - `stats_salt`: one random 32-byte salt per UTC day, the key of that day's visitor hashes. The
 *   hourly `stats.rotate-salt` job deletes a salt once its day is over by more than a day, so no salt
 *   lives longer than 48 hours; after that nobody, us included, can recompute a visitor's hash.
 * - `stats_seen`: the day's unique-count structure, one opaque 16-byte token per visitor and counted
 *   thing (the site, a page, a referrer, a campaign). It only answers "was this visitor already
 *   counted here today?" and is deleted as soon as its day is over.
 * - `stats_daily`: the aggregates that remain — page views and daily unique visitors per site, day
 *   and dimension. No address, no user agent, no hash. Deleted after the policy's period.
 * - `stats_rate`: per-minute event counters for the ingest's rate limit, keyed by a salted hash of
 *   the truncated address; pruned by the hourly job.
 */
export const siteStats: Migration = {
  id: 8,
  name: 'site_stats',
  up: `
    create table grondslag.stats_salt (
      day date primary key,
      salt bytea not null check (octet_length(salt) = 32),
      created_at timestamptz not null
    );

    create table grondslag.stats_seen (
      day date not null,
      token bytea not null check (octet_length(token) = 16),
      primary key (day, token)
    );

    create table grondslag.stats_daily (
      site text not null,
      day date not null,
      -- 'site': the whole site (key ''); 'page': a path; 'referrer': a host name; 'campaign': the
      -- utm_source/utm_medium/utm_campaign tags as a query string.
      dimension text not null check (dimension in ('site', 'page', 'referrer', 'campaign')),
      key text not null,
      pageviews bigint not null default 0,
      visitors bigint not null default 0,
      primary key (site, day, dimension, key)
    );
    create index stats_daily_day on grondslag.stats_daily (day);

    create table grondslag.stats_rate (
      window_start timestamptz not null,
      client bytea not null,
      hits integer not null,
      primary key (window_start, client)
    );
  `,
};
