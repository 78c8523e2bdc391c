import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GrondslagError, isGrondslagError } from '../../../errors.js';
import { maskExample } from '../../../pii/sample.js';
import { createRedactStream, type LineFinding, type StreamSummary } from '../../../pii/stream.js';
import type { Command } from '../../command.js';
import { ExitCode } from '../../command.js';
import { HMAC_KEY_ENV, operatorFrom, scanFilterOptions, scanOptionsFrom } from './pii-options.js';

async function openInput(arg: string | undefined, cwd: string, stdin: NodeJS.ReadableStream) {
  if (arg === undefined || arg === '-') return { stream: stdin, label: 'stdin' };
  const path = resolve(cwd, arg);
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new GrondslagError('PII_FILE_UNREADABLE', `${arg} is a directory, not a file`);
  } catch (e) {
    if (isGrondslagError(e)) throw e;
    throw new GrondslagError('PII_FILE_NOT_FOUND', `${arg}: no such file`, { kind: 'not_found' });
  }
  return { stream: createReadStream(path), label: arg };
}

function summaryLine(label: string, summary: StreamSummary, verb: string): string {
  const types = Object.entries(summary.byType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  const lines = `${summary.lines} line${summary.lines === 1 ? '' : 's'}`;
  if (summary.findings === 0) return `${label}: no personal data found in ${lines}\n`;
  return `${label}: ${verb} ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${lines} (${types})\n`;
}

/**
 * `grondslag scan text [FILE|-] [--json] [--redact] [--operator OP] [--types a,b] [--min-score N] [--allow FILE] [--allow-own] [--report-organisation-contacts]`:
 * personal data in a text file or stdin, read line by line in constant memory.
 *
 * - Without `--redact`: one line per finding (`file:line:col type score detector masked-value`),
 *   or with `--json` one document `{ findings: [{line, start, end, type, score, detector}], summary }`
 *   written as it streams. Exit 1 when anything was found, 0 when nothing.
 * - With `--redact`: the redacted text on stdout, a summary on stderr; exit 0. `--json` cannot be
 *   combined with it, since stdout then carries the text.
 */
export const scanTextCommand: Command = {
  name: ['scan', 'text'],
  summary: 'find (or with --redact, redact) personal data in a text file or stdin; exit 1 when found',
  usage:
    '[FILE|-] [--json] [--redact] [--operator mask|tag|hmac|truncate|drop] [--types a,b] [--min-score N] [--allow FILE] [--allow-own] [--report-organisation-contacts]',
  positionals: { max: 1 },
  options: {
    redact: { type: 'boolean', description: 'write the text with personal data replaced to stdout' },
    operator: {
      type: 'string',
      description: `with --redact: mask, tag (default), hmac (key from ${HMAC_KEY_ENV}), truncate or drop`,
    },
    ...scanFilterOptions,
  },
  async run(ctx) {
    const scan = await scanOptionsFrom(ctx);
    const redact = ctx.values.redact === true;
    if (redact && ctx.json) {
      throw new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        '--redact writes the redacted text to stdout; it cannot be combined with --json',
      );
    }
    if (!redact && ctx.values.operator !== undefined) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--operator applies only with --redact');
    }
    const { operator, key } = redact ? operatorFrom(ctx) : { operator: 'tag' as const, key: undefined };
    const arg = ctx.positionals[0];
    const { stream: input, label } = await openInput(arg, ctx.io.cwd, ctx.io.stdin);
    const out = ctx.io.stdout;

    let first = true;
    const onFinding = redact
      ? undefined
      : ctx.json
        ? (f: LineFinding) => {
            const { line, start, end, type, score, detector } = f;
            out(`${first ? '\n' : ',\n'}    ${JSON.stringify({ line, start, end, type, score, detector })}`);
            first = false;
          }
        : (f: LineFinding, value: string) => {
            // The value itself is not printed: the point of the scan is not to spread it.
            out(
              `${label}:${f.line}:${f.start + 1} ${f.type} ${f.score.toFixed(2)} ${f.detector} ${maskExample(value)}\n`,
            );
          };
    const redactor = createRedactStream({ ...scan, operator, key, redact, source: label, onFinding });
    if (ctx.json) out('{\n  "findings": [');
    const closeFindings = () => (first ? ']' : '\n  ]');
    const sink = new Writable({
      write(chunk: Buffer | string, _enc, callback) {
        out(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        callback();
      },
    });
    try {
      await pipeline(input, redactor, sink);
    } catch (e) {
      if (ctx.json) {
        // The document is already open on stdout: close it with the error, so it stays one document.
        const error = isGrondslagError(e) ? e.toJSON() : { code: 'INTERNAL', message: (e as Error).message };
        out(
          `${closeFindings()},\n  "summary": ${JSON.stringify(redactor.summary)},\n  "error": ${JSON.stringify(error)}\n}\n`,
        );
        ctx.io.stderr(`grondslag: ${isGrondslagError(e) ? e.describe() : (e as Error).message}\n`);
        return isGrondslagError(e) && e.kind === 'input' ? ExitCode.input : ExitCode.internal;
      }
      throw e;
    }
    const summary = redactor.summary;
    if (ctx.json) {
      out(`${closeFindings()},\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    } else if (redact) {
      ctx.io.stderr(summaryLine(label, summary, 'redacted'));
    } else {
      out(summaryLine(label, summary, 'found'));
    }
    if (redact) return ExitCode.ok;
    return summary.findings > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
