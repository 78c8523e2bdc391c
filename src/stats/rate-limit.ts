/**
 * The ingest's rate limit: fixed one-minute windows per client, counted in grondslag.stats_rate so
 * that several server processes share them and a restart gives no fresh budget. The client is its
 * salted, truncated-address key (visitor.ts `rateKey`), so the counters say nothing about an address
 * once the day's salt is gone; the hourly salt rotation removes old windows. The counting itself
 * happens in the statement that records the page view (record.ts), one round trip per event.
 */

const WINDOW_MS = 60_000;

export interface RateLimit {
  /** The client's key, hex. */
  client: string;
  /** Start of the current window. */
  window: Date;
  /** Events allowed per window. */
  limit: number;
}

/**
 * The limit for a client at `now`.
 *
 * @example
 *   rateLimit(rateKey(salt, address), new Date('2026-03-02T09:00:42Z'), 600);
 *   // { client, window: 2026-03-02T09:00:00Z, limit: 600 }
 */
export function rateLimit(client: string, now: Date, limit: number): RateLimit {
  return { client, window: new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS), limit };
}

/** Seconds until the window of `now` ends (for Retry-After). */
export function retryAfterSeconds(now: Date): number {
  return Math.max(1, Math.ceil((WINDOW_MS - (now.getTime() % WINDOW_MS)) / 1000));
}
