import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Finds log-file sets: a live file and its rotations, as logrotate and newsyslog leave them —
 * `access.log`, `access.log.1`, `access.log.2.gz`, or dated `access_log-20250101(.gz)`.
 */

export interface LogFile {
  path: string;
  gzip: boolean;
  /** 0 for the live file; higher is older. */
  age: number;
}

export interface LogSet {
  /** The live file's name, e.g. `access.log`: the collection name. */
  name: string;
  /** Newest first. */
  files: LogFile[];
}

/** Files the connector writes while rewriting; never part of a set. */
export const TEMP_PREFIX = '.grondslag-';

const rotated = /^(.+?(?:\.log|_log))(?:\.(\d+)|-(\d{8}))?(\.gz)?$/;

/**
 * The log-file sets at `location`: a directory (every `*.log`/`*_log` set in it) or a pattern whose
 * last part may hold `*` and `?` (e.g. `/var/log/nginx/access.log*`). Only the named directory is
 * searched, not below it.
 *
 * @example
 *   await findLogSets('/var/log/nginx') // → [{ name: 'access.log', files: [...] }, ...]
 */
export async function findLogSets(location: string): Promise<LogSet[]> {
  const isDir = await stat(location).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const dir = isDir ? location : dirname(location);
  const pattern = isDir ? undefined : globRegExp(basename(location));
  const names = await readdir(dir);
  const sets = new Map<string, LogFile[]>();
  for (const name of names) {
    if (name.startsWith(TEMP_PREFIX)) continue;
    if (pattern && !pattern.test(name)) continue;
    const m = rotated.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    if (
      !(await stat(path).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      continue;
    // Numbered rotations count up with age; dated ones down (a later date is newer).
    const age = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? 1e9 - Number(m[3]) : 0;
    const files = sets.get(m[1]!) ?? [];
    files.push({ path, gzip: m[4] !== undefined, age });
    sets.set(m[1]!, files);
  }
  return [...sets.entries()]
    .map(([name, files]) => ({ name, files: files.sort((a, b) => a.age - b.age) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}
