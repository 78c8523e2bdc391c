import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Row, SweepBatch } from '../src/connectors/connector.js';
import { LogFileConnector, openLogFileConnector } from '../src/connectors/logfile/connector.js';
import { openConnector } from '../src/connectors/open.js';

/**
 * The log-file connector on real files: a live access.log with three rotations (one plain, two
 * gzipped), as logrotate leaves them. Day d (1..12) has 100 requests; request i of day d comes from
 * 10.0.<d>.<i mod 50>, and every tenth is logged in as user<i mod 7>.
 */

const DAYS_PER_FILE = 3;
const PER_DAY = 100;
const day = (d: number, i = 0) => new Date(Date.UTC(2025, 0, d, 0, 0, i));
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (t: Date) =>
  `${String(t.getUTCDate()).padStart(2, '0')}/${months[t.getUTCMonth()]}/${t.getUTCFullYear()}:` +
  `${[t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join(':')} +0000`;

interface Request {
  d: number;
  i: number;
  ip: string;
  user: string | null;
}

const requests: Request[] = [];
for (let d = 1; d <= 12; d++) {
  for (let i = 0; i < PER_DAY; i++) {
    requests.push({ d, i, ip: `10.0.${d}.${i % 50}`, user: i % 10 === 0 ? `user${i % 7}` : null });
  }
}

function line(r: Request): string {
  return (
    `${r.ip} - ${r.user ?? '-'} [${clf(day(r.d, r.i))}] "GET /p/${r.i} HTTP/1.1" 200 ${100 + r.i} ` +
    `"https://cloudaware.nl/" "Mozilla/5.0 (X11; \\"quoted\\")"`
  );
}

/** File 0 is the live one (days 10..12); file k holds days 10-3k .. 12-3k. */
const fileOf = (d: number) => Math.floor((12 - d) / DAYS_PER_FILE);
const names = ['access.log', 'access.log.1', 'access.log.2.gz', 'access.log.3.gz'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'grondslag-logs-'));
  for (let f = 0; f < 4; f++) {
    // Oldest first within a file, as a server writes them; all but the oldest file hold a line that
    // is not in log format.
    const text = `${requests
      .filter((r) => fileOf(r.d) === f)
      .map(line)
      .join('\n')}\n${f < 3 ? 'not a log line at all\n' : ''}`;
    const name = names[f]!;
    writeFileSync(join(dir, name), name.endsWith('.gz') ? gzipSync(text) : text);
  }
  writeFileSync(join(dir, 'error.log'), '2025/01/12 10:00:00 [error] 12#12: open() failed\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a log set\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => {
  const raw = readFileSync(join(dir, name));
  return (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
};
const lines = (name: string) => read(name).split('\n').filter(Boolean);

async function collect(batches: AsyncIterable<Row[]>, max?: number): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const b of batches) {
    if (max !== undefined) expect(b.length).toBeLessThanOrEqual(max);
    rows.push(...b);
  }
  return rows;
}

