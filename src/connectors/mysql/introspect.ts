import type { FieldType } from '../connector.js';
import type { SqlDriver } from '../sql/driver.js';
import type { SqlTable } from '../sql/sql-connector.js';

/**
 * Reads the tables of the connection's database (the one in the URL) from information_schema, in
 * four statements whatever the number of tables.
 */
export async function introspectMysql(driver: SqlDriver): Promise<SqlTable[]> {
  const { rows: rels } = await driver.query(
    `select table_schema as s, table_name as t, table_type as k, table_rows as n
       from information_schema.tables where table_schema = database() order by table_name`,
  );
  const { rows: cols } = await driver.query(
    `select table_name as t, column_name as c, data_type as d, column_type as ct, is_nullable as nul
       from information_schema.columns where table_schema = database()
      order by table_name, ordinal_position`,
  );
  const { rows: pks } = await driver.query(
    `select table_name as t, column_name as c from information_schema.key_column_usage
      where table_schema = database() and constraint_name = 'PRIMARY'
      order by table_name, ordinal_position`,
  );
  const { rows: fks } = await driver.query(
    `select constraint_name as name, table_name as t, column_name as c,
            referenced_table_schema as rs, referenced_table_name as rt, referenced_column_name as rc
       from information_schema.key_column_usage
      where table_schema = database() and referenced_table_name is not null
      order by table_name, constraint_name, ordinal_position`,
  );
  const tables = new Map<string, SqlTable>();
  for (const r of rels) {
    const view = String(r.k).toUpperCase().includes('VIEW');
    tables.set(String(r.t), {
      path: [String(r.s), String(r.t)],
      info: {
        name: String(r.t),
        kind: view ? 'view' : 'table',
        fields: [],
        primaryKey: [],
        foreignKeys: [],
        rowEstimate: view || r.n === null ? undefined : Number(r.n),
      },
    });
  }
  for (const c of cols) {
    tables.get(String(c.t))?.info.fields.push({
      name: String(c.c),
      type: fieldType(String(c.d), String(c.ct)),
      nativeType: String(c.ct),
      nullable: c.nul === 'YES',
    });
  }
  for (const k of pks) tables.get(String(k.t))?.info.primaryKey.push(String(k.c));
  for (const f of fks) {
    const table = tables.get(String(f.t));
    // A reference into another database is outside this system.
    if (!table || String(f.rs) !== table.path[0]) continue;
    const name = String(f.name);
    let fk = table.info.foreignKeys.find((x) => x.name === name);
    if (!fk) {
      fk = { name, fields: [], references: { collection: String(f.rt), fields: [] } };
      table.info.foreignKeys.push(fk);
    }
    fk.fields.push(String(f.c));
    fk.references.fields.push(String(f.rc));
  }
  return [...tables.values()];
}

/** Maps information_schema's data_type (and column_type, for tinyint(1)) to a field type family. */
export function fieldType(dataType: string, columnType: string): FieldType {
  const d = dataType.toLowerCase();
  if (d === 'tinyint' && /^tinyint\(1\)/i.test(columnType)) return 'boolean';
  if (['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint'].includes(d)) return 'integer';
  if (['decimal', 'numeric', 'float', 'double', 'real'].includes(d)) return 'decimal';
  if (d === 'date') return 'date';
  if (d === 'datetime' || d === 'timestamp') return 'timestamp';
  if (d === 'json') return 'json';
  if (d === 'uuid') return 'uuid';
  if (
    [
      'char',
      'varchar',
      'tinytext',
      'text',
      'mediumtext',
      'longtext',
      'enum',
      'set',
      'inet4',
      'inet6',
    ].includes(d)
  ) {
    return 'text';
  }
  if (['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob'].includes(d)) return 'binary';
  return 'other';
}
