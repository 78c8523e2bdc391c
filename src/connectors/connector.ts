import { GrondslagError } from '../errors.js';

/**
 * A connector is Grondslag's only way into an organisation's own data store. Grondslag never copies
 * personal data into itself: every read, delete and rewrite is pushed down to the store as a
 * set-based, parameterised statement over a bounded batch of keys, never one statement per row.
 *
 * Names of collections and fields are checked against `introspect()` before any statement is built,
 * so an unknown or misspelt name fails with a typed error and nothing is executed.
 *
 * @example
 *   const c = await openConnector('crm', { type: 'postgres', url: 'postgres://…/crm' });
 *   for await (const rows of c.findRows('orders', { field: 'customer_id', values: [42] })) { … }
 *   await c.close();
 */

/** The store kinds a connector exists for. `pglite` is PostgreSQL embedded in this process. */
export type ConnectorType = 'postgres' | 'pglite' | 'mysql' | 'sqlite' | 'logfile';

/** A store-independent family for a field's native type; discovery and retention reason with it. */
export type FieldType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'json'
  | 'uuid'
  | 'binary'
  | 'other';

export interface FieldInfo {
  name: string;
  type: FieldType;
  /** The type as the store names it, e.g. `character varying(200)`, `varchar(64)`, `TEXT`. */
  nativeType: string;
  nullable: boolean;
}

export interface ForeignKeyInfo {
  /** Constraint name, when the store has one. */
  name?: string;
  /** Fields in this collection, in constraint order. */
  fields: string[];
  /** The referenced collection (a name as `introspect()` lists it) and its fields, same order. */
  references: { collection: string; fields: string[] };
}

export interface CollectionInfo {
  /**
   * The name every other method takes. Tables in the store's default schema (PostgreSQL `public`,
   * the MySQL database in the URL) are named plainly; tables in other schemas as `schema.table`.
   */
  name: string;
  kind: 'table' | 'view' | 'logfiles';
  fields: FieldInfo[];
  /** Primary-key fields in key order; empty when the collection has none (log files, some tables). */
  primaryKey: string[];
  foreignKeys: ForeignKeyInfo[];
  /** The store's own estimate (statistics, not a count); undefined when it has none. */
  rowEstimate?: number;
  /** Log files: the files of the set, newest first. */
  files?: string[];
}

export interface SystemInfo {
  system: string;
  type: ConnectorType;
  collections: CollectionInfo[];
}

/** One row as the driver returns it: field name → value. */
export type Row = Record<string, unknown>;

/** Rows whose `field` equals one of `values`. `values` may hold many thousand keys; the connector chunks. */
export interface KeyMatch {
  field: string;
  values: readonly unknown[];
}

export interface FindOptions {
  /** Fields to return (default all). The primary key is always included, so batches can resume. */
  fields?: string[];
  /** Rows per yielded batch (default 1000). */
  batchSize?: number;
}

export interface SampleOptions {
  /** At most this many rows (default 100). */
  limit?: number;
  fields?: string[];
}

/**
 * A field to anonymise and the operator to apply to it. The operator is opaque to connectors: it is
 * handed back to the caller's transform unchanged (the PII engine's operator specification).
 */
export interface AnonymiseField<Op = unknown> {
  name: string;
  operator: Op;
}

/** Context for one value handed to a transform. */
export interface TransformContext<Op = unknown> {
  system: string;
  collection: string;
  field: AnonymiseField<Op>;
  /** The whole row as read (primary key and the fields being anonymised). */
  row: Row;
}

/**
 * value → new value, supplied by the caller (the PII engine's `applyOperator`). It is not called for
 * NULL: there is nothing personal in a NULL to remove.
 */
export type ValueTransform<Op = unknown> = (
  value: unknown,
  context: TransformContext<Op>,
) => unknown | Promise<unknown>;

export interface AnonymiseOptions {
  /** Rows read, transformed and written back per batch (default 500). */
  batchSize?: number;
}

