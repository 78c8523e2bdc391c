import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../store/db.js';

/**
 * Random secrets and their stored forms. A session or API token is a 256-bit random value; the
 * database keeps only its SHA-256, so a leaked copy of the database opens no session.
 */

/** 32 random bytes as base64url (43 characters). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Hex SHA-256 of a token, the form in which tokens are stored and looked up. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** HMAC-SHA-256 under `key`, base64url. */
export function hmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}

/** Constant-time string comparison (a timing difference must not reveal how much of a token matched). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The installation's key named `name`, created on first use. Every server process on the same
 * database gets the same key: the insert is idempotent and the first writer wins.
 *
 * @example
 *   const key = await serverSecret(db, 'csrf', clock());
 */
export async function serverSecret(q: Queryable, name: string, now: Date): Promise<string> {
  await q.query(
    `insert into grondslag.server_secret (name, secret, created_at) values ($1, $2, $3)
     on conflict (name) do nothing`,
    [name, randomToken(), now],
  );
  const { rows } = await q.query<{ secret: string }>(
    'select secret from grondslag.server_secret where name = $1',
    [name],
  );
  const secret = rows[0]?.secret;
  if (!secret) throw new Error(`server secret ${name} missing after insert`);
  return secret;
}
