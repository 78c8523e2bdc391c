import type { AuditEntryInput, AuditRecord } from '../../src/audit/entry.js';
import { appendAudit } from '../../src/audit/log.js';
import type { Db } from '../../src/store/db.js';

/**
 * Appends `n` entries, each in its own transaction as real callers do. `at(i)` sets entry i's clock
 * (1-based); by default the system clock.
 */
export async function appendEntries(
  db: Db,
  n: number,
  options: { at?: (i: number) => Date; entry?: (i: number) => Partial<AuditEntryInput> } = {},
): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let i = 1; i <= n; i++) {
    const now = options.at ? () => options.at!(i) : undefined;
    records.push(
      await db.transaction((tx) =>
        appendAudit(
          tx,
          {
            actor: `user:${i % 3}`,
            action: 'user.updated',
            subjectType: 'user',
            subjectId: String(100 + i),
            beforeId: `v${i}`,
            afterId: `v${i + 1}`,
            data: { field: 'role', n: i },
            ...options.entry?.(i),
          },
          { now },
        ),
      ),
    );
  }
  return records;
}

/**
 * Changes the audit log behind Grondslag's back, as someone with the table owner's rights could:
 * the append-only trigger is switched off for the statements, and on again after.
 */
export async function tamperAuditLog(db: Db, ...statements: [string, unknown[]?][]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('alter table grondslag.audit_log disable trigger user');
    for (const [sql, params] of statements) await tx.query(sql, params ?? []);
    await tx.query('alter table grondslag.audit_log enable trigger user');
  });
}