/** A retention sweep: the rows whose clock field lies before `before`. */
export interface RetentionSweep {
  /** The field that starts the retention clock (a date or timestamp field). */
  clockField: string;
  /** Rows with the clock strictly before this instant are due. Rows with a NULL clock are never due. */
  before: Date;
  /** Rows per statement (default 1000), so no statement holds locks for long. */
  batchSize?: number;
  /** Rows to keep although due, e.g. people under a legal hold. */
  exclude?: KeyMatch;
  /** More rows to keep although due: legal holds and restrictions, each by key, by clock window, or both. */
  keep?: KeepCondition[];
  /**
   * When the clock is kept in another collection: the references leading there, one hop each, and
   * `clockField` names the field of the last collection (SQL stores only).
   */
  clockPath?: ClockHop[];
}

/**
 * Rows to keep although due: those matching `match` (when given) whose clock lies in `window` (when
 * given: `from` inclusive, `to` exclusive). A row matched by any keep condition is left alone.
 */
export interface KeepCondition {
  /** Names the reason in counts, e.g. `hold:<id>` or `restriction`. */
  label: string;
  match?: KeyMatch;
  window?: { from?: Date; to?: Date };
}

/**
 * One reference on the way to a clock kept elsewhere: `field` of the current collection equals `to`
 * of `collection`. Toward a parent there is one row; toward children there may be many, and then the
 * latest clock counts, and none at all while any child's clock is still open (NULL) — a customer's
 * data waits for the end of their last contract.
 */
export interface ClockHop {
  field: string;
  collection: string;
  to: string;
  direction: 'child_to_parent' | 'parent_to_child';
}

/** A count of due rows: `before` is the cut-off; `horizon` asks for later cut-offs as well. */
export interface DueCountRequest extends Omit<RetentionSweep, 'batchSize'> {
  horizon?: Date[];
}

/** How many rows a retention sweep at `before` would act on, and how many it would keep. */
export interface DueCount {
  /** Rows whose clock lies before the cut-off, kept or not. */
  pastPeriod: number;
  /** Rows a sweep would delete or anonymise: past the period and kept by no condition. */
  due: number;
  /** Per keep label, the distinct rows past the period kept under it (a row kept under two labels counts under both). */
  kept: Record<string, number>;
  /** The earliest clock among the due rows; null when none is due. */
  oldest: Date | null;
  /** Per horizon cut-off, the rows kept by no condition whose clock lies before it. */
  horizon: number[];
}

/**
 * The outcome of one committed batch. Each batch commits on its own, so a sweep that stops (crash,
 * `break`) keeps what it did, and calling it again continues with the rows still due: the counts of
 * all calls add up to exactly the rows removed.
 */
export interface SweepBatch {
  /** Rows (log lines) deleted or anonymised by this batch. */
  count: number;
  /**
   * The primary key of the last row of the batch, in key order. Pass it as `after` to an anonymising
   * sweep to resume behind it (anonymised rows stay due, deleted ones do not). Log files: undefined.
   */
  lastKey?: unknown[];
  /** Log files: the file this batch rewrote or removed. */
  file?: string;
  /** Log files: true when the whole rotated file was past the cut-off and removed. */
  removedFile?: boolean;
}

export interface AnonymiseSweep extends RetentionSweep {
  fields: AnonymiseField[];
  /** Resume behind this primary key (from the last `SweepBatch.lastKey` of an earlier call). */
  after?: unknown[];
}

export interface Connector {
  /** The system name from the configuration; every error names it. */
  readonly system: string;
  readonly type: ConnectorType;

  /** What the store holds. Cached after the first call; `{ refresh: true }` reads it again. */
  introspect(options?: { refresh?: boolean }): Promise<SystemInfo>;

  /** Some rows, for discovery. Not random on every store, but never the same row twice. */
  sample(collection: string, options?: SampleOptions): Promise<Row[]>;

  /**
   * The rows matching `match`, in batches of at most `batchSize` rows. Several matches find the rows
   * matching any of them, each row once (a person found by e-mail address and by customer number).
   */
  findRows(
    collection: string,
    match: KeyMatch | readonly KeyMatch[],
    options?: FindOptions,
  ): AsyncIterable<Row[]>;

