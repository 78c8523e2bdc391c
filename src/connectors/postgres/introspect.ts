import type { FieldType, ForeignKeyInfo } from '../connector.js';
import type { SqlDriver } from '../sql/driver.js';
import type { SqlTable } from '../sql/sql-connector.js';

/**
 * Reads tables, views, columns, keys and row estimates from the PostgreSQL catalogue, in four
 * statements whatever the number of tables. Tables in the session's current schema (normally
 * `public`) are named plainly, the others `schema.table`.
 */
export async function introspectPostgres(driver: SqlDriver): Promise<SqlTable[]> {
  const { rows: rels } = await driver.query(
    `select c.oid::int8 as oid, n.nspname as schema, c.relname as name, c.relkind as kind,
            c.reltuples::float8 as estimate, n.nspname = current_schema() as in_default
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'f')
        and not c.relispartition
        and n.nspname not in ('pg_catalog', 'information_schema')
        and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
      order by n.nspname, c.relname`,
  );
  if (rels.length === 0) return [];
  const oids = rels.map((r) => Number(r.oid));
  const { rows: cols } = await driver.query(
    `select a.attrelid::int8 as rel, a.attname as name, format_type(a.atttypid, a.atttypmod) as native,
            b.typname as base, b.typcategory as category, not a.attnotnull as nullable
       from pg_attribute a
       join pg_type t on t.oid = a.atttypid
       join pg_type b on b.oid = case when t.typtype = 'd' then t.typbasetype else t.oid end
      where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
      order by a.attrelid, a.attnum`,
    [oids],
  );
  const { rows: cons } = await driver.query(
    `select con.conrelid::int8 as rel, con.contype as kind, con.conname as name, con.confrelid::int8 as ref,
            array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i) as fields,
            array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i) as ref_fields
       from pg_constraint con
      where con.contype in ('p', 'f') and con.conrelid = any($1::oid[])
      order by con.conrelid, con.conname`,
    [oids],
  );
  const nameOf = new Map<number, string>();
  for (const r of rels) {
    nameOf.set(Number(r.oid), r.in_default ? String(r.name) : `${r.schema}.${r.name}`);
  }
  const tables = new Map<number, SqlTable>();
  for (const r of rels) {
    const estimate = Number(r.estimate);
    tables.set(Number(r.oid), {
      path: [String(r.schema), String(r.name)],
      info: {
        name: nameOf.get(Number(r.oid))!,
        kind: r.kind === 'v' || r.kind === 'm' ? 'view' : 'table',
        fields: [],
        primaryKey: [],
        foreignKeys: [],
        // -1 (PostgreSQL 14+) means "never analysed": no estimate rather than a wrong one.
        rowEstimate: r.kind === 'v' || estimate < 0 ? undefined : Math.round(estimate),
      },
    });
  }
  for (const c of cols) {
    tables.get(Number(c.rel))?.info.fields.push({
      name: String(c.name),
      type: fieldType(String(c.base), String(c.category)),
      nativeType: String(c.native),
      nullable: Boolean(c.nullable),
    });
  }
  for (const c of cons) {
    const table = tables.get(Number(c.rel));
    if (!table) continue;
    const fields = c.fields as string[];
    if (c.kind === 'p') {
      table.info.primaryKey = fields;
    } else {
      const target = nameOf.get(Number(c.ref));
      // A reference into a schema we do not list (system catalogues) is not part of the data map.
      if (!target) continue;
      const fk: ForeignKeyInfo = {
        name: String(c.name),
        fields,
        references: { collection: target, fields: c.ref_fields as string[] },
      };
      table.info.foreignKeys.push(fk);
    }
  }
  return [...tables.values()];
}

/** Maps a PostgreSQL base type (name and category) to a field type family. */
export function fieldType(base: string, category: string): FieldType {
  switch (base) {
    case 'int2':
    case 'int4':
    case 'int8':
      return 'integer';
    case 'numeric':
    case 'float4':
    case 'float8':
    case 'money':
      return 'decimal';
    case 'bool':
      return 'boolean';
    case 'date':
      return 'date';
    case 'timestamp':
    case 'timestamptz':
      return 'timestamp';
    case 'json':
    case 'jsonb':
      return 'json';
    case 'uuid':
      return 'uuid';
    case 'bytea':
      return 'binary';
  }
  // S: strings (text, varchar, char, citext), E: enums, I: network addresses (IP addresses are
  // personal data and come back as strings).
  if (category === 'S' || category === 'E' || category === 'I') return 'text';
  return 'other';
}
