import {
  type AnonymiseField,
  type AnonymiseOptions,
  type AnonymiseSweep,
  type CollectionInfo,
  type Connector,
  ConnectorError,
  type ConnectorType,
  connectorErrorCodes as codes,
  DEFAULT_ANONYMISE_BATCH_SIZE,
  DEFAULT_BATCH_SIZE,
  DEFAULT_SAMPLE_LIMIT,
  type DueCount,
  type DueCountRequest,
  type FindOptions,
  type KeyMatch,
  type RetentionSweep,
  type Row,
  type SampleOptions,
  type SweepBatch,
  type SystemInfo,
  type ValueTransform,
} from '../connector.js';
import { checkBatchSize, chunk, distinctValues } from '../keys.js';
import { keyAfter, keyTuplesIn, Params, type SqlColumn, type SqlDialect } from './dialect.js';
import type { SqlDriver, SqlQueryable } from './driver.js';
import { quoteQualified } from './identifiers.js';
import { clockInstant, type RetentionSql, retentionSql } from './retention.js';

/** A table as introspection found it, with the path (schema, name) its quoted name is built from. */
export interface SqlTable {
  info: CollectionInfo;
  path: string[];
}

export type SqlIntrospector = (driver: SqlDriver) => Promise<SqlTable[]>;

/** A validated table: only names from here ever reach a statement. */
interface Resolved {
  name: string;
  quoted: string;
  info: CollectionInfo;
  column(field: string): SqlColumn;
  /** Primary-key columns; throws CONNECTOR_NO_PRIMARY_KEY when `purpose` needs one and there is none. */
  key(purpose: string): SqlColumn[];
}

/** Errors the driver raises when the server cannot be reached or went away. */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  '57P01', // admin_shutdown
  '08006', // connection_failure
  '08001', // unable to connect
]);

/**
 * The connector for SQL stores, shared by the PostgreSQL (and PGlite), MySQL/MariaDB and SQLite
 * connectors: they differ only in driver, dialect and introspection.
 */
export class SqlConnector implements Connector {
  private tables?: Map<string, SqlTable>;
  /** Validated tables with their quoted names, by collection name; emptied when the catalogue is read again. */
  private readonly resolved = new Map<string, Resolved>();
  private closed = false;

  constructor(
    readonly system: string,
    readonly type: ConnectorType,
    private readonly dialect: SqlDialect,
    private readonly driver: SqlDriver,
    private readonly introspector: SqlIntrospector,
  ) {}

  async introspect(options: { refresh?: boolean } = {}): Promise<SystemInfo> {
    const tables = await this.catalog(options.refresh ?? false);
    return {
      system: this.system,
      type: this.type,
      collections: [...tables.values()].map((t) => t.info),
    };
  }

  async sample(collection: string, options: SampleOptions = {}): Promise<Row[]> {
    const t = await this.resolve(collection);
    const limit = checkBatchSize(options.limit ?? DEFAULT_SAMPLE_LIMIT, 'limit', this.where(t.name));
    const cols = this.selectList(t, options.fields, false);
    const { rows } = await this.run(
      this.driver,
      t.name,
      `select ${cols} from ${t.quoted} limit ${limit}`,
      [],
    );
    return rows;
  }

