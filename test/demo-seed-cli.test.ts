import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLogLine } from '../src/connectors/logfile/format.js';
import { customerEmail, homeIpSalts, ip } from '../src/demo/cloudaware/facts.js';
import { openPglite } from '../src/store/pglite.js';
import { runCliCaptured } from './helpers/cli.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './helpers/store.js';

/**
 * `grondslag demo seed`, in-process. Without a configuration file it fills the built-in demo's
 * embedded store (.grondslag/demo/cloudaware) and writes the web-server logs its `weblogs` system
 * reads (.grondslag/demo/logs), relative to the working directory.
 */

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-demo-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[], cwd: string) {
  return runCliCaptured(argv, { cwd });
}

describe('grondslag demo seed', () => {
  const cwd = mkdtempSync(join(scratch, 'demo-'));

  it('fills the built-in demo store and its logs; --json prints one document and no progress', async () => {
    const { code, stdout, stderr } = await cli(
      [
        'demo',
        'seed',
        '--customers',
        '1000',
        '--now',
        '2025-06-30',
        '--seed',
        '5',
        '--log-days',
        '30',
        '--json',
      ],
      cwd,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      system: 'cloudaware',
      customers: 1000,
      seed: 5,
      now: '2025-06-30T00:00:00.000Z',
      logs: { dir: join(cwd, '.grondslag', 'demo', 'logs'), files: 30 },
    });
    expect(report.rows.customers).toBe(1000);
    expect(report.customersPerSecond).toBeGreaterThan(0);
    expect(readdirSync(join(cwd, '.grondslag', 'demo', 'logs'))).toHaveLength(30);
  });

  it('the store and the logs tell the same story: home addresses and e-mail addresses agree', async () => {
    const db = await openPglite({ dataDir: join(cwd, '.grondslag', 'demo', 'cloudaware') });
    try {
      const sessions = new Set(
        (await db.query<{ ip_address: string }>('select ip_address from web_sessions')).rows.map(
          (r) => r.ip_address,
        ),
      );
      const emails = new Set(
        (await db.query<{ email: string }>('select email from customers')).rows.map((r) => r.email),
      );
      const logDir = join(cwd, '.grondslag', 'demo', 'logs');
      const lines = readdirSync(logDir).flatMap((f) => {
        const bytes = readFileSync(join(logDir, f));
        return (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').trimEnd().split('\n');
      });
      const addresses = new Set(lines.map((l) => parseLogLine(l)!.remote_addr));
      // Customers visit from home, and the store saw them log in from there too.
      const homes = new Set(Array.from({ length: 1000 }, (_, i) => ip(5, i + 1, homeIpSalts)));
      const sharedWithStore = [...addresses].filter((a) => sessions.has(a));
      expect(sharedWithStore.length).toBeGreaterThan(10);
      expect(sharedWithStore.every((a) => homes.has(a))).toBe(true);
      // An address in a password-reset URL belongs to a customer of the store.
      const inUrls = lines.flatMap((l) => /\?email=([^ ]+) /.exec(l)?.slice(1) ?? []).map(decodeURIComponent);
      expect(inUrls.length).toBeGreaterThan(0);
      expect(inUrls.every((e) => emails.has(e))).toBe(true);
      expect(emails.has(customerEmail(5, 1))).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('refuses to run over the existing store without --replace, and shows progress on stderr with it', async () => {
    const refused = await cli(['demo', 'seed', '--customers', '200', '--now', '2025-06-30'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--replace');

    const { code, stdout, stderr } = await cli(
      ['demo', 'seed', '--customers', '200', '--now', '2025-06-30', '--log-days', '3', '--replace'],
      cwd,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^cloudaware: 200 customers, [\d,]+ rows in PGlite .*customers\/s\)\n3 log files, [\d,]+ lines in /,
    );
    expect(stderr).toContain('cloudaware: rows: 100% (200/200 customers');
    expect(stderr).toContain('foreign keys and indexes');
    expect(readdirSync(join(cwd, '.grondslag', 'demo', 'logs')).sort()).toEqual([
      'access.log',
      'access.log.1',
      'access.log.2.gz',
    ]);
  });

  it('fills a configured system by name, and writes logs only where --logs says', async () => {
    const dir = mkdtempSync(join(scratch, 'configured-'));
    writeFileSync(join(dir, 'grondslag.config.yaml'), 'systems:\n  crm: { type: pglite, url: ./crm-data }\n');
    const { code, stdout } = await cli(['demo', 'seed', '-n', '50', '--system', 'crm', '--json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      system: 'crm',
      customers: 50,
      target: `PGlite ${join(dir, 'crm-data')}`,
    });
    expect(readdirSync(dir).sort()).toEqual(['crm-data', 'grondslag.config.yaml']);
  });

  it.each([
    [['--customers', '0'], /--customers must be a whole number from 1 to 12,000,000, got "0"/],
    [['--customers', 'many'], /--customers must be a whole number/],
    [['--url', 'ftp://example.com/db'], /--url must be a postgres:\/\/ or mysql:\/\/ URL/],
    [['--system', 'weblogs'], /system "weblogs" is a logfile system/],
    [['--system', 'nope'], /no system "nope" in the configuration \(known: cloudaware, weblogs\)/],
    [['--now', '30-06-2025'], /--now must be a date as YYYY-MM-DD/],
  ])('exits 2 on unusable arguments: %j', async (args, message) => {
    const { code, stderr, stdout } = await cli(['demo', 'seed', ...args], mkdtempSync(join(scratch, 'bad-')));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe.skipIf(!postgresAvailable)(`grondslag demo seed --url on PostgreSQL (${POSTGRES_ADMIN_URL})`, () => {
  const name = `grondslag_demo_cli_${process.pid}_${Date.now()}`;
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  afterAll(async () => {
    const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });

  it('fills the database at the URL, and the logs in --logs', async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const logs = join(scratch, 'pg-logs');
    const { code, stdout } = await cli(
      ['demo', 'seed', '--customers', '300', '--url', url, '--logs', logs, '--log-days', '5', '--json'],
      scratch,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ customers: 300, logs: { dir: logs, files: 5 } });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query('select count(*)::int as n from customers');
    await c.end();
    expect(rows[0].n).toBe(300);
  });
});
