import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { formatLogTime } from '../../connectors/logfile/format.js';
import { GrondslagError } from '../../errors.js';
import { customerEmail, homeIpSalts, ip } from './facts.js';
import { pages, userAgents } from './lexicon.js';
import { mix32 } from './random.js';

/**
 * The web server's access logs: nginx "combined" format, rotated daily the way logrotate does with
 * `delaycompress` (access.log, access.log.1, access.log.2.gz, …), one file per day for `days` days,
 * so that the files older than a year are due under the webserver_logs rule and the newer are not.
 * Customers' lines come from their home address, the same one their web sessions in the store show.
 */

const gzipAsync = promisify(gzip);
const DAY_MS = 86_400_000;
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Salts of log-line draws; apart from the store's (facts.ts S) so the two do not correlate. */
const L = {
  kind: 101,
  customer: 102,
  page: 103,
  status: 104,
  bytes: 105,
  referer: 106,
  refererPage: 107,
  agent: 108,
  offset: 109,
  reset: 110,
  visitorIp: 111,
  postcode: 112,
  method: 113,
} as const;

export interface AccessLogOptions {
  dir: string;
  /** Customers in the store (their home addresses appear in the logs). */
  customers: number;
  seed: number;
  /** The end of the newest file; each file before it covers one day. */
  now: Date;
  /** Days of logs, one file each (default 400: more than the one-year limit). */
  days?: number;
  /** Lines per day (default: one per 20 customers, at least 24, at most 3000). */
  linesPerDay?: number;
  /** Remove `access.log*` files already in `dir`; without it such files are an error. */
  replace?: boolean;
  onDay?: (done: number, total: number) => void;
}

export interface AccessLogReport {
  dir: string;
  /** Newest first. */
  files: string[];
  lines: number;
}

/** The access-log files (live and rotated) already in `dir`; none when it does not exist. */
export async function existingAccessLogs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((f) => /^access\.log(\.\d+(\.gz)?)?$/.test(f));
}

/** The file of day `age` (0 = the newest): logrotate's names with `delaycompress`. */
export function accessLogName(age: number): string {
  if (age === 0) return 'access.log';
  return age === 1 ? 'access.log.1' : `access.log.${age}.gz`;
}

/**
 * Writes the log files; deterministic for the same options.
 *
 * @example
 *   await writeAccessLogs({ dir: '.grondslag/demo/logs', customers: 1000, seed: 1, now: new Date() });
 */
export async function writeAccessLogs(o: AccessLogOptions): Promise<AccessLogReport> {
  const days = o.days ?? 400;
  const perDay = o.linesPerDay ?? Math.min(3000, Math.max(24, Math.round(o.customers / 20)));
  await mkdir(o.dir, { recursive: true });
  const existing = await existingAccessLogs(o.dir);
  if (existing.length > 0) {
    if (!o.replace) {
      throw new GrondslagError(
        'DEMO_LOGS_EXIST',
        `${o.dir} already holds ${existing.length} access log file(s); pass --replace to write new ones`,
      );
    }
    await Promise.all(existing.map((f) => rm(join(o.dir, f))));
  }
  const files: string[] = [];
  for (let age = 0; age < days; age++) {
    const end = o.now.getTime() - age * DAY_MS;
    const text = dayOfLines(o, age, end - DAY_MS, perDay);
    const path = join(o.dir, accessLogName(age));
    await writeFile(path, age >= 2 ? await gzipAsync(text) : text);
    // Rotation leaves each file with the time of its last line; retention by file age relies on it.
    const mtime = new Date(end - 1000);
    await utimes(path, mtime, mtime);
    files.push(path);
    o.onDay?.(age + 1, days);
  }
  return { dir: o.dir, files, lines: days * perDay };
}

function dayOfLines(o: AccessLogOptions, age: number, start: number, perDay: number): string {
  const out: string[] = [];
  for (let n = 0; n < perDay; n++) {
    const id = age * 1_000_000 + n;
    const r = (salt: number, m: number) => mix32(id, salt, o.seed) % m;
    // Each line gets its own slice of the day, so the file is in time order.
    const at = new Date(start + Math.floor(((n + r(L.offset, 1000) / 1000) * DAY_MS) / perDay));
    const kind = r(L.kind, 100);
    const customer = kind < 55 ? 1 + r(L.customer, o.customers) : undefined;
    const bot = kind >= 95;
    const addr = bot
      ? `66.249.66.${1 + r(L.visitorIp, 254)}`
      : customer !== undefined
        ? ip(o.seed, customer, homeIpSalts)
        : ip(o.seed, id, [L.visitorIp, L.bytes, L.offset, L.agent]);
    let page: string = pages[r(L.page, pages.length)]!;
    let method = 'GET';
    if (page === '/glasvezel/postcodecheck') {
      page += `?postcode=${1000 + r(L.postcode, 9000)}${String.fromCharCode(65 + r(L.postcode + 1, 26), 65 + r(L.postcode + 2, 26))}&huisnummer=${1 + r(L.postcode + 3, 180)}`;
    } else if (page === '/login' && r(L.method, 2) === 0) method = 'POST';
    else if (customer !== undefined && r(L.reset, 50) === 0) {
      // A password-reset link puts the address in the URL, and so in the log: personal data where
      // nobody declared it, until the data map did.
      page = `/mijn-cloudaware/wachtwoord-vergeten?email=${encodeURIComponent(customerEmail(o.seed, customer))}`;
    }
    const s = r(L.status, 100);
    const status = s < 85 ? 200 : s < 91 ? 304 : s < 96 ? 404 : s < 99 ? 301 : 500;
    const bytes = status === 304 ? 0 : 300 + r(L.bytes, 60_000);
    const ref = r(L.referer, 10);
    const referer =
      ref < 4
        ? '-'
        : ref < 8
          ? `https://cloudaware.eu${pages[r(L.refererPage, pages.length)]}`
          : 'https://www.google.com/';
    const agent = bot ? BOT : userAgents[r(L.agent, userAgents.length)]!;
    out.push(
      `${addr} - - [${formatLogTime(at)}] "${method} ${page} HTTP/1.1" ${status} ${bytes} "${referer}" "${agent}"`,
    );
  }
  return `${out.join('\n')}\n`;
}
