import type { Sealer } from '../crypto/sealed.js';
import type { Queryable } from '../store/db.js';

/**
 * Fixed-window counters in the database for the public portal (request form, code entry, ID-copy
 * upload): a restart gives no fresh budget and several server processes share one count. Client
 * addresses are stored as keyed hashes — the limit needs equality, not the address.
 */

export interface RateRule {
  /** Counter name, e.g. `portal-submit`. */
  name: string;
  windowMs: number;
  limit: number;
}

export const portalRates = {
  /** Filing requests: a family behind one router files a few; a script files hundreds. */
  submit: { name: 'portal-submit', windowMs: 3600_000, limit: 10 },
  /** Code entries across all links from one address (each code also has its own 5-try limit). */
  code: { name: 'portal-code', windowMs: 3600_000, limit: 30 },
  /** ID-copy uploads (each runs OCR, which is costly). */
  upload: { name: 'portal-upload', windowMs: 3600_000, limit: 10 },
} satisfies Record<string, RateRule>;

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (for Retry-After). */
  retryAfterSeconds: number;
}

/**
 * Counts one hit for `client` under `rule` and says whether it is within the limit.
 *
 * @example
 *   const d = await hitRate(db, sealer, portalRates.submit, clientAddress(c), now);
 *   if (!d.allowed) return tooManyRequests(d.retryAfterSeconds);
 */
export async function hitRate(
  q: Queryable,
  sealer: Sealer,
  rule: RateRule,
  client: string,
  now: Date,
): Promise<RateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const bucket = `${rule.name}:${sealer.lookup('dsr:rate', client)}`;
  const { rows } = await q.query<{ hits: number }>(
    `insert into grondslag.dsr_rate (bucket, window_start, hits) values ($1, $2, 1)
     on conflict (bucket, window_start) do update set hits = grondslag.dsr_rate.hits + 1
     returning hits`,
    [bucket, windowStart],
  );
  // Old windows are useless; clearing them here keeps the table small without a job.
  await q.query('delete from grondslag.dsr_rate where window_start < $1', [
    new Date(windowStart.getTime() - 24 * 3600_000),
  ]);
  const hits = rows[0]?.hits ?? 1;
  return {
    allowed: hits <= rule.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000)),
  };
}
