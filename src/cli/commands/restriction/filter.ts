import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { checkRestrictions } from '../../../dsr/restriction.js';
import { csvLine, filterTable, type IdentityColumns } from '../../../dsr/restriction-filter.js';
import { GrondslagError } from '../../../errors.js';
import { CsvParser } from '../../../pii/file/csv.js';
import { textChunks } from '../../../pii/file/records.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withDsr } from '../dsr/context.js';
import { filterOptions, parseFilter } from './options.js';

/**
 * `grondslag restriction filter FILE --out FILE`: a CSV export (a mailing list, a file for a
 * processor) without the rows of people on the restriction/suppression list — the list honoured by
 * exports. The header and every other row are written unchanged in content (fields re-quoted only
 * where needed); the output appears only when complete (written beside it, then renamed), readable
 * by its owner alone, since it holds personal data.
 */
export const restrictionFilterCommand: Command = {
  name: ['restriction', 'filter'],
  summary: 'write a CSV without the rows of people on the restriction/suppression list',
  usage:
    'FILE.csv --out FILE.csv [--email-column C] [--phone-column C] [--customer-column C] [--scope S] [--purpose P] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    out: { type: 'string', description: 'the CSV to write (not the input)' },
    'email-column': { type: 'string', description: 'the column with e-mail addresses' },
    'phone-column': { type: 'string', description: 'the column with phone numbers' },
    'customer-column': { type: 'string', description: 'the column with customer numbers' },
    ...filterOptions,
  },
  async run(ctx) {
    const input = resolve(ctx.io.cwd, ctx.positionals[0]!);
    const out =
      typeof ctx.values.out === 'string' && ctx.values.out !== '' ? resolve(ctx.io.cwd, ctx.values.out) : '';
    if (!out) throw new GrondslagError('CLI_BAD_ARGUMENTS', '--out FILE.csv is required');
    if (out === input) throw new GrondslagError('CLI_BAD_ARGUMENTS', '--out must not be the input file');
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
    const label = ctx.positionals[0]!;

    const partial = `${out}.partial`;
    const counts = await withDsr(ctx, 'grondslag restriction filter', async (deps) => {
      const parser = new CsvParser(label);
      const sink = createWriteStream(partial, { mode: 0o600 });
      let header = true;
      async function* records(): AsyncGenerator<string[]> {
        // textChunks refuses a missing file, a directory and binary data, naming file and line.
        for await (const text of textChunks(input, label)) for (const r of parser.push(text)) yield r.fields;
        for (const r of parser.end()) yield r.fields;
      }
      try {
        const result = await filterTable(records(), {
          named,
          file: label,
          check: (people) => checkRestrictions(deps.db, deps.sealer, people, filter),
          keep: async (row) => {
            // The byte-order mark goes back where it was, so Excel still reads the list as UTF-8.
            const bom = header && parser.hadBom ? '\uFEFF' : '';
            header = false;
            // Backpressure: memory stays bounded by a batch even when the disk is slower.
            if (!sink.write(`${bom}${csvLine(row, parser.delimiterInUse ?? ',')}\n`))
              await once(sink, 'drain');
          },
        });
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
      ctx.io.stdout(
        `${counts.rows} rows: ${counts.kept} written to ${out}, ${counts.dropped} left out${by ? ` (${by})` : ''}\n`,
      );
    }
    return ExitCode.ok;
  },
};
