import { type ChildProcess, spawn } from 'node:child_process';
import type { Db } from '../../src/store/db.js';
import { freshPglite, freshPostgres, postgresAvailable } from './store.js';

/**
 * Helpers for job tests: stores that also carry the URL pg-boss needs on PostgreSQL, and polling
 * waits. Waits are generous and poll: a loaded two-core machine is slow, never wrong.
 */

export interface JobTestStore {
  name: 'pglite' | 'postgres';
  available: boolean;
  open(): Promise<{ db: Db; url?: string; close: () => Promise<void> }>;
}

export const jobTestStores: JobTestStore[] = [
  {
    name: 'pglite',
    available: true,
    async open() {
      const db = await freshPglite();
      return { db, close: () => db.close() };
    },
  },
  {
    name: 'postgres',
    available: postgresAvailable,
    async open() {
      const { db, url, drop } = await freshPostgres();
      return { db, url, close: drop };
    },
  },
];

/**
 * Polls `probe` until it returns something other than undefined/false, and returns that. The timeout
 * only turns a hang into a readable failure; it asserts nothing about speed.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** pg-boss's state of a job, read straight from its table (`null` when it does not exist). */
export async function jobState(db: Db, id: string): Promise<{ state: string; retryCount: number } | null> {
  const { rows } = await db.query<{ state: string; retry_count: number }>(
    'select state::text as state, retry_count from pgboss.job where id = $1',
    [id],
  );
  const r = rows[0];
  return r ? { state: r.state, retryCount: r.retry_count } : null;
}

/** A child process whose stderr is JSON log lines (src/log.ts), collected as they arrive. */
export interface LoggedProcess {
  child: ChildProcess;
  pid: number;
  /** Parsed log entries so far; stderr lines that are not JSON are kept as `{ msg: line }`. */
  entries: Record<string, unknown>[];
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first entry matching, once it has been logged. */
  waitForLog(what: string, match: (e: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export function spawnLogged(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): LoggedProcess {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const entries: Record<string, unknown>[] = [];
  let out = '';
  let err = '';
  let partial = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    partial += d.toString();
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim() !== '')) {
      try {
        entries.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        entries.push({ msg: line });
      }
    }
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  return {
    child,
    pid: child.pid!,
    entries,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLog: (what, match) =>
      waitFor(what, () => {
        const found = entries.find(match);
        if (!found && ended) throw new Error(`process ended before ${what}:\n${err}`);
        return found;
      }),
  };
}
