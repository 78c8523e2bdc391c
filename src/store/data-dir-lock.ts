import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { GrondslagError } from '../errors.js';

/**
 * PGlite is one database in one process: a second process that opens the same data directory does not
 * fail, it silently works on its own copy of the pages and corrupts the data. A lock file next to the
 * directory, holding the owner's pid, turns that into a clear error. It guards against starting a
 * second process by mistake; it is not a general lock manager (two processes taking over one stale
 * lock at the same instant could both win).
 */

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
  holder: string;
  since: string;
}

/**
 * Claims `dataDir` for this process, or throws STORE_DATA_DIR_IN_USE naming the process that has it.
 * A lock left by a process that no longer runs (killed, crashed) is taken over.
 *
 * @example
 *   const lock = lockDataDir(config.store.dataDir, 'grondslag worker');
 *   try { … } finally { lock.release(); }
 */
export function lockDataDir(dataDir: string, holder: string): DataDirLock {
  const dir = resolve(dataDir);
  const path = join(dirname(dir), `${basename(dir)}.lock`);
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockOwner = { pid: process.pid, host: hostname(), holder, since: new Date().toISOString() };
  for (let tries = 0; tries < 2; tries++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(path);
      if (owner && isRunning(owner)) throw inUse(dir, owner);
      rmSync(path, { force: true });
      continue;
    }
    const release = () => {
      process.off('exit', release);
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
    };
    // A normal exit without release() (an uncaught error) must not leave the directory locked.
    process.on('exit', release);
    return { path, release };
  }
  throw inUse(dir, readOwner(path));
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? (owner as LockOwner) : undefined;
  } catch {
    // Missing, or half-written by a process that died while writing it: nobody holds it.
    return undefined;
  }
}

function isRunning(owner: LockOwner): boolean {
  // On another machine (a shared disk) the pid means nothing here; assume it runs.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(dir: string, owner: LockOwner | undefined): GrondslagError {
  const who = owner
    ? `process ${owner.pid} on ${owner.host} (${owner.holder}, since ${owner.since})`
    : 'another process';
  return new GrondslagError(
    'STORE_DATA_DIR_IN_USE',
    `the embedded database in ${dir} is in use by ${who}. PGlite allows one process per data directory: ` +
      'stop that process first, or configure PostgreSQL (store.url or DATABASE_URL) to run several ' +
      'processes on one database.',
    { kind: 'conflict' },
  );
}
