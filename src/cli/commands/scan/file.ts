import { resolve } from 'node:path';
import { GrondslagError } from '../../../errors.js';
import { type FileFormat, fileFormats, formatFromName, readRecords } from '../../../pii/file/records.js';
import { type ColumnProfile, ColumnProfiler } from '../../../pii/sample.js';
import type { Command } from '../../command.js';
import { ExitCode, printJson } from '../../command.js';
import { scanFilterOptions, scanOptionsFrom } from './pii-options.js';

export interface FileScanReport {
  file: string;
  format: FileFormat;
  rows: number;
  columns: ({ name: string } & ColumnProfile)[];
  summary: {
    /** Columns in which any PII type was found. */
    columnsWithPersonalData: number;
    /** Per type, the columns it was found in. */
    types: Record<string, string[]>;
  };
}

function chooseFormat(path: string, option: unknown): FileFormat {
  if (typeof option === 'string') {
    if (!(fileFormats as readonly string[]).includes(option)) {
      throw new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        `--format must be one of ${fileFormats.join(', ')}, got "${option}"`,
      );
    }
    return option as FileFormat;
  }
  const byName = formatFromName(path);
  if (!byName) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `cannot tell the format of ${path} from its extension; pass --format ${fileFormats.join('|')}`,
    );
  }
  return byName;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function humanReport(report: FileScanReport): string {
  const lines = [`${report.file} (${report.format}, ${report.rows} row${report.rows === 1 ? '' : 's'})`];
  const rows: string[][] = [];
  for (const c of report.columns) {
    for (const t of c.types) rows.push([c.name, t.type, percent(t.share), t.examples.join(', ')]);
  }
  if (rows.length === 0) {
    lines.push('no personal data found');
  } else {
    const head = ['column', 'type', 'rows', 'examples (masked)'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const fmt = (r: string[]) =>
      r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
    lines.push(fmt(head), ...rows.map(fmt));
    lines.push(
      `${report.summary.columnsWithPersonalData} of ${report.columns.length} columns hold personal data`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `grondslag scan file FILE [--format csv|json|ndjson|log] [--json] [--types a,b] [--min-score N] [--allow FILE] [--allow-own] [--report-organisation-contacts]`:
 * which columns (CSV), keys (JSON, NDJSON; nested keys dotted) or log fields hold personal data, in
 * what share of the rows, with masked examples. Streams CSV, NDJSON and logs. Exit 1 when any
 * personal data was found; 2 for a binary or malformed file (the message names file:line).
 */
export const scanFileCommand: Command = {
  name: ['scan', 'file'],
  summary: 'report per column or key which personal data a CSV, JSON, NDJSON or log file holds',
  usage:
    'FILE [--format csv|json|ndjson|log] [--json] [--types a,b] [--min-score N] [--allow FILE] [--allow-own] [--report-organisation-contacts]',
  positionals: { min: 1, max: 1 },
  options: {
    format: { type: 'string', description: 'csv, json, ndjson or log (default: from the file extension)' },
    ...scanFilterOptions,
  },
  async run(ctx) {
    const arg = ctx.positionals[0]!;
    const format = chooseFormat(arg, ctx.values.format);
    const profiler = new ColumnProfiler(await scanOptionsFrom(ctx));
    let rows = 0;
    for await (const { row } of readRecords(resolve(ctx.io.cwd, arg), format, arg)) {
      profiler.add(row);
      rows++;
    }
    const profile = profiler.result();
    const columns = Object.entries(profile).map(([name, p]) => ({ name, ...p }));
    const types: Record<string, string[]> = {};
    for (const c of columns) {
      for (const t of c.types) {
        types[t.type] = [...(types[t.type] ?? []), c.name];
      }
    }
    const report: FileScanReport = {
      file: arg,
      format,
      rows,
      columns,
      summary: { columnsWithPersonalData: columns.filter((c) => c.types.length > 0).length, types },
    };
    if (ctx.json) printJson(ctx, report);
    else ctx.io.stdout(humanReport(report));
    return report.summary.columnsWithPersonalData > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
