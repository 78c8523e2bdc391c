import type { FieldInfo } from '../connector.js';

/**
 * The combined log format of nginx and Apache:
 *
 *   %h %l %u [%t] "%r" %>s %b "%{Referer}i" "%{User-Agent}i"
 *
 * and the common format, which is the same without the last two. A parsed line keeps the text of
 * every part, so a line written back changes only the fields that were meant to change.
 */

export const logFields: FieldInfo[] = [
  { name: 'remote_addr', type: 'text', nativeType: '%h', nullable: false },
  { name: 'remote_user', type: 'text', nativeType: '%u', nullable: true },
  { name: 'time', type: 'timestamp', nativeType: '%t', nullable: false },
  { name: 'request', type: 'text', nativeType: '%r', nullable: false },
  { name: 'status', type: 'integer', nativeType: '%>s', nullable: false },
  { name: 'bytes', type: 'integer', nativeType: '%b', nullable: true },
  { name: 'referer', type: 'text', nativeType: '%{Referer}i', nullable: true },
  { name: 'user_agent', type: 'text', nativeType: '%{User-Agent}i', nullable: true },
];

export type LogFieldName =
  | 'remote_addr'
  | 'remote_user'
  | 'time'
  | 'request'
  | 'status'
  | 'bytes'
  | 'referer'
  | 'user_agent';

/** The raw text of each part of a line, as written. */
export interface LogLine {
  remote_addr: string;
  ident: string;
  remote_user: string;
  time: string;
  request: string;
  status: string;
  bytes: string;
  /** Undefined in the common format. */
  referer?: string;
  user_agent?: string;
  /** Whatever follows the combined fields (some servers append more), kept as is. */
  rest: string;
}

// A quoted part: anything but a quote, where backslash escapes the next character (Apache writes \",
// nginx \x22).
const quoted = '"((?:[^"\\\\]|\\\\.)*)"';
const linePattern = new RegExp(
  `^(\\S+) (\\S+) (\\S+) \\[([^\\]]+)\\] ${quoted} (\\d{3}|-) (\\d+|-)(?: ${quoted} ${quoted})?(.*)$`,
);

/**
 * Parses one line; undefined when it is not in common or combined format.
 *
 * @example
 *   parseLogLine('203.0.113.7 - jan [10/Oct/2025:13:55:36 +0200] "GET / HTTP/1.1" 200 512 "-" "curl/8"')
 */
export function parseLogLine(line: string): LogLine | undefined {
  const m = linePattern.exec(line);
  if (!m) return undefined;
  return {
    remote_addr: m[1]!,
    ident: m[2]!,
    remote_user: m[3]!,
    time: m[4]!,
    request: m[5]!,
    status: m[6]!,
    bytes: m[7]!,
    referer: m[8],
    user_agent: m[9],
    rest: m[10] ?? '',
  };
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads `%t`: `10/Oct/2025:13:55:36 +0200`. Undefined when malformed.
 *
 * @example
 *   parseLogTime('10/Oct/2025:13:55:36 +0200') // → 2025-10-10T11:55:36.000Z
 */
export function parseLogTime(text: string): Date | undefined {
  const m = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const month = months.indexOf(m[2]!);
  if (month < 0) return undefined;
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60_000;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  return new Date(utc - offset);
}

/** Writes `%t` in UTC. */
export function formatLogTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(
    d.getUTCMinutes(),
  )}:${p(d.getUTCSeconds())} +0000`;
}

const dash = (s: string | undefined) => (s === undefined || s === '-' ? null : s);

/** Undoes the servers' escaping inside quotes: `\"` and `\\` (Apache), `\xHH` (nginx). */
function unescapeQuoted(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
    e.length === 3 ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : e,
  );
}
const quotedValue = (s: string | undefined) => {
  const v = dash(s);
  return v === null ? null : unescapeQuoted(v);
};
const number = (s: string) => (s === '-' ? null : Number(s));

/** The row a line presents: the fields of `logFields`, '-' read as NULL, quoted parts unescaped. */
export function logRow(line: LogLine): Record<LogFieldName, unknown> {
  return {
    remote_addr: line.remote_addr,
    remote_user: dash(line.remote_user),
    time: parseLogTime(line.time) ?? null,
    request: unescapeQuoted(line.request),
    status: number(line.status),
    bytes: number(line.bytes),
    referer: quotedValue(line.referer),
    user_agent: quotedValue(line.user_agent),
  };
}

/** One field's value as it would be written into a line. */
function fieldText(name: LogFieldName, value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (name === 'time') return formatLogTime(value instanceof Date ? value : new Date(String(value)));
  const text = String(value).replace(/[\r\n]/g, ' ');
  if (name === 'remote_addr' || name === 'remote_user') return text.replace(/\s/g, '_');
  if (name === 'request' || name === 'referer' || name === 'user_agent')
    return text.replace(/(["\\])/g, '\\$1');
  return text;
}

/**
 * The line with `changes` (field → new value) applied; every other part keeps its original text.
 *
 * @example
 *   formatLogLine(parseLogLine(line)!, { remote_addr: '0.0.0.0' })
 */
export function formatLogLine(line: LogLine, changes: Partial<Record<LogFieldName, unknown>> = {}): string {
  const get = (name: LogFieldName, raw: string | undefined) =>
    name in changes ? fieldText(name, changes[name]) : (raw ?? '-');
  const head =
    `${get('remote_addr', line.remote_addr)} ${line.ident} ${get('remote_user', line.remote_user)} ` +
    `[${get('time', line.time)}] "${get('request', line.request)}" ${get('status', line.status)} ${get('bytes', line.bytes)}`;
  const combined = line.referer !== undefined || 'referer' in changes || 'user_agent' in changes;
  const tail = combined ? ` "${get('referer', line.referer)}" "${get('user_agent', line.user_agent)}"` : '';
  return head + tail + line.rest;
}
