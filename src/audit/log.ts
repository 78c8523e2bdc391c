import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import { chainHash, GENESIS_HASH } from './chain.js';
import { type AuditEntry, type AuditEntryInput, type AuditRecord, checkAuditInput } from './entry.js';

/**
 * Serialises appenders across every connection and process on one database. Transaction-scoped,
 * so it is released exactly when the appending transaction commits or rolls back.
 */
const APPEND_LOCK = `select pg_advisory_xact_lock(hashtext('grondslag.audit_log'))`;

export interface AppendAuditOptions {
  /** The clock; defaults to the system clock. Tests pass a fixed one. */
  now?: () => Date;
}

/**
 * Appends one entry to the audit log, in the caller's transaction: the entry commits or rolls back
 * with the change it records, and a rolled-back change leaves no entry and no hole in `seq`.
 *
 * Under a transaction-scoped advisory lock it reads the last entry, then inserts the next one with
 * `seq` + 1 and the chained hash. Other appenders wait for the lock until this transaction ends, so
 * concurrent appends from many connections still form one chain. Two consequences for callers:
 * - append as the last step of the transaction, so the lock is held briefly and never while waiting
 *   for another lock (which could deadlock);
 * - use the default READ COMMITTED isolation: under REPEATABLE READ the last entry may be read from
 *   a snapshot older than the lock, and a concurrent append then fails on the unique `seq` instead
 *   of forking the chain.
 *
 * `at` is the clock's time to the millisecond, but never earlier than the previous entry's, so that
 * `at` order is `seq` order even across machines whose clocks differ; periods then map to seq ranges.
 *
 * Throws AUDIT_PERSONAL_DATA when a field looks like personal data (src/audit/personal-data.ts),
 * AUDIT_ENTRY_INVALID when a field is malformed, and AUDIT_OUTSIDE_TRANSACTION when given the
 * database itself rather than a transaction.
 *
 * @example
 *   await db.transaction(async (tx) => {
 *     await tx.query('update grondslag.app_user set role = $2 where id = $1', [id, 'dpo']);
 *     await appendAudit(tx, {
 *       actor: `user:${adminId}`, action: 'user.role_changed', subjectType: 'user', subjectId: id,
 *       data: { from: 'auditor', to: 'dpo' },
 *     });
 *   });
 */
export async function appendAudit(
  q: Queryable,
  input: AuditEntryInput,
  options: AppendAuditOptions = {},
): Promise<AuditRecord> {
  if ('transaction' in q && typeof q.transaction === 'function') {
    // Outside a transaction each statement commits on its own (and on a pool may run on another
    // connection), so the lock would be gone before the insert.
    throw new GrondslagError(
      'AUDIT_OUTSIDE_TRANSACTION',
      'appendAudit must run inside the transaction of the change it records: db.transaction((tx) => appendAudit(tx, …))',
      { kind: 'internal' },
    );
  }
  const fields = checkAuditInput(input);
  const now = new Date((options.now ?? (() => new Date()))().getTime());
  if (Number.isNaN(now.getTime())) {
    throw new GrondslagError('AUDIT_ENTRY_INVALID', 'the audit clock returned an invalid date', {
      kind: 'internal',
    });
  }

  await q.query(APPEND_LOCK);
  const { rows } = await q.query<{ seq: number; hash: string; at: Date }>(
    'select seq, hash, at from grondslag.audit_log order by seq desc limit 1',
  );
  const last = rows[0];
  const entry: AuditEntry = {
    seq: (last?.seq ?? 0) + 1,
    at: last && last.at.getTime() > now.getTime() ? last.at : now,
    ...fields,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, entry);
  await q.query(
    `insert into grondslag.audit_log
       (seq, at, actor, action, subject_type, subject_id, before_id, after_id, data, prev_hash, hash)
     values ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
    [
      entry.seq,
      entry.at.toISOString(),
      entry.actor,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.beforeId,
      entry.afterId,
      JSON.stringify(entry.data),
      prevHash,
      hash,
    ],
  );
  return { ...entry, prevHash, hash };
}
