import type { FieldType, ForeignKeyInfo } from '../connector.js';
import type { SqlDriver } from '../sql/driver.js';
import type { SqlTable } from '../sql/sql-connector.js';

/**
 * Reads tables, views, columns and keys through SQLite's table-valued pragmas; row estimates come
 * from `sqlite_stat1` where ANALYZE has filled it.
 */
export async function introspectSqlite(driver: SqlDriver): Promise<SqlTable[]> {
  const { rows: rels } = await driver.query(
    `select name, type from sqlite_schema where type in ('table', 'view') and name not like 'sqlite\\_%' escape '\\' order by name`,
  );
  const { rows: cols } = await driver.query(
    `select m.name as t, c.name as c, c.type as d, c."notnull" as nn, c.pk as pk
       from sqlite_schema m join pragma_table_info(m.name) c
      where m.type in ('table', 'view') order by m.name, c.cid`,
  );
  const { rows: fks } = await driver.query(
    `select m.name as t, f.id as id, f.seq as seq, f."table" as rt, f."from" as c, f."to" as rc
       from sqlite_schema m join pragma_foreign_key_list(m.name) f
      where m.type = 'table' order by m.name, f.id, f.seq`,
  );
  const estimates = new Map<string, number>();
  const { rows: hasStats } = await driver.query(`select 1 from sqlite_schema where name = 'sqlite_stat1'`);
  if (hasStats.length > 0) {
    const { rows } = await driver.query('select tbl, stat from sqlite_stat1');
    for (const r of rows) estimates.set(String(r.tbl), Number.parseInt(String(r.stat), 10));
  }
  const tables = new Map<string, SqlTable>();
  for (const r of rels) {
    const name = String(r.name);
    tables.set(name, {
      path: [name],
      info: {
        name,
        kind: r.type === 'view' ? 'view' : 'table',
        fields: [],
        primaryKey: [],
        foreignKeys: [],
        rowEstimate: estimates.get(name),
      },
    });
  }
  const pkOrder = new Map<string, { field: string; n: number }[]>();
  for (const c of cols) {
    const table = tables.get(String(c.t));
    if (!table) continue;
    const pk = Number(c.pk);
    table.info.fields.push({
      name: String(c.c),
      type: fieldType(String(c.d ?? '')),
      nativeType: String(c.d ?? ''),
      // A primary-key column is never NULL in practice, though SQLite reports notnull=0 for it.
      nullable: Number(c.nn) === 0 && pk === 0,
    });
    if (pk > 0)
      pkOrder.set(table.info.name, [...(pkOrder.get(table.info.name) ?? []), { field: String(c.c), n: pk }]);
  }
  for (const [name, parts] of pkOrder) {
    tables.get(name)!.info.primaryKey = parts.sort((a, b) => a.n - b.n).map((p) => p.field);
  }
  const byId = new Map<string, ForeignKeyInfo>();
  const implicit = new Set<ForeignKeyInfo>();
  for (const f of fks) {
    const table = tables.get(String(f.t));
    if (!table) continue;
    const id = `${f.t}\0${f.id}`;
    let fk = byId.get(id);
    if (!fk) {
      fk = { fields: [], references: { collection: String(f.rt), fields: [] } };
      byId.set(id, fk);
      table.info.foreignKeys.push(fk);
    }
    fk.fields.push(String(f.c));
    if (f.rc === null) implicit.add(fk);
    else fk.references.fields.push(String(f.rc));
  }
  // `references t` without columns means t's primary key.
  for (const fk of implicit) {
    fk.references.fields = [...(tables.get(fk.references.collection)?.info.primaryKey ?? [])];
  }
  return [...tables.values()];
}

/**
 * Maps a declared column type to a field type family, following SQLite's affinity rules and the
 * usual spellings of dates, booleans and JSON.
 */
export function fieldType(declared: string): FieldType {
  const d = declared.toUpperCase();
  if (d === 'DATE') return 'date';
  if (d.includes('DATETIME') || d.includes('TIMESTAMP')) return 'timestamp';
  if (d.includes('BOOL')) return 'boolean';
  if (d.includes('JSON')) return 'json';
  if (d.includes('UUID')) return 'uuid';
  if (d.includes('INT')) return 'integer';
  if (d.includes('CHAR') || d.includes('CLOB') || d.includes('TEXT')) return 'text';
  if (d.includes('BLOB')) return 'binary';
  if (
    d.includes('REAL') ||
    d.includes('FLOA') ||
    d.includes('DOUB') ||
    d.includes('NUM') ||
    d.includes('DEC')
  ) {
    return 'decimal';
  }
  return 'other';
}
