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
  const [record] = await appendAudits(q, [input], options);
  return record!;
}

/** Entries per insert statement in appendAudits: 11 parameters each, well under the limit of 65,535. */
const ENTRIES_PER_INSERT = 1000;

/**
 * Appends several entries, in order, in the caller's transaction: the same chain as that many
 * `appendAudit` calls (each entry's `at` from its own reading of the clock, never earlier than the
 * entry before it), but one lock, one read of the chain's head and one insert for all of them (per thousand).
 * Same rules and errors as `appendAudit`; nothing is appended when any entry is refused.
 *
 * @example
 *   await db.transaction(async (tx) => {
 *     await appendAudits(tx, [
 *       { actor: 'system:dsr', action: 'dsr.execution_started', subjectType: 'dsr_request', subjectId: id },
 *       { actor: 'system:dsr', action: 'dsr.execution_step', subjectType: 'dsr_request', subjectId: id },
 *     ]);
 *   });
 */
export async function appendAudits(
  q: Queryable,
  inputs: readonly AuditEntryInput[],
  options: AppendAuditOptions = {},
): Promise<AuditRecord[]> {
  if ('transaction' in q && typeof q.transaction === 'function') {
    // Outside a transaction each statement commits on its own (and on a pool may run on another
    // connection), so the lock would be gone before the insert.
    throw new GrondslagError(
      'AUDIT_OUTSIDE_TRANSACTION',
      'appendAudit must run inside the transaction of the change it records: db.transaction((tx) => appendAudit(tx, …))',
      { kind: 'internal' },
    );
  }
  if (inputs.length === 0) return [];
  const checked = inputs.map((input) => checkAuditInput(input));
  const clock = options.now ?? (() => new Date());
  const times = checked.map(() => {
    const now = new Date(clock().getTime());
    if (Number.isNaN(now.getTime())) {
      throw new GrondslagError('AUDIT_ENTRY_INVALID', 'the audit clock returned an invalid date', {
        kind: 'internal',
      });
    }
    return now;
  });

  await q.query(APPEND_LOCK);
  const { rows } = await q.query<{ seq: number; hash: string; at: Date }>(
    'select seq, hash, at from grondslag.audit_log order by seq desc limit 1',
  );
  let seq = rows[0]?.seq ?? 0;
  let at = rows[0]?.at;
  let prevHash = rows[0]?.hash ?? GENESIS_HASH;
  const records: AuditRecord[] = checked.map((fields, i) => {
    const now = times[i]!;
    at = at && at.getTime() > now.getTime() ? at : now;
    const entry: AuditEntry = { seq: ++seq, at, ...fields };
    const record = { ...entry, prevHash, hash: chainHash(prevHash, entry) };
    prevHash = record.hash;
    return record;
  });
  // Multi-row inserts of eleven parameters per entry, in chain order; a statement holds at most
  // 65,535 parameters, so a very long list goes in several (one for any transaction's few entries).
  for (let from = 0; from < records.length; from += ENTRIES_PER_INSERT) {
    const chunk = records.slice(from, from + ENTRIES_PER_INSERT);
    const values = chunk.map((_, i) => {
      const p = (k: number) => `$${i * 11 + k}`;
      return `(${p(1)}, ${p(2)}::timestamptz, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}::jsonb, ${p(10)}, ${p(11)})`;
    });
    await q.query(
      `insert into grondslag.audit_log
         (seq, at, actor, action, subject_type, subject_id, before_id, after_id, data, prev_hash, hash)
       values ${values.join(', ')}`,
      chunk.flatMap((r) => [
        r.seq,
        r.at.toISOString(),
        r.actor,
        r.action,
        r.subjectType,
        r.subjectId,
        r.beforeId,
        r.afterId,
        JSON.stringify(r.data),
        r.prevHash,
        r.hash,
      ]),
    );
  }
  return records;
}
