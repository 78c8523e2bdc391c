import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { checkRestrictions } from '../../../dsr/restriction.js';
import {
  csvLine,
  type FilterCounts,
  filterPeople,
  filterTable,
  type IdentityColumns,
  identityOfRecord,
} from '../../../dsr/restriction-filter.js';
import { GrondslagError } from '../../../errors.js';
import { CsvParser } from '../../../pii/file/csv.js';
import {
  flatten,
  formatFromName,
  lineEndingOf,
  lines,
  parseJson,
  textChunks,
} from '../../../pii/file/records.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withDsr } from '../dsr/context.js';
import { filterOptions, parseFilter } from './options.js';

/**
 * `grondslag restriction filter FILE --out FILE`: an export (a mailing list, a file for a processor)
 * without the records of people on the restriction/suppression list — the list honoured by exports.
 * CSV: the header and every kept row written again with the same delimiter and line ending (fields
 * re-quoted only where needed, a byte-order mark kept). NDJSON: every kept line written as it was.
 * JSON: an array of records, the kept ones written as an array again, one record per line. The
 * output appears only when complete (written beside it, then renamed), readable by its owner alone,
 * since it holds personal data; memory is bounded by a batch of 1,000 records for CSV and NDJSON —
 * a JSON array is one value and is read whole.
 */
export const restrictionFilterCommand: Command = {
  name: ['restriction', 'filter'],
  summary:
    'write a CSV, NDJSON or JSON export without the records of people on the restriction/suppression list',
  usage:
    'FILE --out FILE [--format csv|ndjson|json] [--email-column C] [--phone-column C] [--customer-column C] [--scope S] [--purpose P] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    out: { type: 'string', description: 'the file to write (not the input)' },
    format: {
      type: 'string',
      description: 'csv, ndjson or json (default: from the file name: .csv/.tsv, .ndjson/.jsonl, .json)',
    },
    'email-column': { type: 'string', description: 'the column (or JSON key) with e-mail addresses' },
    'phone-column': { type: 'string', description: 'the column (or JSON key) with phone numbers' },
    'customer-column': { type: 'string', description: 'the column (or JSON key) with customer numbers' },
    ...filterOptions,
  },
  async run(ctx) {
    const label = ctx.positionals[0]!;
    const input = resolve(ctx.io.cwd, label);
    const out =
      typeof ctx.values.out === 'string' && ctx.values.out !== '' ? resolve(ctx.io.cwd, ctx.values.out) : '';
    if (!out) throw new GrondslagError('CLI_BAD_ARGUMENTS', '--out FILE is required');
    if (out === input) throw new GrondslagError('CLI_BAD_ARGUMENTS', '--out must not be the input file');
    const asked = ctx.values.format;
    const format = typeof asked === 'string' ? asked : formatFromName(label);
    if (format !== 'csv' && format !== 'ndjson' && format !== 'json') {
      throw new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        typeof asked === 'string'
          ? '--format must be csv, ndjson or json'
          : format
            ? `${label} looks like ${format}; this reads CSV, NDJSON and JSON: give --format csv, ndjson or json if it is one of them`
            : `cannot tell the format of ${label} from its name: give --format csv, ndjson or json`,
      );
    }
    const named: IdentityColumns = {};
    for (const [flag, key] of [
      ['email-column', 'email'],
      ['phone-column', 'phone'],
      ['customer-column', 'customerNumber'],
    ] as const) {
      const v = ctx.values[flag];
      if (typeof v === 'string' && v !== '') named[key] = v;
    }
    const filter = parseFilter(ctx);

    const partial = `${out}.partial`;
    const counts = await withDsr(ctx, 'grondslag restriction filter', async (deps) => {
      const sink = createWriteStream(partial, { mode: 0o600 });
      // Backpressure: memory stays bounded by a batch even when the disk is slower.
      const write = async (text: string) => {
        if (!sink.write(text)) await once(sink, 'drain');
      };
      const check = (people: Parameters<typeof checkRestrictions>[2]) =>
        checkRestrictions(deps.db, deps.sealer, people, filter);
      try {
        const job: FilterJob = { input, label, named, check, write };
        const result: FilterCounts =
          format === 'csv'
            ? await filterCsv(job)
            : format === 'ndjson'
              ? await filterNdjson(job)
              : await filterJsonArray(job);
        sink.end();
        await finished(sink);
        await rename(partial, out);
        return result;
      } catch (e) {
        // The file may still be opening: remove it only once the stream has closed, or it reappears.
        sink.destroy();
        if (!sink.closed) await once(sink, 'close');
        await rm(partial, { force: true });
        throw e;
      }
    });
    const by = Object.entries(counts.droppedBy)
      .map(([scope, n]) => `${n} ${scope.replaceAll('_', ' ')}`)
      .join(', ');
    if (ctx.json) printJson(ctx, { file: out, ...counts });
    else {
      const unchecked =
        counts.unchecked > 0 ? `; ${counts.unchecked} kept without any identifier to check` : '';
      ctx.io.stdout(
        `${counts.rows} rows: ${counts.kept} written to ${out}, ${counts.dropped} left out${by ? ` (${by})` : ''}${unchecked}\n`,
      );
    }
    return ExitCode.ok;
  },
};

