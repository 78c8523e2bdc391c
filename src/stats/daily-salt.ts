import { randomBytes } from 'node:crypto';
import type { Queryable } from '../store/db.js';

/**
 * The random salt of each day (UTC), kept in grondslag.stats_salt. It is created on first use and
 * destroyed 48 hours after its day began: every hash computed with it then becomes a number nobody
 * can reproduce. Days are UTC days so that every process and database agrees on them without a
 * time-zone setting.
 */

export const SALT_BYTES = 32;
const HOUR = 3600_000;
/** How long a salt may exist, counted from the start of its day. */
export const SALT_LIFETIME_MS = 48 * HOUR;
/** Rate-limit windows older than this are of no use to anyone. */
const RATE_WINDOW_KEEP_MS = 5 * 60_000;

/**
 * The UTC day of an instant, `YYYY-MM-DD`.
 *
 * @example
 *   utcDay(new Date('2026-03-02T23:30:00+01:00')); // '2026-03-02'
 */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Source of salt bytes; tests pass a fixed one to show that ids depend on the salt alone. */
export type RandomBytes = (n: number) => Uint8Array;

/**
 * The salt of `day`, creating it when it does not exist yet. Several processes may race to create
 * it; the primary key lets one win and all of them read the winner's.
 *
 * Creating a day's salt is also the moment to destroy expired ones, so that salts do not outlive
 * 48 hours even when no worker runs the hourly job.
 *
 * @example
 *   const salt = await daySalt(db, utcDay(now), now);
 */
export async function daySalt(
  q: Queryable,
  day: string,
  now: Date,
  random: RandomBytes = randomBytes,
): Promise<Buffer> {
  const found = await q.query<{ salt: string }>(
    `select encode(salt, 'hex') as salt from grondslag.stats_salt where day = $1::date`,
    [day],
  );
  if (found.rows[0]) return Buffer.from(found.rows[0].salt, 'hex');
  await deleteExpiredSalts(q, now);
  await q.query(
    `insert into grondslag.stats_salt (day, salt, created_at) values ($1::date, decode($2, 'hex'), $3)
     on conflict (day) do nothing`,
    [day, Buffer.from(random(SALT_BYTES)).toString('hex'), now],
  );
  const { rows } = await q.query<{ salt: string }>(
    `select encode(salt, 'hex') as salt from grondslag.stats_salt where day = $1::date`,
    [day],
  );
  return Buffer.from(rows[0]!.salt, 'hex');
}

/** Deletes the salts whose day began 48 hours or more before `now`; returns their days. */
export async function deleteExpiredSalts(q: Queryable, now: Date): Promise<string[]> {
  const { rows } = await q.query<{ day: string }>(
    `delete from grondslag.stats_salt where day <= $1::date returning day::text as day`,
    [utcDay(new Date(now.getTime() - SALT_LIFETIME_MS))],
  );
  return rows.map((r) => r.day).sort();
}

export interface SaltRotation {
  /** The day whose salt is now ready (today). */
  today: string;
  /** Days whose salt was destroyed by this rotation. */
  destroyed: string[];
  /** Count tokens of past days removed (a day's uniques are final once it is over). */
  seenDeleted: number;
  /** Rate-limit counters removed. */
  rateDeleted: number;
}

/**
 * The hourly rotation: makes sure today's salt exists, destroys salts older than 48 hours, and
 * removes what only a running day needs — the count tokens of past days and old rate counters.
 *
 * @example
 *   const r = await rotateSalts(tx, new Date('2026-03-04T00:00:00Z'));
 *   // r.destroyed: ['2026-03-02'] — the salt of 2 March lived exactly 48 hours
 */
export async function rotateSalts(
  q: Queryable,
  now: Date,
  random: RandomBytes = randomBytes,
): Promise<SaltRotation> {
  const today = utcDay(now);
  const destroyed = await deleteExpiredSalts(q, now);
  await daySalt(q, today, now, random);
  const seen = await q.query('delete from grondslag.stats_seen where day < $1::date', [today]);
  const rate = await q.query('delete from grondslag.stats_rate where window_start < $1', [
    new Date(now.getTime() - RATE_WINDOW_KEEP_MS),
  ]);
  return { today, destroyed, seenDeleted: seen.rowCount, rateDeleted: rate.rowCount };
}

/**
 * Today's salt, read from the store once per day and process: the ingest needs it for every event.
 * Only today's salt is held; the day after, the first event replaces it.
 */
export class SaltCache {
  private day: string | undefined;
  private salt: Buffer | undefined;
  private pending: Promise<Buffer> | undefined;

  constructor(private readonly random: RandomBytes = randomBytes) {}

  /** @example const salt = await cache.today(db, clock()); */
  async today(q: Queryable, now: Date): Promise<Buffer> {
    const day = utcDay(now);
    if (this.day === day && this.salt) return this.salt;
    if (this.day === day && this.pending) return this.pending;
    this.salt = undefined;
    this.day = day;
    const pending = daySalt(q, day, now, this.random);
    this.pending = pending;
    try {
      const salt = await pending;
      if (this.day === day) this.salt = salt;
      return salt;
    } finally {
      if (this.pending === pending) this.pending = undefined;
    }
  }
}
