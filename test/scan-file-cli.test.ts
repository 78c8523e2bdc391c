import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-scan-file-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[]) {
  return runCliCaptured(argv, { cwd: scratch });
}

function file(name: string, content: string | Buffer): string {
  writeFileSync(join(scratch, name), content);
  return name;
}

interface Report {
  rows: number;
  columns: { name: string; types: { type: string; share: number; examples: string[] }[] }[];
  summary: { columnsWithPersonalData: number; types: Record<string, string[]> };
}

describe('grondslag scan file', () => {
  it('reports per CSV column the types, share of rows and masked examples; exit 1', async () => {
    const csv = file(
      'klanten.csv',
      'klantnummer;naam;email;bsn;klant_sinds\n1001;Jan de Vries;jan@example.nl;111222333;01-02-2020\n1002;Piet Jansen;;123456782;03-04-2021\n',
    );
    const { code, stdout } = await cli(['scan', 'file', csv, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.rows).toBe(2);
    const byName = Object.fromEntries(
      report.columns.map((c) => [c.name, c.types.map((t) => `${t.type} ${t.share}`)]),
    );
    expect(byName).toEqual({
      klantnummer: [],
      naam: ['person_name 1'],
      email: ['email 0.5'],
      bsn: ['bsn 1'],
      klant_sinds: [],
    });
    expect(report.summary.types).toEqual({ person_name: ['naam'], email: ['email'], bsn: ['bsn'] });
    expect(stdout).not.toContain('111222333');
  });

  it('prints a readable table without --json', async () => {
    const csv = file('k.csv', 'naam,email\nJan de Vries,jan@example.nl\n');
    const { code, stdout } = await cli(['scan', 'file', csv]);
    expect(code).toBe(1);
    expect(stdout).toContain('k.csv (csv, 1 row)');
    expect(stdout).toMatch(/email\s+email\s+100%\s+j\*\*@\*\*\*\*\*\*\*\.\*\*/);
    expect(stdout).toContain('2 of 2 columns hold personal data');
  });

  it('reads nested JSON keys, NDJSON and web-server logs by field', async () => {
    const json = file(
      'users.json',
      JSON.stringify([{ id: 1, contact: { email: 'a@example.nl', telefoon: '0612345678' } }]),
    );
    const jsonReport = JSON.parse((await cli(['scan', 'file', json, '--json'])).stdout) as Report;
    expect(jsonReport.summary.types).toEqual({ email: ['contact.email'], phone: ['contact.telefoon'] });

    const ndjson = file('events.jsonl', '{"ip":"81.204.12.7","msg":"ok"}\n{"ip":"10.1.2.3","msg":"ok"}\n');
    expect(
      (JSON.parse((await cli(['scan', 'file', ndjson, '--json'])).stdout) as Report).summary.types,
    ).toEqual({
      ip_address: ['ip'],
    });

    const log = file(
      'access.log',
      '81.204.12.7 - - [12/Mar/2024:10:11:12 +0100] "GET /reset?email=jan%40example.nl HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"\n',
    );
    expect((JSON.parse((await cli(['scan', 'file', log, '--json'])).stdout) as Report).summary.types).toEqual(
      {
        ip_address: ['remote_addr'],
        email: ['request'],
        user_agent: ['user_agent'],
      },
    );
  });

  it('exit 0 for a file without personal data', async () => {
    const csv = file('products.csv', 'sku,prijs\nAB-123,12.50\n');
    const { code, stdout } = await cli(['scan', 'file', csv]);
    expect(code).toBe(0);
    expect(stdout).toContain('no personal data found');
  });

  it('exit 2 with file:line for malformed CSV and JSON, binary files and unknown formats', async () => {
    const badCsv = await cli(['scan', 'file', file('bad.csv', 'a,b\n1,2\n3,4,5\n')]);
    expect(badCsv.code).toBe(2);
    expect(badCsv.stderr).toMatch(/bad\.csv:3:1: 3 fields, but the header has 2/);
    const badJson = await cli(['scan', 'file', file('bad.json', '{\n  "a": [1, 2,]\n}\n')]);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/bad\.json:2:14: not valid JSON/);
    const binary = await cli(['scan', 'file', file('data.csv', Buffer.from('a,b\n\u0000\u0001\u0002'))]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/data\.csv:2:1: binary data/);
    const unknown = await cli(['scan', 'file', file('dump.bin', 'x')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/pass --format/);
    expect((await cli(['scan', 'file', 'dump.bin', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['scan', 'file', 'absent.csv'])).code).toBe(2);
  });
});
