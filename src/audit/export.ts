import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import { GENESIS_HASH } from './chain.js';
import type { AuditRecord } from './entry.js';
import { auditPage, auditRecordJson } from './records.js';
import { type AuditVerification, verifyAuditChain } from './verify.js';

/**
 * A period of the audit log for a regulator or auditor: the entries, the hash they chain from, and
 * how to recompute it, so the recipient can check the period without access to our database.
 */
export interface AuditExport {
  format: 'grondslag.audit-export.v1';
  exportedAt: string;
  /** Entries with `from` <= at < `to`, as ISO 8601 UTC timestamps. */
  period: { from: string; to: string };
  /** How each hash is computed (src/audit/chain.ts and src/audit/entry.ts). */
  chain: { algorithm: string; genesisHash: string };
  /** Seq and hash of the entry just before the period (0 and the genesis hash when there is none). */
  previous: { seq: number; hash: string };
  entries: (Omit<AuditRecord, 'at'> & { at: string })[];
  /** The whole log, verified at export time. */
  verification: AuditVerification;
}

const ALGORITHM =
  'hash = hex(sha256(utf8(previous hash + canonical entry))); canonical entry = RFC 8785 JSON of ' +
  '{seq, at (ISO 8601 UTC with milliseconds), actor, action, subjectType, subjectId, beforeId, afterId, data}';

/**
 * Exports the entries of one period with everything needed to check them.
 *
 * @example
 *   const doc = await exportAudit(db, { from: new Date('2026-01-01Z'), to: new Date('2026-02-01Z') });
 *   writeFileSync('audit-2026-01.json', JSON.stringify(doc, null, 2));
 */
export async function exportAudit(
  q: Queryable,
  period: { from: Date; to: Date },
  options: { now?: () => Date; pageSize?: number } = {},
): Promise<AuditExport> {
  const { from, to } = period;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from.getTime() >= to.getTime()) {
    throw new GrondslagError('AUDIT_BAD_PERIOD', 'the export period needs valid dates with from before to');
  }
  const pageSize = options.pageSize ?? 1000;
  // `at` never decreases along `seq` (appendAudit), so a period is one seq range.
  const { rows: bounds } = await q.query<{ before_seq: number | null; last_seq: number | null }>(
    `select (select max(seq) from grondslag.audit_log where at < $1::timestamptz) as before_seq,
            (select max(seq) from grondslag.audit_log where at < $2::timestamptz) as last_seq`,
    [from.toISOString(), to.toISOString()],
  );
  const beforeSeq = bounds[0]?.before_seq ?? 0;
  const lastSeq = bounds[0]?.last_seq ?? 0;

  let previous = { seq: 0, hash: GENESIS_HASH };
  if (beforeSeq > 0) {
    const { rows } = await q.query<{ seq: number; hash: string }>(
      'select seq, hash from grondslag.audit_log where seq = $1',
      [beforeSeq],
    );
    if (rows[0]) previous = rows[0];
  }
  const entries: AuditExport['entries'] = [];
  for (let after = beforeSeq; after < lastSeq; ) {
    const page = await auditPage(q, { afterSeq: after, limit: pageSize, toSeq: lastSeq });
    if (page.length === 0) break;
    entries.push(...page.map(auditRecordJson));
    after = page[page.length - 1]!.seq;
  }
  return {
    format: 'grondslag.audit-export.v1',
    exportedAt: (options.now?.() ?? new Date()).toISOString(),
    period: { from: from.toISOString(), to: to.toISOString() },
    chain: { algorithm: ALGORITHM, genesisHash: GENESIS_HASH },
    previous,
    entries,
    verification: await verifyAuditChain(q, { pageSize }),
  };
}
