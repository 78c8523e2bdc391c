import type { Db } from './db.js';
import { migrations } from './migrations.js';

export interface Migration {
  id: number;
  name: string;
  /** One or more SQL statements; each migration runs in its own transaction. */
  up: string;
}

/**
 * Applies pending migrations in order. Several processes may start at once against one PostgreSQL:
 * a transaction-scoped advisory lock lets exactly one of them apply each migration.
 *
 * @returns the ids applied by this call
 */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`
    create schema if not exists grondslag;
    create table if not exists grondslag.schema_migration (
      id integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    );`);
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext('grondslag.migrate'))`);
      const { rows } = await tx.query('select 1 from grondslag.schema_migration where id = $1', [m.id]);
      if (rows.length > 0) return false;
      await tx.exec(m.up);
      await tx.query('insert into grondslag.schema_migration (id, name) values ($1, $2)', [m.id, m.name]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}

/** Migration status: which are applied and which are pending. */
export async function migrationStatus(
  db: Db,
): Promise<{ id: number; name: string; appliedAt: Date | null }[]> {
  const { rows } = await db
    .query<{ id: number; applied_at: Date }>(`select id, applied_at from grondslag.schema_migration`)
    .catch(() => ({ rows: [] as { id: number; applied_at: Date }[] }));
  const at = new Map(rows.map((r) => [r.id, r.applied_at]));
  return migrations.map((m) => ({ id: m.id, name: m.name, appliedAt: at.get(m.id) ?? null }));
}
