import type { Queryable } from '../store/db.js';
import { hmac, serverSecret } from './secrets.js';

/**
 * Sign-in throttling, per account and per client address, kept in the database so that a restart
 * does not hand an attacker a fresh budget and several server processes share one count.
 *
 * Accounts and addresses are stored as keyed hashes: throttling needs to compare them, not to read
 * them, and an address is personal data.
 */

export const throttleLimits = {
  windowMs: 15 * 60 * 1000,
  /** Failures per account in the window: enough for typos, far too few for guessing. */
  perAccount: 5,
  /** Failures per address in the window: one address trying many accounts. */
  perAddress: 20,
};

export interface ThrottleKeys {
  account: string;
  address: string;
}

/** The keyed hashes for an e-mail address (case-insensitive) and a client address. */
export async function throttleKeys(
  q: Queryable,
  email: string,
  address: string,
  now: Date,
): Promise<ThrottleKeys> {
  const key = await serverSecret(q, 'throttle', now);
  return {
    account: hmac(key, `account:${email.trim().toLowerCase()}`),
    address: hmac(key, `address:${address}`),
  };
}

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export async function throttleDelay(q: Queryable, keys: ThrottleKeys, now: Date): Promise<number> {
  const since = new Date(now.getTime() - throttleLimits.windowMs);
  const { rows } = await q.query<{ kind: string; n: number; oldest: Date | null }>(
    `select 'account' as kind, count(*)::int as n, min(at) as oldest from grondslag.sign_in_failure
      where account_key = $1 and at > $3
     union all
     select 'address', count(*)::int, min(at) from grondslag.sign_in_failure
      where address_key = $2 and at > $3`,
    [keys.account, keys.address, since],
  );
  let delay = 0;
  for (const r of rows) {
    const limit = r.kind === 'account' ? throttleLimits.perAccount : throttleLimits.perAddress;
    if (r.n >= limit && r.oldest) {
      // Allowed again once the oldest failure in the window has aged out of it.
      const wait = Math.ceil((r.oldest.getTime() + throttleLimits.windowMs - now.getTime()) / 1000);
      delay = Math.max(delay, wait, 1);
    }
  }
  return delay;
}

/** Counts one failed attempt and forgets failures older than the window. */
export async function recordSignInFailure(q: Queryable, keys: ThrottleKeys, now: Date): Promise<void> {
  await q.query('delete from grondslag.sign_in_failure where at <= $1', [
    new Date(now.getTime() - throttleLimits.windowMs),
  ]);
  await q.query('insert into grondslag.sign_in_failure (account_key, address_key, at) values ($1, $2, $3)', [
    keys.account,
    keys.address,
    now,
  ]);
}

/** A successful sign-in clears the account's failures (not the address's: others may share it). */
export async function clearAccountFailures(q: Queryable, keys: ThrottleKeys): Promise<void> {
  await q.query('delete from grondslag.sign_in_failure where account_key = $1', [keys.account]);
}
