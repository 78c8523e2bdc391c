import { GrondslagError } from '../errors.js';
import type { SubjectIdentity } from './request.js';
import type { RestrictionScope, RestrictionStatus } from './restriction.js';

/**
 * Taking the people on the restriction/suppression list out of an export before it is used — a
 * mailing list before a campaign, a file before it goes to a processor. Pure logic over records
 * (CSV field arrays with a header, or flattened JSON records); reading and writing the file is the
 * CLI's (`grondslag restriction filter`). Records are checked in batches, so memory is bounded by a
 * batch, not by the file.
 */

/** Which columns hold the person's identifiers. */
export interface IdentityColumns {
  email?: string;
  phone?: string;
  customerNumber?: string;
}

/** Header names taken for an identifier when no column is named (lower case, `_`/`-`/space alike). */
const DEFAULT_NAMES: Record<keyof IdentityColumns, string[]> = {
  email: ['email', 'e mail', 'emailadres', 'e mailadres', 'email address', 'mail'],
  phone: ['phone', 'telefoon', 'telefoonnummer', 'phone number', 'mobile', 'mobiel', 'msisdn'],
  customerNumber: ['customer number', 'klantnummer', 'customer id', 'klant id'],
};

const canon = (name: string) => name.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

/**
 * The index of each identifier column in `header`. Named columns must exist (the error names the
 * missing one and the file); with none named, the usual names are looked for and at least one must
 * be found.
 */
export function identityColumnIndexes(
  header: readonly string[],
  named: IdentityColumns,
  file: string,
): Partial<Record<keyof IdentityColumns, number>> {
  const byName = new Map(header.map((h, i) => [canon(h), i] as const));
  const out: Partial<Record<keyof IdentityColumns, number>> = {};
  const kinds = Object.keys(DEFAULT_NAMES) as (keyof IdentityColumns)[];
  if (kinds.some((k) => named[k] !== undefined)) {
    for (const k of kinds) {
      const name = named[k];
      if (name === undefined) continue;
      const i = byName.get(canon(name));
      if (i === undefined) {
        throw new GrondslagError(
          'RESTRICTION_COLUMN_UNKNOWN',
          `${file}:1: no column "${name}" in the header (columns: ${header.join(', ')})`,
          { details: [{ location: { file, line: 1, column: 1 }, message: `no column "${name}"` }] },
        );
      }
      out[k] = i;
    }
    return out;
  }
  for (const k of kinds) {
    const i = DEFAULT_NAMES[k].map((n) => byName.get(n)).find((x) => x !== undefined);
    if (i !== undefined) out[k] = i;
  }
  if (Object.keys(out).length === 0) {
    throw new GrondslagError(
      'RESTRICTION_COLUMN_UNKNOWN',
      `${file}:1: no e-mail, phone or customer-number column found in the header (columns: ${header.join(', ')}); name one with --email-column, --phone-column or --customer-column`,
      { details: [{ location: { file, line: 1, column: 1 }, message: 'no identifier column' }] },
    );
  }
  return out;
}

export interface FilterCounts {
  rows: number;
  kept: number;
  dropped: number;
  /** Kept rows that carried no identifier at all, so nothing could be checked for them. */
  unchecked: number;
  /** Dropped rows by the scope of the entries that listed them (a row may count under several). */
  droppedBy: Partial<Record<RestrictionScope, number>>;
}

/**
 * Splits `items` into kept and dropped: `person` reads an item's identifiers, `check` answers for a
 * batch of people in order (`checkRestrictions` with the caller's scope or purpose), `keep` receives
 * every item of someone not listed. Memory is bounded by a batch.
 */
export async function filterPeople<T>(
  items: AsyncIterable<T>,
  options: {
    person: (item: T) => Partial<SubjectIdentity>;
    check: (people: Partial<SubjectIdentity>[]) => Promise<RestrictionStatus[]>;
    keep: (item: T) => void | Promise<void>;
    batchSize?: number;
  },
): Promise<FilterCounts> {
  const batchSize = options.batchSize ?? 1000;
  const counts: FilterCounts = { rows: 0, kept: 0, dropped: 0, unchecked: 0, droppedBy: {} };
  let batch: T[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const people = batch.map(options.person);
    const statuses = await options.check(people);
    for (let i = 0; i < batch.length; i++) {
      const s = statuses[i]!;
      if (!s.restricted) {
        counts.kept++;
        const p = people[i]!;
        if (!p.email?.trim() && !p.phone?.trim() && !p.customerNumber?.trim()) counts.unchecked++;
        await options.keep(batch[i]!);
        continue;
      }
      counts.dropped++;
      for (const scope of new Set(s.entries.map((e) => e.scope))) {
        counts.droppedBy[scope] = (counts.droppedBy[scope] ?? 0) + 1;
      }
    }
    batch = [];
  };
  for await (const item of items) {
    counts.rows++;
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return counts;
}

/**
 * A table (field arrays) through `filterPeople`. The first record is the header: it names the
 * identifier columns (`identityColumnIndexes`) and goes to `keep` as it is.
 */
export async function filterTable(
  records: AsyncIterable<string[]>,
  options: {
    named: IdentityColumns;
    file: string;
    check: (people: Partial<SubjectIdentity>[]) => Promise<RestrictionStatus[]>;
    keep: (row: string[]) => void | Promise<void>;
    batchSize?: number;
  },
): Promise<FilterCounts> {
  const it = records[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    throw new GrondslagError('RESTRICTION_FILE_EMPTY', `${options.file}: no header line (the file is empty)`);
  }
  const c = identityColumnIndexes(first.value, options.named, options.file);
  await options.keep(first.value);
  return filterPeople(
    { [Symbol.asyncIterator]: () => it },
    {
      person: (r) => ({
        ...(c.email !== undefined ? { email: r[c.email] ?? '' } : {}),
        ...(c.phone !== undefined ? { phone: r[c.phone] ?? '' } : {}),
        ...(c.customerNumber !== undefined ? { customerNumber: r[c.customerNumber] ?? '' } : {}),
      }),
      check: options.check,
      keep: options.keep,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    },
  );
}

/**
 * A JSON record's identifiers: the named keys (dotted for nested objects, as `scan file` names
 * them), else the first key of each kind with a usual name. Numbers count as text (a phone number
 * or customer number exported as a number); anything else is no identifier.
 */
export function identityOfRecord(
  record: Record<string, unknown>,
  named: IdentityColumns,
): Partial<SubjectIdentity> {
  const kinds = Object.keys(DEFAULT_NAMES) as (keyof IdentityColumns)[];
  const anyNamed = kinds.some((k) => named[k] !== undefined);
  const out: Partial<SubjectIdentity> = {};
  for (const k of kinds) {
    let key: string | undefined;
    if (anyNamed) key = named[k];
    else key = Object.keys(record).find((name) => DEFAULT_NAMES[k].includes(canon(name.split('.').pop()!)));
    if (key === undefined) continue;
    const v = record[key];
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}

/** One CSV record as text: fields quoted where they hold the delimiter, a quote or a line break. */
export function csvLine(fields: readonly string[], delimiter: string): string {
  return fields
    .map((f) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f))
    .join(delimiter);
}