/** One run of the command: the file to read, its identifier columns, the list, the output. */
interface FilterJob {
  input: string;
  label: string;
  named: IdentityColumns;
  check: Parameters<typeof filterPeople>[1]['check'];
  write: (text: string) => Promise<void>;
}

async function filterCsv({ input, label, named, check, write }: FilterJob): Promise<FilterCounts> {
  const parser = new CsvParser(label);
  async function* records(): AsyncGenerator<string[]> {
    // textChunks refuses a missing file, a directory and binary data, naming file and line.
    for await (const text of textChunks(input, label)) for (const r of parser.push(text)) yield r.fields;
    for (const r of parser.end()) yield r.fields;
  }
  let header = true;
  // Read once the first chunk has come, so a missing file is reported by textChunks first.
  let eol: string | undefined;
  return filterTable(records(), {
    named,
    file: label,
    check,
    keep: async (row) => {
      // The byte-order mark goes back where it was, so Excel still reads the list as UTF-8.
      const bom = header && parser.hadBom ? '\uFEFF' : '';
      header = false;
      eol ??= await lineEndingOf(input);
      await write(`${bom}${csvLine(row, parser.delimiterInUse ?? ',')}${eol}`);
    },
  });
}

async function filterNdjson({ input, label, named, check, write }: FilterJob): Promise<FilterCounts> {
  async function* records(): AsyncGenerator<{ text: string; value: Record<string, unknown> }> {
    for await (const { line, text } of lines(input, label)) {
      if (text.trim() === '') continue;
      // A malformed line fails the whole run with its line and column; nothing is written.
      yield { text, value: flatten(parseJson(text, label, line - 1)) };
    }
  }
  let eol: string | undefined;
  return filterPeople(records(), {
    person: (r) => identityOfRecord(r.value, named),
    check,
    keep: async (r) => {
      eol ??= await lineEndingOf(input);
      await write(`${r.text}${eol}`);
    },
  });
}

async function filterJsonArray({ input, label, named, check, write }: FilterJob): Promise<FilterCounts> {
  let text = '';
  for await (const chunk of textChunks(input, label)) text += chunk;
  const bom = text.charCodeAt(0) === 0xfeff;
  const value = parseJson(bom ? text.slice(1) : text, label);
  const notRecord = (v: unknown) => v === null || typeof v !== 'object' || Array.isArray(v);
  if (!Array.isArray(value) || value.some(notRecord)) {
    const what = !Array.isArray(value)
      ? `found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`
      : `element ${value.findIndex(notRecord)} is not an object`;
    throw new GrondslagError(
      'RESTRICTION_JSON_NOT_RECORDS',
      `${label}: a JSON export must be an array of records (objects); ${what}`,
      { details: [{ location: { file: label, line: 1, column: 1 }, message: 'not an array of objects' }] },
    );
  }
  const eol = await lineEndingOf(input);
  let kept = 0;
  await write(bom ? '\uFEFF[' : '[');
  const items = (async function* () {
    for (const item of value as Record<string, unknown>[]) yield item;
  })();
  const counts = await filterPeople(items, {
    person: (item) => identityOfRecord(flatten(item), named),
    check,
    keep: (item) => write(`${kept++ === 0 ? '' : ','}${eol}  ${JSON.stringify(item)}`),
  });
  await write(kept === 0 ? `]${eol}` : `${eol}]${eol}`);
  return counts;
}