describe('log-file connector', () => {
  it('presents each log-file set as a collection, files newest first', async () => {
    const c = await openConnector('web', { type: 'logfile', url: dir });
    const { collections } = await c.introspect();
    expect(collections.map((x) => x.name)).toEqual(['access.log', 'error.log']);
    const access = collections[0]!;
    expect(access.kind).toBe('logfiles');
    expect(access.files).toEqual(names.map((n) => join(dir, n)));
    expect(access.fields.map((f) => f.name)).toEqual([
      'remote_addr',
      'remote_user',
      'time',
      'request',
      'status',
      'bytes',
      'referer',
      'user_agent',
    ]);
    expect(access.primaryKey).toEqual([]);
    // A pattern selects files within the directory.
    const only = await openLogFileConnector('web', join(dir, 'access.log*'));
    expect((await only.introspect()).collections.map((x) => x.name)).toEqual(['access.log']);
  });

  it('finds the lines of 5,000 addresses across plain and gzipped rotations', async () => {
    const c = new LogFileConnector('web', dir);
    const wanted = new Set<string>();
    for (let d = 1; d <= 100; d++) for (let k = 0; k < 50; k++) wanted.add(`10.0.${d}.${k}`);
    expect(wanted.size).toBe(5000);
    const rows = await collect(
      c.findRows('access.log', { field: 'remote_addr', values: [...wanted] }, { batchSize: 250 }),
      250,
    );
    expect(rows).toHaveLength(requests.length);

    const mine = await collect(c.findRows('access.log', { field: 'remote_addr', values: ['10.0.2.7'] }));
    const expected = requests.filter((r) => r.ip === '10.0.2.7');
    expect(mine.map((r) => (r.time as Date).toISOString())).toEqual(
      expected.map((r) => day(r.d, r.i).toISOString()),
    );
    expect(mine[0]).toMatchObject({
      remote_addr: '10.0.2.7',
      remote_user: null,
      request: 'GET /p/7 HTTP/1.1',
      status: 200,
      bytes: 107,
      referer: 'https://cloudaware.nl/',
    });
    const either = await collect(
      c.findRows('access.log', [
        { field: 'remote_addr', values: ['10.0.2.0'] },
        { field: 'remote_user', values: ['user0'] },
      ]),
    );
    expect(either).toHaveLength(requests.filter((r) => r.ip === '10.0.2.0' || r.user === 'user0').length);
    const byUser = await c.countRows('access.log', { field: 'remote_user', values: ['user3'] });
    expect(byUser).toBe(requests.filter((r) => r.user === 'user3').length);
    const sample = await c.sample('access.log', { limit: 3, fields: ['remote_addr'] });
    expect(sample).toEqual([
      { remote_addr: '10.0.10.0' },
      { remote_addr: '10.0.10.1' },
      { remote_addr: '10.0.10.2' },
    ]);
  });

  it('deletes a person’s lines by rewriting each file, gzipped files gzipped again', async () => {
    const c = new LogFileConnector('web', dir);
    const ips = ['10.0.2.7', '10.0.11.3'];
    const n = await c.deleteRows('access.log', { field: 'remote_addr', values: ips });
    expect(n).toBe(requests.filter((r) => ips.includes(r.ip)).length);
    for (const name of names) expect(read(name)).not.toMatch(/^10\.0\.2\.7 |^10\.0\.11\.3 /m);
    expect(read('access.log.2.gz')).toContain('not a log line at all');
    const left = names.reduce((sum, name) => sum + lines(name).length, 0);
    expect(left).toBe(requests.length - n + 3);
    // Nothing left behind by the rewrite.
    expect(existsSync(join(dir, 'access.log.2.gz'))).toBe(true);
    const { collections } = await c.introspect();
    expect(collections.find((x) => x.name === 'access.log')!.files).toHaveLength(4);
  });

  it('anonymises fields of a person’s lines and rectifies others, keeping the rest of each line', async () => {
    const c = new LogFileConnector('web', dir);
    const n = await c.anonymiseRows(
      'access.log',
      { field: 'remote_user', values: ['user3'] },
      [
        { name: 'remote_addr', operator: 'truncate' },
        { name: 'remote_user', operator: 'drop' },
      ],
      (value, { field }) => (field.operator === 'drop' ? null : String(value).replace(/\.\d+$/, '.0')),
    );
    const user3 = requests.filter((r) => r.user === 'user3');
    expect(n).toBe(user3.length);
    expect(await c.countRows('access.log', { field: 'remote_user', values: ['user3'] })).toBe(0);
    const r = user3.find((x) => x.d === 2)!;
    const rewritten = lines('access.log.3.gz').find(
      (l) => l.includes(`"GET /p/${r.i} `) && l.includes(clf(day(r.d, r.i))),
    );
    expect(rewritten).toBe(line({ ...r, ip: `10.0.${r.d}.0`, user: null }));

    expect(
      await c.updateRows(
        'access.log',
        { field: 'remote_addr', values: ['10.0.12.1'] },
        { remote_user: 'jan' },
      ),
    ).toBe(2);
    expect(await c.countRows('access.log', { field: 'remote_user', values: ['jan'] })).toBe(2);
  });

  it('removes rotated files wholly past the cut-off, rewrites the others, and resumes file by file', async () => {
    const c = new LogFileConnector('web', dir);
    // Days 1..4 are due; 10.0.4.7 is under a legal hold.
    const sweep = {
      clockField: 'time',
      before: day(5),
      exclude: { field: 'remote_addr', values: ['10.0.4.7'] },
    };
    const held = requests.filter((r) => r.ip === '10.0.4.7').length;
    const due = requests.filter((r) => r.d <= 4).length - held;
    const batches: SweepBatch[] = [];
    for await (const b of c.deleteWhereOlder('access.log', sweep)) {
      batches.push(b);
      break; // stopped after the first file
    }
    expect(batches).toEqual([
      {
        count: requests.filter((r) => fileOf(r.d) === 3).length,
        file: join(dir, 'access.log.3.gz'),
        removedFile: true,
      },
    ]);
    expect(existsSync(join(dir, 'access.log.3.gz'))).toBe(false);
    for await (const b of c.deleteWhereOlder('access.log', sweep)) batches.push(b);
    expect(batches.reduce((s, b) => s + b.count, 0)).toBe(due);
    expect(batches.slice(1).map((b) => [b.file, b.removedFile ?? false])).toEqual([
      [join(dir, 'access.log.2.gz'), false],
    ]);
    const kept = lines('access.log.2.gz');
    expect(kept.filter((l) => l.startsWith('10.0.4.7 '))).toHaveLength(held);
    expect(kept.filter((l) => /^10\.0\.4\./.test(l))).toHaveLength(held);
    expect(kept).toContain('not a log line at all');
    let again = 0;
    for await (const b of c.deleteWhereOlder('access.log', sweep)) again += b.count;
    expect(again).toBe(0);
  });

  it('keeps a rotated file with a line it cannot date, rewriting it without the due lines', async () => {
    writeFileSync(join(dir, 'access.log.3.gz'), gzipSync(`${line(requests[0]!)}\ngarbage\n`));
    const c = new LogFileConnector('web', dir);
    const batches: SweepBatch[] = [];
    for await (const b of c.deleteWhereOlder('access.log', { clockField: 'time', before: day(2) }))
      batches.push(b);
    expect(batches).toEqual([{ count: 1, file: join(dir, 'access.log.3.gz') }]);
    expect(lines('access.log.3.gz')).toEqual(['garbage']);
  });

  it('rejects unknown sets and fields with their codes before touching a file', async () => {
    const c = new LogFileConnector('web', dir);
    const before = names.map(read);
    await expect(
      c.deleteRows('acces.log', { field: 'remote_addr', values: ['10.0.2.7'] }),
    ).rejects.toMatchObject({
      code: 'CONNECTOR_UNKNOWN_COLLECTION',
      system: 'web',
      collection: 'acces.log',
    });
    await expect(c.deleteRows('access.log', { field: 'ip', values: ['10.0.2.7'] })).rejects.toMatchObject({
      code: 'CONNECTOR_UNKNOWN_FIELD',
      field: 'ip',
    });
    const sweep = c.deleteWhereOlder('access.log', { clockField: 'status', before: day(5) });
    await expect(sweep[Symbol.asyncIterator]().next()).rejects.toMatchObject({
      code: 'CONNECTOR_BAD_ARGUMENT',
    });
    expect(names.map(read)).toEqual(before);
    await expect(openLogFileConnector('web', join(dir, 'missing', 'access.log*'))).rejects.toMatchObject({
      code: 'CONNECTOR_UNREACHABLE',
    });
  });
});
