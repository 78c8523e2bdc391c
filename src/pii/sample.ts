import type { PiiType } from './finding.js';
import { type ScanOptions, scanText } from './scan.js';

/** One PII type found in a column. */
export interface ColumnTypeProfile {
  type: PiiType;
  /** Rows with at least one value of this type, of all rows profiled (0–1). */
  share: number;
  rows: number;
  /** Up to three found values, masked (first character kept, other letters and digits `*`). */
  examples: string[];
}

export interface ColumnProfile {
  /** Rows profiled. */
  rows: number;
  /** Rows where the column had a non-empty value. */
  nonEmpty: number;
  /** Types found, most frequent first. */
  types: ColumnTypeProfile[];
}

export type ColumnValue = unknown;
const MAX_EXAMPLES = 3;
/** Longer values are profiled on their start: enough to see what a column holds. */
const MAX_VALUE_LENGTH = 10_000;

/**
 * A value shown in a report without revealing it: the first character, then every letter and digit
 * masked, punctuation kept ("jan@example.nl" → "j**@*******.**").
 *
 * @example
 *   maskExample('NL91 ABNA 0417 1643 00'); // 'N*** **** **** **** **'
 */
export function maskExample(value: string): string {
  let out = '';
  let first = true;
  for (const ch of value) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      out += first ? ch : '*';
      first = false;
    } else out += ch;
  }
  return out;
}

function asText(value: ColumnValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) return value.map((v) => asText(v) ?? '').join('\n');
  return JSON.stringify(value);
}

/** "date_of_birth" → "date of birth": column names read as context words. */
function label(column: string): string {
  return column.replace(/[_\-.]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}

/**
 * Collects column profiles row by row, in constant memory per column, for inputs too large to
 * hold (file scans, database cursors). `profileColumns` is the one-shot form.
 *
 * @example
 *   const profiler = new ColumnProfiler();
 *   for await (const row of rows) profiler.add(row);
 *   profiler.result();
 */
export class ColumnProfiler {
  private rows = 0;
  private readonly columns = new Map<
    string,
    { nonEmpty: number; types: Map<PiiType, { rows: number; examples: string[] }> }
  >();
  private readonly options: ScanOptions;

  constructor(options: ScanOptions = {}) {
    this.options = options;
  }

  add(row: Record<string, ColumnValue>): void {
    this.rows++;
    for (const [name, raw] of Object.entries(row)) {
      let column = this.columns.get(name);
      if (!column) {
        column = { nonEmpty: 0, types: new Map() };
        this.columns.set(name, column);
      }
      const value = asText(raw);
      if (value === undefined || value.trim() === '') continue;
      column.nonEmpty++;
      // The column name stands before the value as its context word ("bsn: 111222333").
      const prefix = `${label(name)}: `;
      const text = prefix + (value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value);
      const seen = new Set<PiiType>();
      for (const f of scanText(text, this.options)) {
        if (f.start < prefix.length) continue;
        let entry = column.types.get(f.type);
        if (!entry) {
          entry = { rows: 0, examples: [] };
          column.types.set(f.type, entry);
        }
        if (!seen.has(f.type)) {
          seen.add(f.type);
          entry.rows++;
        }
        const example = maskExample(text.slice(f.start, f.end));
        if (entry.examples.length < MAX_EXAMPLES && !entry.examples.includes(example))
          entry.examples.push(example);
      }
    }
  }

  result(): Record<string, ColumnProfile> {
    const out: Record<string, ColumnProfile> = {};
    for (const [name, column] of this.columns) {
      out[name] = {
        rows: this.rows,
        nonEmpty: column.nonEmpty,
        types: [...column.types]
          .map(([type, t]) => ({
            type,
            share: this.rows === 0 ? 0 : t.rows / this.rows,
            rows: t.rows,
            examples: t.examples,
          }))
          .sort((a, b) => b.rows - a.rows || a.type.localeCompare(b.type)),
      };
    }
    return out;
  }
}

/**
 * Profiles sampled rows of a table: per column, which PII types occur, in what share of the rows,
 * with masked examples. The column name is used as context, so a column named `bsn` or
 * `geboortedatum` is recognised even where the values alone would be ambiguous.
 *
 * @example
 *   profileColumns([{ email: 'jan@example.nl', bsn: '111222333' }]).bsn.types[0];
 *   // { type: 'bsn', share: 1, rows: 1, examples: ['1********'] }
 */
export function profileColumns(
  rows: Record<string, ColumnValue>[],
  options: ScanOptions = {},
): Record<string, ColumnProfile> {
  const profiler = new ColumnProfiler(options);
  for (const row of rows) profiler.add(row);
  return profiler.result();
}
