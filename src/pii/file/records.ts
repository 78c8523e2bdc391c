import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { GrondslagError } from '../../errors.js';
import { CsvParser } from './csv.js';
import { jsonErrorOffset } from './json-error.js';

export const fileFormats = ['csv', 'json', 'ndjson', 'log'] as const;
export type FileFormat = (typeof fileFormats)[number];

/** One row of a data file and the line it starts on. */
export interface FileRecord {
  line: number;
  row: Record<string, unknown>;
}

/** The format of a file from its extension, or undefined when the extension says nothing. */
export function formatFromName(path: string): FileFormat | undefined {
  switch (extname(path).toLowerCase()) {
    case '.csv':
    case '.tsv':
      return 'csv';
    case '.json':
      return 'json';
    case '.ndjson':
    case '.jsonl':
      return 'ndjson';
    case '.log':
    case '.txt':
      return 'log';
    default:
      return undefined;
  }
}

function located(code: string, file: string, line: number, column: number, message: string): GrondslagError {
  return new GrondslagError(code, `${file}:${line}:${column}: ${message}`, {
    details: [{ location: { file, line, column }, message }],
  });
}

/** Reads `path` as text chunks, failing on binary content (a NUL byte) with its line. */
export async function* textChunks(path: string, label: string): AsyncGenerator<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new GrondslagError('PII_FILE_UNREADABLE', `${label} is a directory, not a file`);
  } catch (e) {
    if (e instanceof GrondslagError) throw e;
    throw new GrondslagError('PII_FILE_NOT_FOUND', `${label}: no such file`, { kind: 'not_found' });
  }
  const decoder = new StringDecoder('utf8');
  let line = 1;
  for await (const chunk of createReadStream(path)) {
    const text = decoder.write(chunk as Buffer);
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      for (let i = text.indexOf('\n'); i !== -1 && i < nul; i = text.indexOf('\n', i + 1)) line++;
      throw located(
        'PII_BINARY_INPUT',
        label,
        line,
        1,
        'binary data (a NUL byte); this reads text files only',
      );
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * The line ending a text file uses, read from its first line break (within the first 64 KiB): a
 * writer of the same records keeps it, so a Windows export stays CRLF. LF when there is none.
 */
export async function lineEndingOf(path: string): Promise<'\r\n' | '\n'> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1 << 16), 0, 1 << 16, 0);
    const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
    return nl > 0 && buffer[nl - 1] === 0x0d ? '\r\n' : '\n';
  } finally {
    await handle.close();
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lines of a text file, without their line ends, numbered from 1. */
export async function* lines(path: string, label: string): AsyncGenerator<{ line: number; text: string }> {
  let pending = '';
  let line = 1;
  let first = true;
  for await (const chunk of textChunks(path, label)) {
    // A byte-order mark (Windows tools write one) is not part of the first line.
    pending += first ? withoutBom(chunk) : chunk;
    first = false;
    let from = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', from)) {
      const text = pending.slice(from, nl);
      yield { line: line++, text: text.endsWith('\r') ? text.slice(0, -1) : text };
      from = nl + 1;
    }
    pending = pending.slice(from);
  }
  if (pending) yield { line, text: pending };
}

/**
 * Flattens nested JSON into dotted keys ("address.city"); arrays of objects into `key[].field`
 * holding every element's value, so a column profile sees each nested field as one column.
 */
export function flatten(
  value: unknown,
  prefix = '',
  into: Record<string, unknown> = {},
): Record<string, unknown> {
  if (value === null || typeof value !== 'object') {
    into[prefix || 'value'] = value;
    return into;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      into[prefix || 'value'] = value;
      return into;
    }
    for (const element of value) {
      const flat = flatten(element, `${prefix}[]`);
      for (const [k, v] of Object.entries(flat)) {
        const list = (into[k] as unknown[] | undefined) ?? [];
        into[k] = list.concat(v as never);
      }
    }
    return into;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

/** Line and column of a UTF-16 offset in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJson(text: string, label: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = jsonErrorOffset(text);
    const { line, column } = position(text, Math.max(at, 0));
    const message = (e as Error).message.split('\n')[0];
    throw located('PII_MALFORMED_JSON', label, line + lineOffset, column, `not valid JSON (${message})`);
  }
}

/**
 * The Combined Log Format of nginx and Apache: client address, user, time, request, status, size,
 * referrer and user agent as named fields.
 */
const COMBINED_LOG =
  /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/;
const LOGFMT_PAIR = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g;

/** A log line as fields: Combined Log Format, else `key=value` pairs, else the whole line. */
export function logRow(text: string): Record<string, unknown> {
  const m = COMBINED_LOG.exec(text);
  if (m) {
    return {
      remote_addr: m[1],
      remote_user: m[3] === '-' ? '' : m[3],
      time: m[4],
      request: m[5],
      status: m[6],
      bytes: m[7],
      referer: m[8] === '-' ? '' : m[8],
      user_agent: m[9],
    };
  }
  const pairs = [...text.matchAll(LOGFMT_PAIR)];
  if (pairs.length >= 2) {
    const row: Record<string, unknown> = {};
    for (const p of pairs) row[p[1]!] = p[2]!.startsWith('"') ? p[2]!.slice(1, -1) : p[2];
    return row;
  }
  return { line: text };
}

/**
 * Reads a data file as rows, streaming (CSV, NDJSON, logs) or whole (JSON). Malformed input fails
 * with `file:line:col`; binary input (NUL bytes) with its line.
 *
 * @example
 *   for await (const { row } of readRecords('export.csv', 'csv')) profiler.add(row);
 */
export async function* readRecords(
  path: string,
  format: FileFormat,
  label = path,
): AsyncGenerator<FileRecord> {
  switch (format) {
    case 'csv': {
      const parser = new CsvParser(label);
      let header: string[] | undefined;
      const rows = function* (records: ReturnType<CsvParser['push']>): Generator<FileRecord> {
        for (const r of records) {
          if (r.fields.length === 1 && r.fields[0] === '') continue;
          if (!header) {
            header = r.fields.map((f, i) => f.trim() || `column_${i + 1}`);
            continue;
          }
          if (r.fields.length !== header.length) {
            throw located(
              'PII_MALFORMED_CSV',
              label,
              r.line,
              1,
              `${r.fields.length} fields, but the header has ${header.length}`,
            );
          }
          const row: Record<string, unknown> = {};
          header.forEach((h, i) => {
            row[h] = r.fields[i];
          });
          yield { line: r.line, row };
        }
      };
      for await (const chunk of textChunks(path, label)) yield* rows(parser.push(chunk));
      yield* rows(parser.end());
      return;
    }
    case 'json': {
      let text = '';
      for await (const chunk of textChunks(path, label)) text += chunk;
      const value = parseJson(withoutBom(text), label);
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) yield { line: 1, row: flatten(item) };
      return;
    }
    case 'ndjson':
      for await (const { line, text } of lines(path, label)) {
        if (text.trim() === '') continue;
        yield { line, row: flatten(parseJson(text, label, line - 1)) };
      }
      return;
    case 'log':
      for await (const { line, text } of lines(path, label)) {
        if (text.trim() === '') continue;
        yield { line, row: logRow(text) };
      }
      return;
  }
}
