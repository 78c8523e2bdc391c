import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogFileConnector } from '../src/connectors/logfile/connector.js';
import { parseLogLine, parseLogTime } from '../src/connectors/logfile/format.js';
import { type AccessLogReport, writeAccessLogs } from '../src/demo/cloudaware/logs.js';

/**
 * The demo's nginx access logs: rotated the way logrotate leaves them, gzipped after a day, spanning
 * more than the one-year retention limit, and readable by the log-file connector.
 */

const NOW = new Date('2025-06-30T00:00:00Z');
const DAY = 86_400_000;
const YEAR_AGO = Date.UTC(2024, 5, 30);
const scratch = mkdtempSync(join(tmpdir(), 'grondslag-demo-logs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const options = { customers: 1000, seed: 3, now: NOW };

function text(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

describe('the demo access logs', () => {
  const dir = join(scratch, 'logs');
  let report: AccessLogReport;
  beforeAll(async () => {
    report = await writeAccessLogs({ ...options, dir });
  });

  it('are rotated daily: access.log, access.log.1, then gzipped access.log.N.gz', () => {
    const names = readdirSync(dir).sort((a, b) => age(a) - age(b));
    expect(names).toHaveLength(400);
    expect(names.slice(0, 4)).toEqual(['access.log', 'access.log.1', 'access.log.2.gz', 'access.log.3.gz']);
    expect(names.at(-1)).toBe('access.log.399.gz');
    // The gzipped ones really are gzip, and the live ones plain text.
    expect(readFileSync(join(dir, 'access.log.2.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(text(join(dir, 'access.log'))).toMatch(/^\S+ - - \[/);
  });

  it('hold one day each, in time order, every line in combined format', () => {
    let lines = 0;
    for (const [i, path] of report.files.entries()) {
      const end = NOW.getTime() - i * DAY;
      const times = text(path)
        .trimEnd()
        .split('\n')
        .map((line) => {
          const parsed = parseLogLine(line);
          expect(parsed?.user_agent, line).toBeDefined();
          return parseLogTime(parsed!.time)!.getTime();
        });
      lines += times.length;
      expect(times.every((t, j) => t >= end - DAY && t < end && (j === 0 || t >= times[j - 1]!))).toBe(true);
      // A rotated file keeps the time of its last line: retention by file age reads it.
      expect(statSync(path).mtime.getTime()).toBeLessThanOrEqual(end);
      expect(statSync(path).mtime.getTime()).toBeGreaterThanOrEqual(times.at(-1)!);
    }
    expect(lines).toBe(report.lines);
  });

  it('span more than a year: some files are past the webserver_logs limit and some are not', () => {
    const mtimes = report.files.map((f) => statSync(f).mtime.getTime());
    expect(mtimes.filter((t) => t < YEAR_AGO).length).toBeGreaterThan(0);
    expect(mtimes.filter((t) => t >= YEAR_AGO).length).toBeGreaterThan(300);
  });

  it('are one collection for the log-file connector, whose lines it can search by address', async () => {
    const connector = new LogFileConnector('weblogs', dir);
    const info = await connector.introspect();
    expect(info.collections.map((c) => c.name)).toEqual(['access.log']);
    expect(info.collections[0]!.files).toHaveLength(400);
    const someone = parseLogLine(text(join(dir, 'access.log.7.gz')).split('\n')[0]!)!.remote_addr;
    let found = 0;
    for await (const rows of connector.findRows('access.log', { field: 'remote_addr', values: [someone] })) {
      found += rows.length;
      expect(rows.every((r) => r.remote_addr === someone)).toBe(true);
    }
    expect(found).toBeGreaterThan(0);
    await connector.close();
  });

  it('carry personal data beyond addresses: e-mail addresses in password-reset URLs', () => {
    const all = report.files.map(text).join('');
    expect(all).toMatch(
      /GET \/mijn-cloudaware\/wachtwoord-vergeten\?email=[a-z]+\.[a-z]+\d+%40example\.(com|net|org) /,
    );
  });

  it('are the same for the same seed, and different for another', async () => {
    const again = await writeAccessLogs({ ...options, dir: join(scratch, 'again') });
    const other = await writeAccessLogs({ ...options, seed: 4, dir: join(scratch, 'other') });
    for (const i of [0, 1, 2, 250]) {
      expect(text(again.files[i]!)).toBe(text(report.files[i]!));
      expect(text(other.files[i]!)).not.toBe(text(report.files[i]!));
    }
  });

  it('refuses to write over existing logs unless told to replace them', async () => {
    const busy = join(scratch, 'busy');
    await writeAccessLogs({ ...options, dir: busy, days: 3 });
    writeFileSync(join(busy, 'error.log'), 'kept\n');
    await expect(writeAccessLogs({ ...options, dir: busy, days: 3 })).rejects.toMatchObject({
      code: 'DEMO_LOGS_EXIST',
    });
    const replaced = await writeAccessLogs({ ...options, dir: busy, days: 2, replace: true });
    expect(readdirSync(busy).sort()).toEqual(['access.log', 'access.log.1', 'error.log']);
    expect(replaced.files).toHaveLength(2);
  });
});

/** Rotation number of a log file name: 0 for the live file. */
function age(name: string): number {
  return Number(/^access\.log(?:\.(\d+))?/.exec(name)![1] ?? 0);
}