  /** How many rows match (all rows when `match` is absent). */
  countRows(collection: string, match?: KeyMatch): Promise<number>;

  /** Deletes the matching rows; returns how many. */
  deleteRows(collection: string, match: KeyMatch): Promise<number>;

  /** Rectification: sets `set` (field → value) on the matching rows; returns how many. */
  updateRows(collection: string, match: KeyMatch, set: Row): Promise<number>;

  /**
   * Rewrites `fields` of the matching rows through `transform`, read-modify-write in batches keyed by
   * primary key, one write statement per batch. Returns how many rows were rewritten.
   */
  anonymiseRows<Op>(
    collection: string,
    match: KeyMatch,
    fields: AnonymiseField<Op>[],
    transform: ValueTransform<Op>,
    options?: AnonymiseOptions,
  ): Promise<number>;

  /**
   * Writes values computed beforehand into the rows with the given keys (`rows` hold the one-field
   * primary key and `fields`), one statement per batch; keys no longer there are skipped. Writing
   * the same values again changes nothing, which makes it safe to repeat. Returns the rows written.
   * Optional: stores whose rows have no key (log files) do not offer it.
   */
  writeRows?(collection: string, rows: Row[], fields: string[]): Promise<number>;

  /**
   * Retention plan: counts the due rows at `before` (and at each `horizon` cut-off) in one statement
   * (log files: one pass over the lines), never by reading rows into Grondslag.
   */
  countDue(collection: string, request: DueCountRequest): Promise<DueCount>;

  /** Retention: deletes the due rows, one committed batch per iteration. */
  deleteWhereOlder(collection: string, sweep: RetentionSweep): AsyncIterable<SweepBatch>;

  /** Retention with action `anonymise`: rewrites `fields` of the due rows, one committed batch per iteration. */
  anonymiseWhereOlder(
    collection: string,
    sweep: AnonymiseSweep,
    transform: ValueTransform,
  ): AsyncIterable<SweepBatch>;

  /**
   * Runs `fn` with a connector whose statements all go into one transaction of the store, committed
   * when `fn` resolves and rolled back when it throws: several changes, one commit. Stores without
   * transactions (log files) do not offer it; callers then change one statement at a time.
   */
  withTransaction?<T>(fn: (connector: Connector) => Promise<T>): Promise<T>;

  close(): Promise<void>;
}

/** Stable error codes of connectors. */
export const connectorErrorCodes = {
  unreachable: 'CONNECTOR_UNREACHABLE',
  badUrl: 'CONNECTOR_BAD_URL',
  unknownType: 'CONNECTOR_UNKNOWN_TYPE',
  unknownSystem: 'CONNECTOR_UNKNOWN_SYSTEM',
  unknownCollection: 'CONNECTOR_UNKNOWN_COLLECTION',
  unknownField: 'CONNECTOR_UNKNOWN_FIELD',
  noPrimaryKey: 'CONNECTOR_NO_PRIMARY_KEY',
  badArgument: 'CONNECTOR_BAD_ARGUMENT',
  unsupported: 'CONNECTOR_UNSUPPORTED',
  queryFailed: 'CONNECTOR_QUERY_FAILED',
  closed: 'CONNECTOR_CLOSED',
} as const;

export type ConnectorErrorCode = (typeof connectorErrorCodes)[keyof typeof connectorErrorCodes];

/** A connector error names the system, and the collection and field where there is one. */
export class ConnectorError extends GrondslagError {
  readonly system: string;
  readonly collection?: string;
  readonly field?: string;

  constructor(
    code: ConnectorErrorCode,
    message: string,
    where: { system: string; collection?: string; field?: string },
    options: { kind?: GrondslagError['kind']; cause?: unknown } = {},
  ) {
    const prefix = [where.system, where.collection, where.field].filter(Boolean).join('.');
    super(code, `${prefix}: ${message}`, options);
    this.system = where.system;
    this.collection = where.collection;
    this.field = where.field;
  }
}

export const DEFAULT_BATCH_SIZE = 1000;
export const DEFAULT_ANONYMISE_BATCH_SIZE = 500;
export const DEFAULT_SAMPLE_LIMIT = 100;
