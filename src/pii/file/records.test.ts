import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error.js';
import { type FileFormat, flatten, formatFromName, logRow, readRecords } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'grondslag-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: string | Buffer, format: FileFormat) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const rows = [];
  for await (const r of readRecords(path, format, name)) rows.push(r);
  return rows;
}

describe('readRecords', () => {
  it('reads CSV rows under the header, skipping blank lines', async () => {
    const rows = await read('a.csv', 'naam;email\nJan;jan@example.nl\n\nPiet;piet@example.nl\n', 'csv');
    expect(rows).toEqual([
      { line: 2, row: { naam: 'Jan', email: 'jan@example.nl' } },
      { line: 4, row: { naam: 'Piet', email: 'piet@example.nl' } },
    ]);
  });

  it('fails on a CSV row with the wrong number of fields, naming its line', async () => {
    await expect(read('b.csv', 'a,b\n1,2\n1,2,3\n', 'csv')).rejects.toThrow(
      /b\.csv:3:1: 3 fields, but the header has 2/,
    );
  });

  it('flattens JSON arrays of objects into dotted keys', async () => {
    const rows = await read(
      'c.json',
      JSON.stringify([{ naam: 'Jan', adres: { straat: 'Kerkstraat 1' }, tel: [{ nr: '06' }, { nr: '07' }] }]),
      'json',
    );
    expect(rows[0]!.row).toEqual({ naam: 'Jan', 'adres.straat': 'Kerkstraat 1', 'tel[].nr': ['06', '07'] });
  });

  it('reads CSV, JSON, NDJSON and logs that begin with a byte-order mark as without one', async () => {
    const bom = '\uFEFF';
    expect((await read('bom.csv', `${bom}email,naam\njan@example.nl,Jan\n`, 'csv'))[0]!.row).toEqual({
      email: 'jan@example.nl',
      naam: 'Jan',
    });
    expect((await read('bom.json', `${bom}[{"email":"jan@example.nl"}]`, 'json'))[0]!.row).toEqual({
      email: 'jan@example.nl',
    });
    expect((await read('bom.ndjson', `${bom}{"email":"jan@example.nl"}\n`, 'ndjson'))[0]).toEqual({
      line: 1,
      row: { email: 'jan@example.nl' },
    });
    expect((await read('bom.log', `${bom}user=jan\n`, 'log'))[0]!.row).toEqual(logRow('user=jan'));
  });

  it('names line and column of malformed JSON and NDJSON', async () => {
    await expect(read('d.json', '[\n  {"a": 1},\n  {"a": }\n]', 'json')).rejects.toThrow(
      /d\.json:3:\d+: not valid JSON/,
    );
    await expect(read('e.ndjson', '{"a":1}\n{"a":\n', 'ndjson')).rejects.toThrow(
      /e\.ndjson:2:\d+: not valid JSON/,
    );
  });

  it('rejects binary content with the line of the NUL byte', async () => {
    await expect(read('f.log', Buffer.from('regel een\nregel\u0000twee'), 'log')).rejects.toThrow(
      expect.objectContaining({ code: 'PII_BINARY_INPUT', message: expect.stringContaining('f.log:2') }),
    );
  });

  it('a missing file is a not-found error', async () => {
    const gen = readRecords(join(dir, 'nope.csv'), 'csv', 'nope.csv');
    await expect(gen.next()).rejects.toThrow(expect.objectContaining({ code: 'PII_FILE_NOT_FOUND' }));
  });
});

describe('log lines and formats', () => {
  it('splits the Combined Log Format into fields', () => {
    const line =
      '81.204.12.7 - jan [12/Mar/2024:10:11:12 +0100] "GET /a?b=c HTTP/1.1" 200 512 "https://example.nl/" "Mozilla/5.0 (X11; Linux x86_64)"';
    expect(logRow(line)).toEqual({
      remote_addr: '81.204.12.7',
      remote_user: 'jan',
      time: '12/Mar/2024:10:11:12 +0100',
      request: 'GET /a?b=c HTTP/1.1',
      status: '200',
      bytes: '512',
      referer: 'https://example.nl/',
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
    });
  });

  it('reads key=value logs by key, and other lines whole', () => {
    expect(logRow('level=info user="Jan de Vries" ip=10.0.0.1')).toEqual({
      level: 'info',
      user: 'Jan de Vries',
      ip: '10.0.0.1',
    });
    expect(logRow('server started')).toEqual({ line: 'server started' });
  });

  it('knows formats by extension', () => {
    expect(['a.csv', 'b.TSV', 'c.json', 'd.jsonl', 'e.log', 'f.bin'].map(formatFromName)).toEqual([
      'csv',
      'csv',
      'json',
      'ndjson',
      'log',
      undefined,
    ]);
    expect(flatten(5)).toEqual({ value: 5 });
  });
});

describe('jsonErrorOffset', () => {
  it('points at the first character that breaks the grammar', () => {
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('"open')).toBe(5);
    expect(jsonErrorOffset('{"a": [true, nul]}')).toBe(13);
    expect(jsonErrorOffset('{"a": [1, {"b": "c"}]}')).toBe(-1);
  });
});
