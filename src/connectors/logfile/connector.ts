import { stat, unlink } from 'node:fs/promises';
import {
  type AnonymiseField,
  type AnonymiseSweep,
  type CollectionInfo,
  type Connector,
  ConnectorError,
  connectorErrorCodes as codes,
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
import { checkBatchSize, distinctValues } from '../keys.js';
import { findLogSets, type LogFile, type LogSet } from './files.js';
import { formatLogLine, type LogFieldName, type LogLine, logFields, logRow, parseLogLine } from './format.js';
import { type LineEdit, readLines, rewriteFile } from './rewrite.js';

const fieldNames = new Set(logFields.map((f) => f.name));

/**
 * Web-server access logs as collections: each log-file set (a live file and its rotations) is one
 * collection whose rows are lines. Work streams through the files a line at a time; changes are
 * written by rewriting a file atomically. Lines that are not in common or combined format never
 * match a key and are kept by every rewrite.
 *
 * Log files have no primary key: a batch of a retention sweep is one file.
 */
export class LogFileConnector implements Connector {
  readonly type = 'logfile' as const;
  private closed = false;

  constructor(
    readonly system: string,
    private readonly location: string,
  ) {}

  async introspect(): Promise<SystemInfo> {
    const sets = await this.sets();
    const collections: CollectionInfo[] = [];
    for (const set of sets) {
      collections.push({
        name: set.name,
        kind: 'logfiles',
        fields: logFields.map((f) => ({ ...f })),
        primaryKey: [],
        foreignKeys: [],
        // Lines are not counted (that would read every file); bytes/150 is a fair line estimate.
        rowEstimate: Math.round((await totalSize(set.files)) / 150),
        files: set.files.map((f) => f.path),
      });
    }
    return { system: this.system, type: this.type, collections };
  }

  async sample(collection: string, options: SampleOptions = {}): Promise<Row[]> {
    const set = await this.resolve(collection);
    const limit = checkBatchSize(options.limit ?? DEFAULT_SAMPLE_LIMIT, 'limit', this.where(collection));
    const pick = this.projection(collection, options.fields);
    const rows: Row[] = [];
    for (const file of set.files) {
      for await (const text of readLines(file)) {
        const line = parseLogLine(text);
        if (!line) continue;
        rows.push(pick(logRow(line)));
        if (rows.length >= limit) return rows;
      }
    }
    return rows;
  }

  async *findRows(
    collection: string,
    match: KeyMatch | readonly KeyMatch[],
    options: FindOptions = {},
  ): AsyncIterable<Row[]> {
    const set = await this.resolve(collection);
    // Several matches: one pass over the files, a line matching any of them once.
    const tests = (Array.isArray(match) ? match : [match as KeyMatch]).map((m) =>
      this.matcher(collection, m),
    );
    const matches = (line: LogLine) => tests.some((test) => test(line));
    const pick = this.projection(collection, options.fields);
    const batchSize = checkBatchSize(
      options.batchSize ?? DEFAULT_BATCH_SIZE,
      'batchSize',
      this.where(collection),
    );
    let batch: Row[] = [];
    for (const file of set.files) {
      for await (const text of readLines(file)) {
        const line = parseLogLine(text);
        if (!line || !matches(line)) continue;
        batch.push(pick(logRow(line)));
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  async countRows(collection: string, match?: KeyMatch): Promise<number> {
    const set = await this.resolve(collection);
    const matches = match ? this.matcher(collection, match) : () => true;
    let n = 0;
    for (const file of set.files) {
      for await (const text of readLines(file)) {
        const line = parseLogLine(text);
        if (line && matches(line)) n++;
      }
    }
    return n;
  }

  async deleteRows(collection: string, match: KeyMatch): Promise<number> {
    const set = await this.resolve(collection);
    const matches = this.matcher(collection, match);
    let n = 0;
    for (const file of set.files) {
      n += (await rewriteFile(file, (text) => (hit(text, matches) ? { drop: true } : undefined))).dropped;
    }
    return n;
  }

  async updateRows(collection: string, match: KeyMatch, set: Row): Promise<number> {
    const logs = await this.resolve(collection);
    const matches = this.matcher(collection, match);
    const changes = Object.fromEntries(
      Object.entries(set).map(([name, value]) => [this.field(collection, name), value]),
    ) as Partial<Record<LogFieldName, unknown>>;
    if (Object.keys(changes).length === 0) {
      throw new ConnectorError(
        codes.badArgument,
        'updateRows needs at least one field to set',
        this.where(collection),
      );
    }
    let n = 0;
    for (const file of logs.files) {
      const r = await rewriteFile(file, (text) => {
        const line = parseLogLine(text);
        return line && matches(line) ? { replace: formatLogLine(line, changes) } : undefined;
      });
      n += r.replaced;
    }
    return n;
  }

  async anonymiseRows<Op>(
    collection: string,
    match: KeyMatch,
    fields: AnonymiseField<Op>[],
    transform: ValueTransform<Op>,
  ): Promise<number> {
    const set = await this.resolve(collection);
    const matches = this.matcher(collection, match);
    const rewrite = this.anonymiser(collection, fields, transform);
    let n = 0;
    for (const file of set.files) {
      n += (await rewriteFile(file, (text) => rewrite(text, matches))).replaced;
    }
    return n;
  }

  /** Counts due lines in one pass over the files, the way `deleteWhereOlder` would find them. */
  async countDue(collection: string, request: DueCountRequest): Promise<DueCount> {
    const set = await this.resolve(collection);
    if (this.field(collection, request.clockField) !== 'time') {
      throw new ConnectorError(
        codes.badArgument,
        'the retention clock of a log file is its time field',
        this.where(collection, request.clockField),
      );
    }
    const cuts = [request.before, ...(request.horizon ?? [])];
    if (cuts.some((d) => !(d instanceof Date) || Number.isNaN(d.getTime()))) {
      throw new ConnectorError(
        codes.badArgument,
        'before and horizon must be valid Dates',
        this.where(collection),
      );
    }
    const keeps = this.keepMatchers(collection, request);
    const before = request.before.getTime();
    const horizon = (request.horizon ?? []).map((h) => h.getTime());
    const out: DueCount = { pastPeriod: 0, due: 0, kept: {}, oldest: null, horizon: horizon.map(() => 0) };
    for (const k of keeps) out.kept[k.label] = 0;
    for (const file of set.files) {
      for await (const text of readLines(file)) {
        const line = parseLogLine(text);
        const time = line ? (logRow(line).time as Date | null) : null;
        if (!line || time === null) continue;
        const t = time.getTime();
        const hits = new Set(keeps.filter((k) => k.test(line, time)).map((k) => k.label));
        if (hits.size === 0) {
          for (let i = 0; i < horizon.length; i++) if (t < horizon[i]!) out.horizon[i]!++;
        }
        if (t >= before) continue;
        out.pastPeriod++;
        for (const label of hits) out.kept[label]!++;
        if (hits.size > 0) continue;
        out.due++;
        if (out.oldest === null || t < out.oldest.getTime()) out.oldest = time;
      }
    }
    return out;
  }

  /**
   * Removes rotated files whose every line is due outright, and rewrites the others without their
   * due lines. The live file is rewritten, never removed: the web server writes to it. Each file is
   * one batch, replaced atomically, so a sweep stopped halfway resumes with the next file due.
   */
  async *deleteWhereOlder(collection: string, sweep: RetentionSweep): AsyncIterable<SweepBatch> {
    const set = await this.resolve(collection);
    const due = this.dueMatcher(collection, sweep);
    // Oldest first: the files most likely to go entirely.
    for (const file of [...set.files].reverse()) {
      const lines = file.age > 0 ? await linesIfAllDue(file, due) : undefined;
      if (lines !== undefined) {
        await unlink(file.path);
        yield { count: lines, file: file.path, removedFile: true };
        continue;
      }
      const r = await rewriteFile(file, (text) => (hit(text, due) ? { drop: true } : undefined));
      if (r.dropped > 0) yield { count: r.dropped, file: file.path };
    }
  }

  /**
   * Rewrites the due lines' `fields`, one file per batch. Only lines the transform actually changes
   * are counted, so with an idempotent operator (masking) a resumed sweep does not count twice.
   */
  async *anonymiseWhereOlder(
    collection: string,
    sweep: AnonymiseSweep,
    transform: ValueTransform,
  ): AsyncIterable<SweepBatch> {
    const set = await this.resolve(collection);
    const due = this.dueMatcher(collection, sweep);
    const rewrite = this.anonymiser(collection, sweep.fields, transform);
    for (const file of [...set.files].reverse()) {
      const r = await rewriteFile(file, (text) => rewrite(text, due));
      if (r.replaced > 0) yield { count: r.replaced, file: file.path };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  // ---------------------------------------------------------------------------------------------

  private anonymiser<Op>(collection: string, fields: AnonymiseField<Op>[], transform: ValueTransform<Op>) {
    if (fields.length === 0) {
      throw new ConnectorError(codes.badArgument, 'no fields to anonymise', this.where(collection));
    }
    const targets = fields.map((f) => ({ name: this.field(collection, f.name), field: f }));
    return async (text: string, matches: (line: LogLine) => boolean): Promise<LineEdit> => {
      const line = parseLogLine(text);
      if (!line || !matches(line)) return undefined;
      const row = logRow(line);
      const changes: Partial<Record<LogFieldName, unknown>> = {};
      for (const t of targets) {
        const value = row[t.name];
        if (value === null) continue;
        changes[t.name] = await transform(value, { system: this.system, collection, field: t.field, row });
      }
      return { replace: formatLogLine(line, changes) };
    };
  }

  private dueMatcher(collection: string, sweep: RetentionSweep): (line: LogLine) => boolean {
    if (this.field(collection, sweep.clockField) !== 'time') {
      throw new ConnectorError(
        codes.badArgument,
        'the retention clock of a log file is its time field',
        this.where(collection, sweep.clockField),
      );
    }
    if (!(sweep.before instanceof Date) || Number.isNaN(sweep.before.getTime())) {
      throw new ConnectorError(codes.badArgument, 'before must be a valid Date', this.where(collection));
    }
    const cutoff = sweep.before.getTime();
    const kept = this.keepMatchers(collection, sweep);
    return (line) => {
      const t = logRow(line).time as Date | null;
      return t !== null && t.getTime() < cutoff && !kept.some((k) => k.test(line, t));
    };
  }

  /** The exclusion and keep conditions of a sweep as line predicates (given the line's time). */
  private keepMatchers(
    collection: string,
    sweep: RetentionSweep,
  ): { label: string; test: (line: LogLine, time: Date) => boolean }[] {
    if (sweep.clockPath && sweep.clockPath.length > 0) {
      throw new ConnectorError(
        codes.unsupported,
        'a log line carries its own clock; clockPath is for SQL stores',
        this.where(collection),
      );
    }
    const conditions = [...(sweep.keep ?? [])];
    if (sweep.exclude) conditions.unshift({ label: 'excluded', match: sweep.exclude });
    return conditions.map((k) => {
      if (!k.match && !k.window) {
        throw new ConnectorError(
          codes.badArgument,
          `keep condition "${k.label}" names neither keys nor a window`,
          this.where(collection),
        );
      }
      const matches = k.match ? this.matcher(collection, k.match) : () => true;
      const from = k.window?.from?.getTime() ?? Number.NEGATIVE_INFINITY;
      const to = k.window?.to?.getTime() ?? Number.POSITIVE_INFINITY;
      if (Number.isNaN(from) || Number.isNaN(to)) {
        throw new ConnectorError(
          codes.badArgument,
          'window bounds must be valid Dates',
          this.where(collection),
        );
      }
      return {
        label: k.label,
        test: (line, time) => time.getTime() >= from && time.getTime() < to && matches(line),
      };
    });
  }

  /** A predicate for the lines whose `match.field` is one of `match.values`. */
  private matcher(collection: string, match: KeyMatch): (line: LogLine) => boolean {
    const name = this.field(collection, match.field);
    const wanted = new Set(
      distinctValues(match.values)
        .filter((v) => v !== null && v !== undefined)
        .map((v) => (v instanceof Date ? String(v.getTime()) : String(v))),
    );
    return (line) => {
      const value = logRow(line)[name];
      if (value === null) return false;
      return wanted.has(value instanceof Date ? String(value.getTime()) : String(value));
    };
  }

  private projection(collection: string, fields: string[] | undefined): (row: Row) => Row {
    if (!fields) return (row) => row;
    if (fields.length === 0) {
      throw new ConnectorError(
        codes.badArgument,
        'fields must name at least one field',
        this.where(collection),
      );
    }
    const names = fields.map((f) => this.field(collection, f));
    return (row) => Object.fromEntries(names.map((n) => [n, row[n]]));
  }

  private field(collection: string, name: string): LogFieldName {
    if (!fieldNames.has(name)) {
      throw new ConnectorError(codes.unknownField, 'no such field', this.where(collection, name), {
        kind: 'not_found',
      });
    }
    return name as LogFieldName;
  }

  private async sets(): Promise<LogSet[]> {
    if (this.closed) throw new ConnectorError(codes.closed, 'the connector is closed', this.where());
    try {
      return await findLogSets(this.location);
    } catch (e) {
      throw new ConnectorError(
        codes.unreachable,
        `cannot read the log files at ${this.location}: ${(e as Error).message}`,
        this.where(),
        { kind: 'internal', cause: e },
      );
    }
  }

  private async resolve(collection: string): Promise<LogSet> {
    const set = (await this.sets()).find((s) => s.name === collection);
    if (!set) {
      throw new ConnectorError(codes.unknownCollection, 'no such log-file set', this.where(collection), {
        kind: 'not_found',
      });
    }
    return set;
  }

  private where(collection?: string, field?: string) {
    return { system: this.system, collection, field };
  }
}

function hit(text: string, matches: (line: LogLine) => boolean): boolean {
  const line = parseLogLine(text);
  return line !== undefined && matches(line);
}

/** The number of lines when every line parses and is due (the file can go whole), else undefined. */
async function linesIfAllDue(file: LogFile, due: (line: LogLine) => boolean): Promise<number | undefined> {
  let n = 0;
  for await (const text of readLines(file)) {
    if (text === '') continue;
    const line = parseLogLine(text);
    if (!line || !due(line)) return undefined;
    n++;
  }
  return n;
}

async function totalSize(files: LogFile[]): Promise<number> {
  let size = 0;
  for (const f of files) size += (await stat(f.path).catch(() => ({ size: 0 }))).size;
  return size;
}

/**
 * Opens a log-file location (a directory or a pattern such as `/var/log/nginx/access.log*`); fails
 * with CONNECTOR_UNREACHABLE when its directory cannot be read.
 *
 * @example
 *   const web = await openLogFileConnector('web', '/var/log/nginx');
 */
export async function openLogFileConnector(system: string, location: string): Promise<LogFileConnector> {
  const connector = new LogFileConnector(system, location);
  await connector.introspect();
  return connector;
}
