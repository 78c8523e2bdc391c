import { createHash } from 'node:crypto';
import { type AuditEntry, type AuditRecord, canonicalEntry } from './entry.js';

/**
 * The hash chain. Each entry's hash covers the hash of the entry before it, so changing, removing
 * or reordering any entry changes every hash after it: an edit cannot go unnoticed unless the
 * editor recomputes the rest of the chain — which an exported or published hash then exposes.
 *
 *   hash(n) = hex(SHA-256(UTF-8(hash(n-1) + canonicalEntry(n))))
 *
 * with hash(0), the previous hash of entry 1, fixed as GENESIS_HASH. Hashes are fixed-length hex, so
 * plain concatenation is unambiguous.
 */

/** The previous hash of the first entry: 64 zeros, the hex of no predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * @example
 *   const first = chainHash(GENESIS_HASH, entry1);
 *   const second = chainHash(first, entry2);
 */
export function chainHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256')
    .update(prevHash + canonicalEntry(entry), 'utf8')
    .digest('hex');
}

/**
 * Why a chain does not verify, at the first entry where it fails:
 * - `gap`: the entry with the expected seq is missing (`expected`/`actual`: seq numbers);
 * - `broken_link`: its previous hash is not the hash of the entry before it;
 * - `hash_mismatch`: its stored hash is not the hash of its own content (`expected` is the recomputed one).
 */
export type ChainBreakReason = 'hash_mismatch' | 'broken_link' | 'gap';

export interface ChainBreak {
  seq: number;
  reason: ChainBreakReason;
  expected: string | number;
  actual: string | number;
}

/** Where the chain stands: the last verified entry (seq 0 and GENESIS_HASH before the first). */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const GENESIS: ChainHead = { seq: 0, hash: GENESIS_HASH };

/**
 * Checks that `record` follows `head` in the chain. The record before it must already be verified,
 * so a link to its stored hash is a link to a hash that matched its content.
 *
 * @example
 *   let head = GENESIS;
 *   for (const r of records) {
 *     const bad = checkLink(head, r);
 *     if (bad) return bad;
 *     head = { seq: r.seq, hash: r.hash };
 *   }
 */
export function checkLink(head: ChainHead, record: AuditRecord): ChainBreak | undefined {
  const seq = head.seq + 1;
  if (record.seq !== seq) return { seq, reason: 'gap', expected: seq, actual: record.seq };
  if (record.prevHash !== head.hash) {
    return { seq, reason: 'broken_link', expected: head.hash, actual: record.prevHash };
  }
  const recomputed = chainHash(record.prevHash, record);
  if (recomputed !== record.hash) {
    return { seq, reason: 'hash_mismatch', expected: recomputed, actual: record.hash };
  }
  return undefined;
}
