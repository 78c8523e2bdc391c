import type { Queryable } from '../store/db.js';
import { type ChainBreak, type ChainHead, checkLink, GENESIS } from './chain.js';
import { auditPage } from './records.js';

export type AuditVerification =
  | { ok: true; entries: number }
  /** `entries` counts every entry in the log, including those after the first bad one. */
  | { ok: false; entries: number; firstBad: ChainBreak };

/**
 * Recomputes the whole chain from the genesis hash and reports the first entry where it breaks.
 * Reads the log in pages of `pageSize` entries, so memory stays flat however long the log is.
 *
 * What it cannot see on its own: removal of the newest entries, or a rewrite that recomputes every
 * hash after the edit. Both show against a hash recorded elsewhere earlier (an export, a report).
 *
 * @example
 *   const result = await verifyAuditChain(db);
 *   if (!result.ok) console.error(`broken at entry ${result.firstBad.seq}: ${result.firstBad.reason}`);
 */
export async function verifyAuditChain(
  q: Queryable,
  options: { pageSize?: number } = {},
): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 1000;
  let head: ChainHead = GENESIS;
  let entries = 0;
  for (;;) {
    const page = await auditPage(q, { afterSeq: head.seq, limit: pageSize });
    for (const record of page) {
      const bad = checkLink(head, record);
      if (bad) return { ok: false, entries: await countEntries(q), firstBad: bad };
      head = { seq: record.seq, hash: record.hash };
      entries++;
    }
    if (page.length < pageSize) return { ok: true, entries };
  }
}

async function countEntries(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('select count(*) as n from grondslag.audit_log');
  return rows[0]?.n ?? 0;
}
