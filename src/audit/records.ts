import type { Queryable } from '../store/db.js';
import type { AuditData, AuditRecord } from './entry.js';

/** Reading the audit log: row mapping and the few queries that page through it. */

interface AuditRow {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  before_id: string | null;
  after_id: string | null;
  data: AuditData;
  prev_hash: string;
  hash: string;
}

export const AUDIT_COLUMNS =
  'seq, at, actor, action, subject_type, subject_id, before_id, after_id, data, prev_hash, hash';

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    beforeId: row.before_id,
    afterId: row.after_id,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Up to `limit` entries after `afterSeq`, in seq order. Keyset paging keeps each page an index range
 * scan however far into the log it is.
 *
 * @example
 *   const first = await auditPage(db, { afterSeq: 0, limit: 1000 });
 */
export async function auditPage(
  q: Queryable,
  page: { afterSeq: number; limit: number; toSeq?: number },
): Promise<AuditRecord[]> {
  const { rows } = await q.query<AuditRow>(
    `select ${AUDIT_COLUMNS} from grondslag.audit_log
      where seq > $1 and ($3::bigint is null or seq <= $3)
      order by seq limit $2`,
    [page.afterSeq, page.limit, page.toSeq ?? null],
  );
  return rows.map(toAuditRecord);
}

/**
 * The newest entries, newest first.
 *
 * @example
 *   const recent = await listAudit(db, { limit: 20 });
 */
export async function listAudit(q: Queryable, options: { limit: number }): Promise<AuditRecord[]> {
  const { rows } = await q.query<AuditRow>(
    `select ${AUDIT_COLUMNS} from grondslag.audit_log order by seq desc limit $1`,
    [options.limit],
  );
  return rows.map(toAuditRecord);
}

/** A record as JSON: `at` as an ISO string, every field present. */
export function auditRecordJson(r: AuditRecord): Omit<AuditRecord, 'at'> & { at: string } {
  return { ...r, at: r.at.toISOString() };
}
