import { appendAudit } from '../audit/log.js';
import type { Db, Queryable } from '../store/db.js';
import type { Sealer } from './sealed.js';
import { type SealedColumns, sealedColumns } from './sealed-columns.js';
import { resealNested, SEALED_STRINGS_PATH } from './sealed-json.js';

/**
 * Re-sealing stored values under the current key, and counting which keys stored values use.
 * Pure SQL over the sealed-column registry: the key id is the second dot-separated field of every
 * sealed value, so a value still under an old key is found without unsealing anything — in jsonb
 * columns too, where a SQL/JSON path picks out the sealed strings of each document.
 */

export const DEFAULT_ROTATE_BATCH = 200;

/** Values per key id across every sealed column, e.g. `{ 'AbC…': 120 }`. */
export async function sealedKeyUsage(q: Queryable): Promise<Record<string, number>> {
  const usage: Record<string, number> = {};
  for (const t of sealedColumns) {
    for (const c of t.columns) {
      // A jsonb column counts each sealed value inside its document, nested ones too.
      const sql =
        t.form === 'jsonb'
          ? `select split_part(v #>> '{}', '.', 2) as key_id, count(*) as n
               from ${t.table} cross join lateral jsonb_path_query(${c}, '${SEALED_STRINGS_PATH}') v
              where ${c} is not null group by 1`
          : `select split_part(${c}, '.', 2) as key_id, count(*) as n from ${t.table}
              where ${c} is not null group by 1`;
      const res = await q.query<{ key_id: string; n: string | number }>(sql);
      for (const r of res.rows) usage[r.key_id] = (usage[r.key_id] ?? 0) + Number(r.n);
    }
  }
  return usage;
}

function staleCondition(t: SealedColumns): string {
  if (t.form === 'jsonb') {
    return t.columns
      .map(
        (c) => `(${c} is not null and exists (select 1 from jsonb_path_query(${c}, '${SEALED_STRINGS_PATH}') v
                 where split_part(v #>> '{}', '.', 2) <> $1))`,
      )
      .join(' or ');
  }
  return t.columns.map((c) => `(${c} is not null and split_part(${c}, '.', 2) <> $1)`).join(' or ');
}

/** Re-seals one batch of one table; returns the number of rows changed. */
async function resealBatch(tx: Queryable, sealer: Sealer, t: SealedColumns, limit: number): Promise<number> {
  // `for update skip locked`: a running server may be writing the same rows; those are sealed with
  // the current key already, or will be picked up by the next batch.
  const rows = await tx.query<Record<string, unknown>>(
    `select ${[...t.key, ...t.columns].join(', ')} from ${t.table}
      where ${staleCondition(t)} order by ${t.key.join(', ')} limit ${limit} for update skip locked`,
    [sealer.keyId],
  );
  for (const row of rows.rows) {
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const c of t.columns) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      if (t.form === 'jsonb') {
        values.push(JSON.stringify(resealNested(sealer, v)));
        sets.push(`${c} = $${values.length}::jsonb`);
      } else if (typeof v === 'string') {
        values.push(sealer.seal(sealer.open(v)));
        sets.push(`${c} = $${values.length}`);
      }
    }
    const where = t.key.map((k) => {
      values.push(row[k]);
      return `${k} = $${values.length}`;
    });
    await tx.query(`update ${t.table} set ${sets.join(', ')} where ${where.join(' and ')}`, values);
  }
  return rows.rows.length;
}

export interface ResealResult {
  /** Rows re-sealed per table. */
  tables: Record<string, number>;
  batches: number;
}

/**
 * Re-seals every stored value not yet under the sealer's current key, in batches of `batchSize`
 * rows, one transaction per batch. Resumable: an interrupted run leaves committed batches done, and
 * the next run picks up the rest because it selects by key id. Records one audit entry at the end.
 *
 * @example
 *   await resealAll(db, sealerFor(config), { actor: 'cli' });
 */
export async function resealAll(
  db: Db,
  sealer: Sealer,
  options: { actor: string; batchSize?: number; onBatch?: (table: string, rows: number) => void },
): Promise<ResealResult> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_ROTATE_BATCH);
  const tables: Record<string, number> = {};
  let batches = 0;
  for (const t of sealedColumns) {
    tables[t.table] = 0;
    for (;;) {
      const n = await db.transaction((tx) => resealBatch(tx, sealer, t, batchSize));
      if (n === 0) break;
      batches += 1;
      tables[t.table] = (tables[t.table] ?? 0) + n;
      options.onBatch?.(t.table, n);
    }
  }
  await db.transaction((tx) =>
    appendAudit(tx, {
      actor: options.actor,
      action: 'keys.resealed',
      subjectType: 'key',
      subjectId: sealer.keyId,
      data: { rows: Object.values(tables).reduce((a, b) => a + b, 0), batches },
    }),
  );
  return { tables, batches };
}
