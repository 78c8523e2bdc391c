import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import { isBot } from './bots.js';
import { type SaltCache, utcDay } from './daily-salt.js';
import { pageviewEventSchema } from './event.js';
import { describePageview } from './pageview.js';
import { rateLimit, retryAfterSeconds } from './rate-limit.js';
import { recordPageview } from './record.js';
import { type StatsSite, siteForOrigin } from './sites.js';
import { rateKey, visitorId } from './visitor.js';

/**
 * The statistics ingest, apart from HTTP: one page view event in, counted or not. The steps, in
 * order of cost: the event must be valid and come from a page of a known site (else an input or
 * forbidden error); bots are dropped silently; a client over its rate is refused and counted for
 * nothing; everything else is counted under today's salt. Neither the address nor the user agent leaves this function.
 */

export interface IngestDeps {
  db: Queryable;
  clock: () => Date;
  salts: SaltCache;
  sites: readonly StatsSite[];
  ratePerMinute: number;
}

/** What the HTTP edge knows about the request. */
export interface IngestRequest {
  /** The parsed JSON body (not yet validated). */
  body: unknown;
  /** The `Origin` header: a browser always sends it with a POST. */
  origin?: string;
  /** The client's network address (truncated before any use). */
  address: string;
  userAgent?: string;
  /** The `Sec-CH-UA` client hint, where a headless Chromium names itself. */
  secChUa?: string;
}

export type IngestOutcome =
  | { outcome: 'counted'; site: string; newVisitor: boolean }
  | { outcome: 'bot' }
  | { outcome: 'rate_limited'; retryAfterSeconds: number };

/**
 * @example
 *   const r = await ingestPageview(deps, { body: { name: 'pageview', url: 'https://cloudaware.nl/' },
 *     origin: 'https://cloudaware.nl', address: '192.0.2.7', userAgent: ua });
 *   // { outcome: 'counted', site: 'cloudaware', newVisitor: true }
 */
export async function ingestPageview(deps: IngestDeps, req: IngestRequest): Promise<IngestOutcome> {
  const parsed = pageviewEventSchema.safeParse(req.body);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: ['body', ...i.path.map(String)].join('.'),
      message: i.message,
    }));
    throw new GrondslagError(
      'STATS_EVENT_INVALID',
      details.map((d) => `${d.path}: ${d.message}`).join('; '),
      { details },
    );
  }
  const event = parsed.data;
  const page = new URL(event.url);
  const site = siteForOrigin(deps.sites, page.origin);
  // The page must belong to a known site, and a browser's Origin must be one of that site's: a page
  // elsewhere cannot report views "of" cloudaware.nl by writing its URL into the event.
  if (!site || (req.origin !== undefined && !site.origins.includes(req.origin))) {
    throw new GrondslagError('STATS_ORIGIN_NOT_ALLOWED', 'this site may not report statistics here', {
      kind: 'forbidden',
    });
  }
  if (isBot(req.userAgent, req.secChUa === undefined ? {} : { secChUa: req.secChUa })) {
    return { outcome: 'bot' };
  }
  const now = deps.clock();
  const salt = await deps.salts.today(deps.db, now);
  // Both derived at once from the same salt; nothing below sees the address or the user agent.
  const visitor = visitorId(salt, { site: site.id, address: req.address, userAgent: req.userAgent ?? '' });
  const client = rateKey(salt, req.address);
  const facts = describePageview(page, event.referrer, site.origins);
  const recorded = await recordPageview(
    deps.db,
    { site: site.id, day: utcDay(now), facts, visitor },
    rateLimit(client, now, deps.ratePerMinute),
  );
  if (!recorded.counted) return { outcome: 'rate_limited', retryAfterSeconds: retryAfterSeconds(now) };
  return { outcome: 'counted', site: site.id, newVisitor: recorded.newVisitor };
}
