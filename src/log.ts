/**
 * A tiny structured logger: one JSON object per line on stderr, so that stdout stays free for command
 * output and log collectors can parse every line. Personal data has no business in logs: by default
 * every entry passes the PII engine (src/log-redaction.ts) before it is written.
 */

import { redactLogEntry } from './log-redaction.js';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every entry. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Entries below this level are dropped (default `info`). */
  level?: LogLevel;
  /** Receives each serialised line without the newline (default: stderr). */
  write?: (line: string) => void;
  /** Rewrites every entry before it is written (default: the PII engine's redaction, src/log-redaction.ts). */
  redact?: (entry: LogFields) => LogFields;
  clock?: () => Date;
}

/** The level named by GRONDSLAG_LOG_LEVEL, when it names one. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv): LogLevel | undefined {
  const v = env.GRONDSLAG_LOG_LEVEL;
  return logLevels.find((l) => l === v);
}

function errorFields(value: unknown): unknown {
  // Error objects serialise to {} with JSON.stringify; keep what helps an operator.
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, ...(code !== undefined ? { code } : {}) };
  }
  return value;
}

/**
 * @example
 *   const log = createLogger({ level: 'debug' });
 *   log.info('request', { method: 'GET', route: '/healthz', status: 200, ms: 1.2 });
 *   // {"time":"2026-…","level":"info","msg":"request","method":"GET",…}
 */
export function createLogger(options: LoggerOptions = {}, bound: LogFields = {}): Logger {
  const min = logLevels.indexOf(options.level ?? 'info');
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const redact = options.redact ?? redactLogEntry;
  const clock = options.clock ?? (() => new Date());
  const emit = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (logLevels.indexOf(level) < min) return;
    const entry: LogFields = { time: clock().toISOString(), level, msg, ...bound };
    for (const [k, v] of Object.entries(fields)) entry[k] = errorFields(v);
    write(JSON.stringify(redact(entry)));
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** A logger that keeps its entries in memory, for tests that check what was (not) logged. */
export function memoryLogger(level: LogLevel = 'debug'): Logger & { entries: LogFields[] } {
  const entries: LogFields[] = [];
  const log = createLogger({ level, write: (line) => entries.push(JSON.parse(line) as LogFields) });
  return Object.assign(log, { entries });
}
