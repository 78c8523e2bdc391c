import { createHash, createHmac } from 'node:crypto';
import { truncateIp } from '../pii/operators.js';

/**
 * Counting visitors without identifying them. A visitor is a keyed hash of what every request
 * carries anyway — the network address cut to its /24 (IPv4) or /48 (IPv6), the user agent, the site
 * — under a random salt of the day. Within a day the same browser gives the same id, so it is counted
 * once; the next day's salt gives it another id, and once a day's salt is destroyed (after 48 hours,
 * daily-salt.ts) nobody can test whether an address visited that day. Nothing here is stored: the
 * store keeps only short tokens derived from the id (countToken) until the day is over.
 */

/** Bytes of a count token: enough that two visitors of a day never collide in practice. */
export const TOKEN_BYTES = 16;

/**
 * The client address cut to its /24 (IPv4) or /48 (IPv6), with the PII engine's `truncate`
 * operator; an IPv4 address a dual-stack socket reports as `::ffff:a.b.c.d` counts as that IPv4
 * address. Anything that is not an address gives '' (all such clients share one bucket).
 *
 * @example
 *   truncateClientAddress('192.0.2.77');        // '192.0.2.0'
 *   truncateClientAddress('::ffff:192.0.2.77'); // '192.0.2.0'
 *   truncateClientAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348'); // '2001:db8:85a3::'
 */
export function truncateClientAddress(address: string): string {
  const v = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d{1,3}(?:\.\d{1,3}){3}$)/, '');
  return truncateIp(v) ?? '';
}

/** What a visitor id is computed from; the address is truncated before it is used. */
export interface Visit {
  site: string;
  address: string;
  userAgent: string;
}

// NUL separates the parts so that no two different visits hash the same input ("ab"+"c" vs "a"+"bc").
const SEP = '\u0000';
const clean = (s: string) => s.replaceAll(SEP, '');

/**
 * HMAC-SHA256 of site, truncated address and user agent under the day's salt.
 *
 * @example
 *   const id = visitorId(salt, { site: 'portal', address: '192.0.2.77', userAgent: ua });
 *   // the same for 192.0.2.1 with the same browser and salt; different under tomorrow's salt
 */
export function visitorId(salt: Uint8Array, visit: Visit): Buffer {
  return createHmac('sha256', salt)
    .update(
      [clean(visit.site), truncateClientAddress(visit.address), clean(visit.userAgent)].join(SEP),
      'utf8',
    )
    .digest();
}

/**
 * The token that marks "this visitor was counted for this page (referrer, campaign, site) today":
 * a hash of the visitor id and what was counted, so the tokens of one visitor cannot be linked to
 * each other, let alone to the visitor. Hex, TOKEN_BYTES long.
 *
 * @example
 *   countToken(id, 'page', '/tarieven'); // '3f9a…' (32 hex digits)
 */
export function countToken(visitor: Uint8Array, dimension: string, key: string): string {
  return createHash('sha256')
    .update(visitor)
    .update(`${SEP}${dimension}${SEP}${key}`, 'utf8')
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('hex');
}

/**
 * The rate limiter's key for an address: keyed with the day's salt like the visitor id, so that the
 * counters say nothing about an address once the salt is gone.
 */
export function rateKey(salt: Uint8Array, address: string): string {
  return createHmac('sha256', salt)
    .update(`rate${SEP}${truncateClientAddress(address)}`, 'utf8')
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('hex');
}