  async *findRows(
    collection: string,
    match: KeyMatch | readonly KeyMatch[],
    options: FindOptions = {},
  ): AsyncIterable<Row[]> {
    const t = await this.resolve(collection);
    const matches = (isKeyMatchList(match) ? match : [match])
      .map((m) => ({ column: t.column(m.field), values: distinctValues(m.values) }))
      .filter((m) => m.values.length > 0);
    const batchSize = checkBatchSize(
      options.batchSize ?? DEFAULT_BATCH_SIZE,
      'batchSize',
      this.where(t.name),
    );
    const cols = this.selectList(t, options.fields, true);
    const key = t.info.primaryKey.length > 0 ? t.key('find rows') : undefined;
    if (matches.length === 0) return;
    // Key lists that fit one statement are asked together (`a in (…) or b in (…)`): one round trip,
    // and the store returns each row once. Longer lists go chunk by chunk, and then a row matched by
    // two chunks of different fields must be filtered out the second time.
    const max = this.dialect.maxKeysPerStatement;
    const together = matches.every((m) => m.values.length <= max);
    const rounds: ((p: Params) => string)[] = together
      ? [(p) => matches.map((m) => `(${this.dialect.keyIn(m.column, m.values, p)})`).join(' or ')]
      : matches.flatMap((m) =>
          [...chunk(m.values, max)].map((keys) => (p: Params) => this.dialect.keyIn(m.column, keys, p)),
        );
    const seen = !together && matches.length > 1 ? new Set<string>() : undefined;
    const fresh = (rows: Row[]) => {
      if (!seen) return rows;
      return rows.filter((r) => {
        const id = JSON.stringify(key ? keyOf(r, key) : r);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    };
    for (const condition of rounds) {
      if (!key) {
        // Without a primary key there is nothing to page by: one statement per key chunk, handed out
        // in slices. Memory is bounded by the rows of one chunk of keys.
        const p = this.params();
        const sql = `select ${cols} from ${t.quoted} where ${condition(p)}`;
        const { rows } = await this.run(this.driver, t.name, sql, p.values);
        for (const slice of chunk(fresh(rows), batchSize)) yield slice;
        continue;
      }
      // Most key lists match fewer rows than a batch (one person's orders). Ask for one row more than
      // a batch without ordering, which spares the store a sort and the planner the ordered paths;
      // only when more come back, page through them in key order below.
      const first = this.params();
      const probe = `select ${cols} from ${t.quoted} where ${condition(first)} limit ${batchSize + 1}`;
      const { rows: probed } = await this.run(this.driver, t.name, probe, first.values);
      if (probed.length <= batchSize) {
        const out = fresh(probed);
        if (out.length > 0) yield out;
        continue;
      }
      // Keyset pagination on the primary key: each statement returns at most one batch and the next
      // starts behind the last key seen, so a person with a million rows streams in constant memory.
      let after: unknown[] | undefined;
      for (;;) {
        const p = this.params();
        const conds = [`(${condition(p)})`];
        if (after) conds.push(keyAfter(key, after, p));
        const sql =
          `select ${cols} from ${t.quoted} where ${conds.join(' and ')}` +
          ` order by ${key.map((k) => k.quoted).join(', ')} limit ${batchSize}`;
        const { rows } = await this.run(this.driver, t.name, sql, p.values);
        const out = fresh(rows);
        if (out.length > 0) yield out;
        if (rows.length < batchSize) break;
        after = keyOf(rows[rows.length - 1]!, key);
      }
    }
  }

  async countRows(collection: string, match?: KeyMatch): Promise<number> {
    const t = await this.resolve(collection);
    if (!match) {
      const { rows } = await this.run(this.driver, t.name, `select count(*) as n from ${t.quoted}`, []);
      return Number(rows[0]?.n ?? 0);
    }
    const col = t.column(match.field);
    let total = 0;
    for (const keys of chunk(distinctValues(match.values), this.dialect.maxKeysPerStatement)) {
      const p = this.params();
      const sql = `select count(*) as n from ${t.quoted} where ${this.dialect.keyIn(col, keys, p)}`;
      const { rows } = await this.run(this.driver, t.name, sql, p.values);
      total += Number(rows[0]?.n ?? 0);
    }
    return total;
  }

  async deleteRows(collection: string, match: KeyMatch): Promise<number> {
    const t = await this.resolve(collection);
    const col = t.column(match.field);
    let total = 0;
    for (const keys of chunk(distinctValues(match.values), this.dialect.maxKeysPerStatement)) {
      const p = this.params();
      const sql = `delete from ${t.quoted} where ${this.dialect.keyIn(col, keys, p)}`;
      total += (await this.run(this.driver, t.name, sql, p.values)).rowCount;
    }
    return total;
  }

  async updateRows(collection: string, match: KeyMatch, set: Row): Promise<number> {
    const t = await this.resolve(collection);
    const col = t.column(match.field);
    const entries = Object.entries(set);
    if (entries.length === 0) {
      throw new ConnectorError(
        codes.badArgument,
        'updateRows needs at least one field to set',
        this.where(t.name),
      );
    }
    const targets = entries.map(([name, value]) => ({ column: t.column(name), value }));
    let total = 0;
    for (const keys of chunk(distinctValues(match.values), this.dialect.maxKeysPerStatement)) {
      const p = this.params();
      const assignments = targets.map((x) => `${x.column.quoted} = ${p.add(x.value)}`).join(', ');
      const sql = `update ${t.quoted} set ${assignments} where ${this.dialect.keyIn(col, keys, p)}`;
      total += (await this.run(this.driver, t.name, sql, p.values)).rowCount;
    }
    return total;
  }

  async anonymiseRows<Op>(
    collection: string,
    match: KeyMatch,
    fields: AnonymiseField<Op>[],
    transform: ValueTransform<Op>,
    options: AnonymiseOptions = {},
  ): Promise<number> {
    const t = await this.resolve(collection);
    const col = t.column(match.field);
    const key = t.key('anonymise rows');
    const targets = this.anonymiseTargets(t, fields);
    const batchSize = checkBatchSize(
      options.batchSize ?? DEFAULT_ANONYMISE_BATCH_SIZE,
      'batchSize',
      this.where(t.name),
    );
    let total = 0;
    for (const keys of chunk(distinctValues(match.values), this.dialect.maxKeysPerStatement)) {
      let after: unknown[] | undefined;
      for (;;) {
        const batch = await this.rewriteBatch(t, key, targets, transform, batchSize, after, (p) =>
          this.dialect.keyIn(col, keys, p),
        );
        total += batch.count;
        if (batch.count < batchSize) break;
        after = batch.lastKey;
      }
    }
    return total;
  }

  async writeRows(collection: string, rows: Row[], fields: string[]): Promise<number> {
    const t = await this.resolve(collection);
    const key = t.key('write rows');
    if (key.length !== 1) {
      throw new ConnectorError(
        codes.badArgument,
        'writeRows needs a one-field primary key',
        this.where(t.name),
      );
    }
    // The same checks as a rewrite: known fields, each once, never the key.
    const targets = this.anonymiseTargets(
      t,
      fields.map((name) => ({ name, operator: undefined })),
    ).map((x) => x.column);
    let total = 0;
    for (const part of chunk(rows, DEFAULT_ANONYMISE_BATCH_SIZE)) {
      const p = this.params();
      const values = part.map((r) => [...keyOf(r, key), ...fields.map((f) => r[f])]);
      const sql = this.dialect.updateFromRows(t.quoted, key, targets, values, p);
      total += (await this.run(this.driver, t.name, sql, p.values)).rowCount;
    }
    return total;
  }

  async countDue(collection: string, request: DueCountRequest): Promise<DueCount> {
    const t = await this.resolve(collection);
    const r = await this.retention(t, request);
    const horizon = request.horizon ?? [];
    for (const h of horizon) {
      if (!(h instanceof Date) || Number.isNaN(h.getTime())) {
        throw new ConnectorError(
          codes.badArgument,
          'horizon cut-offs must be valid Dates',
          this.where(t.name),
        );
      }
    }
    const widest = new Date(Math.max(request.before.getTime(), ...horizon.map((h) => h.getTime())));
    // One statement: the inner query computes each row's clock and keep flags once (the clock may be
    // a subquery), the outer one adds them up. With `?` placeholders values are bound in the order
    // they appear in the text, so the outer list is built first. Conditions sharing a label are
    // counted together: a row kept twice under one label counts once.
    const labels = [...new Set(r.keeps.map((k) => k.label))];
    const p = this.params();
    const s = { quoted: 'gs_due.gs_clock', field: r.clock.field };
    const free = 'not gs_due.gs_kept';
    const outer = [
      `sum(case when ${this.dialect.clockBefore(s, request.before, p)} then 1 else 0 end) as past`,
      `sum(case when ${this.dialect.clockBefore(s, request.before, p)} and ${free} then 1 else 0 end) as due`,
      `min(case when ${this.dialect.clockBefore(s, request.before, p)} and ${free} then gs_due.gs_clock end) as oldest`,
      ...labels.map(
        (_, i) =>
          `sum(case when ${this.dialect.clockBefore(s, request.before, p)} and gs_due.gs_keep_${i} then 1 else 0 end) as kept_${i}`,
      ),
      ...horizon.map(
        (h, i) =>
          `sum(case when ${this.dialect.clockBefore(s, h, p)} and ${free} then 1 else 0 end) as horizon_${i}`,
      ),
    ];
    const inner = [
      `${r.clock.quoted} as gs_clock`,
      `${r.anyKeep(p)} as gs_kept`,
      ...labels.map((label, i) => {
        const any = r.keeps.filter((k) => k.label === label).map((k) => `(${k.sql(p)})`);
        return `coalesce((${any.join(' or ')}), false) as gs_keep_${i}`;
      }),
    ];
    const from = `select ${inner.join(', ')} from ${t.quoted} where ${r.before(widest, p)}`;
    const sql = `select ${outer.join(', ')} from (${from}) gs_due`;
    const { rows } = await this.run(this.driver, t.name, sql, p.values);
    const row = rows[0] ?? {};
    const kept = Object.fromEntries(labels.map((label, i) => [label, Number(row[`kept_${i}`] ?? 0)]));
    return {
      pastPeriod: Number(row.past ?? 0),
      due: Number(row.due ?? 0),
      kept,
      oldest: clockInstant(row.oldest, r.clock.field.type),
      horizon: horizon.map((_, i) => Number(row[`horizon_${i}`] ?? 0)),
    };
  }

  async *deleteWhereOlder(collection: string, sweep: RetentionSweep): AsyncIterable<SweepBatch> {
    const t = await this.resolve(collection);
    const key = t.key('delete by retention');
    const due = await this.dueCondition(t, sweep);
    const batchSize = checkBatchSize(sweep.batchSize ?? DEFAULT_BATCH_SIZE, 'batchSize', this.where(t.name));
    const order = key.map((k) => k.quoted).join(', ');
    let after: unknown[] | undefined;
    if (this.dialect.batchByKeyRange && key.length === 1) {
      // Two plain statements a batch: the key of the batch's last due row, then a delete of the due
      // rows up to it (all that is left when fewer than a batch remain). The delete repeats the due
      // condition, so a row changed in between is judged as it is now (READ COMMITTED re-checks it),
      // and exactly the due rows of the range go: the first `batchSize`, counted in key order.
      const k = key[0]!.quoted;
      for (;;) {
        const p = this.params();
        const conds = [due(p)];
        if (after) conds.push(`${k} > ${p.add(after[0])}`);
        const edge = `select ${k} as hi from ${t.quoted} where ${conds.join(' and ')} order by ${k} limit 1 offset ${batchSize - 1}`;
        const hi = (await this.run(this.driver, t.name, edge, p.values)).rows[0]?.hi;
        const d = this.params();
        const range = [due(d)];
        if (after) range.push(`${k} > ${d.add(after[0])}`);
        if (hi !== undefined) range.push(`${k} <= ${d.add(hi)}`);
        const del = `delete from ${t.quoted} where ${range.join(' and ')}`;
        const { rowCount } = await this.run(this.driver, t.name, del, d.values);
        if (hi === undefined) {
          if (rowCount > 0) yield { count: rowCount };
          return;
        }
        yield { count: rowCount, lastKey: [hi] };
        after = [hi];
      }
    }
    for (;;) {
      // Select the batch's keys (locked) and delete exactly those, in one short transaction. Within a
      // call the next batch starts behind the last key; a later call starts over, and finds only the
      // rows still there, so nothing is counted twice.
      const batch = await this.inTransaction(t.name, async (tx) => {
        const p = this.params();
        const conds = [due(p)];
        if (after) conds.push(keyAfter(key, after, p));
        const select =
          `select ${order} from ${t.quoted} where ${conds.join(' and ')}` +
          ` order by ${order} limit ${batchSize}${this.dialect.lockClause}`;
        const { rows } = await this.run(tx, t.name, select, p.values);
        if (rows.length === 0) return { count: 0, selected: 0 };
        const keys = rows.map((r) => keyOf(r, key));
        const d = this.params();
        const del = `delete from ${t.quoted} where ${keyTuplesIn(this.dialect, key, keys, d)}`;
        const { rowCount } = await this.run(tx, t.name, del, d.values);
        return { count: rowCount, selected: rows.length, lastKey: keys[keys.length - 1] };
      });
      if (batch.selected === 0) return;
      yield { count: batch.count, lastKey: batch.lastKey };
      if (batch.selected < batchSize) return;
      after = batch.lastKey;
    }
  }

  async *anonymiseWhereOlder(
    collection: string,
    sweep: AnonymiseSweep,
    transform: ValueTransform,
  ): AsyncIterable<SweepBatch> {
    const t = await this.resolve(collection);
    const key = t.key('anonymise by retention');
    const due = await this.dueCondition(t, sweep);
    const targets = this.anonymiseTargets(t, sweep.fields);
    const batchSize = checkBatchSize(
      sweep.batchSize ?? DEFAULT_ANONYMISE_BATCH_SIZE,
      'batchSize',
      this.where(t.name),
    );
    if (sweep.after && sweep.after.length !== key.length) {
      throw new ConnectorError(
        codes.badArgument,
        `after has ${sweep.after.length} values, the primary key has ${key.length}`,
        this.where(t.name),
      );
    }
    let after = sweep.after;
    for (;;) {
      const batch = await this.rewriteBatch(t, key, targets, transform, batchSize, after, due);
      if (batch.count === 0) return;
      yield batch;
      if (batch.count < batchSize) return;
      after = batch.lastKey;
    }
  }

  /**
   * A connector bound to one transaction of the store, sharing this one's catalogue: every statement
   * of `fn` runs on that transaction (one that would open its own — a rewrite batch — runs inside it).
   */
  async withTransaction<T>(fn: (connector: Connector) => Promise<T>): Promise<T> {
    return this.guard(undefined, () =>
      this.driver.transaction(async (tx) => {
        const inTx: SqlDriver = {
          query: (sql, params) => tx.query(sql, params),
          transaction: (f) => f(tx),
          close: async () => {},
        };
        const bound = new SqlConnector(this.system, this.type, this.dialect, inTx, this.introspector);
        bound.tables = await this.catalog(false);
        for (const [name, r] of this.resolved) bound.resolved.set(name, r);
        return fn(bound);
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Reads one batch of rows (primary key and `targets`) matching `condition` behind `after`, locked,
   * transforms the values in memory and writes them back with one statement, in one transaction.
   */
  private rewriteBatch<Op>(
    t: Resolved,
    key: SqlColumn[],
    targets: { column: SqlColumn; field: AnonymiseField<Op> }[],
    transform: ValueTransform<Op>,
    batchSize: number,
    after: unknown[] | undefined,
    condition: (p: Params) => string,
  ): Promise<SweepBatch> {
    return this.inTransaction(t.name, async (tx) => {
      const p = this.params();
      const conds = [condition(p)];
      if (after) conds.push(keyAfter(key, after, p));
      const order = key.map((k) => k.quoted).join(', ');
      const cols = distinctColumns([...key, ...targets.map((x) => x.column)]);
      const select =
        `select ${cols.map((c) => c.quoted).join(', ')} from ${t.quoted} where ${conds.join(' and ')}` +
        ` order by ${order} limit ${batchSize}${this.dialect.lockClause}`;
      const { rows } = await this.run(tx, t.name, select, p.values);
      if (rows.length === 0) return { count: 0 };
      const updates: unknown[][] = [];
      for (const row of rows) {
        const values: unknown[] = [];
        for (const target of targets) {
          const value = row[target.field.name];
          values.push(
            value === null || value === undefined
              ? value
              : await transform(value, { system: this.system, collection: t.name, field: target.field, row }),
          );
        }
        updates.push([...keyOf(row, key), ...values]);
      }
      const u = this.params();
      const sql = this.dialect.updateFromRows(
        t.quoted,
        key,
        targets.map((x) => x.column),
        updates,
        u,
      );
      await this.run(tx, t.name, sql, u.values);
      return { count: rows.length, lastKey: keyOf(rows[rows.length - 1]!, key) };
    });
  }

  private anonymiseTargets<Op>(t: Resolved, fields: AnonymiseField<Op>[]) {
    if (fields.length === 0) {
      throw new ConnectorError(codes.badArgument, 'no fields to anonymise', this.where(t.name));
    }
    const seen = new Set<string>();
    return fields.map((field) => {
      const column = t.column(field.name);
      if (seen.has(field.name)) {
        throw new ConnectorError(codes.badArgument, 'field listed twice', this.where(t.name, field.name));
      }
      seen.add(field.name);
      if (t.info.primaryKey.includes(field.name)) {
        // Rewriting a key would break the write-back (it matches rows by key) and every reference to it.
        throw new ConnectorError(
          codes.badArgument,
          'a primary-key field cannot be anonymised in place',
          this.where(t.name, field.name),
        );
      }
      return { column, field };
    });
  }

  /** The retention condition: clock before the cut-off, and kept by no exclusion or keep condition. */
  private async dueCondition(t: Resolved, sweep: RetentionSweep): Promise<(p: Params) => string> {
    return (await this.retention(t, sweep)).due;
  }

  private retention(t: Resolved, sweep: RetentionSweep): Promise<RetentionSql> {
    return retentionSql(this.dialect, t, sweep, (name) => this.resolve(name), this.where(t.name));
  }

  private selectList(t: Resolved, fields: string[] | undefined, withKey: boolean): string {
    if (!fields) return t.info.fields.map((f) => t.column(f.name).quoted).join(', ');
    if (fields.length === 0) {
      throw new ConnectorError(codes.badArgument, 'fields must name at least one field', this.where(t.name));
    }
    const names = withKey ? [...t.info.primaryKey, ...fields] : fields;
    return distinctColumns(names.map((n) => t.column(n)))
      .map((c) => c.quoted)
      .join(', ');
  }

  private params(): Params {
    return new Params(this.dialect.paramStyle);
  }

  private where(collection?: string, field?: string) {
    return { system: this.system, collection, field };
  }

  private async catalog(refresh: boolean): Promise<Map<string, SqlTable>> {
    if (this.closed) throw new ConnectorError(codes.closed, 'the connector is closed', this.where());
    if (!this.tables || refresh) {
      const tables = await this.guard(undefined, () => this.introspector(this.driver));
      this.tables = new Map(tables.map((t) => [t.info.name, t]));
      this.resolved.clear();
    }
    return this.tables;
  }

  /** Finds a collection by name, reading the catalog again once if it is not there (a new table). */
  private async resolve(name: string): Promise<Resolved> {
    let table = (await this.catalog(false)).get(name);
    if (!table) table = (await this.catalog(true)).get(name);
    if (!table) {
      throw new ConnectorError(codes.unknownCollection, 'no such collection', this.where(name), {
        kind: 'not_found',
      });
    }
    const cached = this.resolved.get(name);
    if (cached) return cached;
    const { info, path } = table;
    const dialect = this.dialect.name;
    // Quoted once per catalogue read: every statement on the table reuses them.
    const columns = new Map(
      info.fields.map((f) => [f.name, { quoted: quoteQualified(dialect, [f.name]), field: f }]),
    );
    const column = (field: string): SqlColumn => {
      const c = columns.get(field);
      if (!c) {
        throw new ConnectorError(codes.unknownField, 'no such field', this.where(name, field), {
          kind: 'not_found',
        });
      }
      return c;
    };
    const resolved: Resolved = {
      name,
      quoted: quoteQualified(dialect, path),
      info,
      column,
      key: (purpose) => {
        if (info.primaryKey.length === 0) {
          throw new ConnectorError(
            codes.noPrimaryKey,
            `has no primary key, which is needed to ${purpose} in batches`,
            this.where(name),
          );
        }
        return info.primaryKey.map(column);
      },
    };
    this.resolved.set(name, resolved);
    return resolved;
  }

  private inTransaction<T>(collection: string, fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.guard(collection, () => this.driver.transaction(fn));
  }

  private run(q: SqlQueryable, collection: string, sql: string, params: unknown[]) {
    return this.guard(collection, () => q.query(sql, params));
  }

  /** Turns driver errors into connector errors naming the system and collection. */
  private async guard<T>(collection: string | undefined, fn: () => Promise<T>): Promise<T> {
    if (this.closed)
      throw new ConnectorError(codes.closed, 'the connector is closed', this.where(collection));
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ConnectorError) throw e;
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && unreachableCodes.has(code)) {
        throw new ConnectorError(
          codes.unreachable,
          `the store cannot be reached: ${describe(e)}`,
          this.where(collection),
          {
            kind: 'internal',
            cause: e,
          },
        );
      }
      throw new ConnectorError(
        codes.queryFailed,
        `the store refused a statement: ${describe(e)}`,
        this.where(collection),
        {
          kind: 'internal',
          cause: e,
        },
      );
    }
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function keyOf(row: Row, key: SqlColumn[]): unknown[] {
  return key.map((k) => row[k.field.name]);
}

function distinctColumns(cols: SqlColumn[]): SqlColumn[] {
  const byName = new Map<string, SqlColumn>();
  for (const c of cols) if (!byName.has(c.field.name)) byName.set(c.field.name, c);
  return [...byName.values()];
}

function isKeyMatchList(m: KeyMatch | readonly KeyMatch[]): m is readonly KeyMatch[] {
  return Array.isArray(m);
}
