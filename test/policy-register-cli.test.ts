import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './helpers/cli.js';
import { policyFiles } from './helpers/policy-variants.js';
import { parseCsv } from './helpers/rfc4180.js';

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-register-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in-process from an empty directory, so only the built-in demo config applies. */
async function cli(argv: string[]) {
  return runCliCaptured(argv, { cwd: scratch });
}

const activities = [
  'payment',
  'service_contact',
  'service_updates',
  'delivery',
  'website_analytics',
  'tax_obligations',
];

describe('grondslag policy register', () => {
  it('prints the demo register as Dutch CSV by default', async () => {
    const { code, stdout } = await cli(['policy', 'register']);
    expect(code).toBe(0);
    const records = parseCsv(stdout.replace(/^\uFEFF/, ''));
    expect(records[0]).toContain('Grondslag');
    expect(records.slice(1).map((r) => r[0])).toEqual(activities);
  });

  it('reads the FILE argument and prints English JSON with one entry per activity', async () => {
    const { code, stdout } = await cli([
      'policy',
      'register',
      policyFiles.example,
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.controller.legalName).toBe('Epsys B.V.');
    expect(doc.activities.map((a: { id: string }) => a.id)).toEqual(activities);
    expect(doc.activities[0].legalBasis).toBe('unstated');
    expect(doc.activities[5].legalBasis).toEqual({ code: 'legal_obligation', article: 'Art. 6(1)(c)' });
  });

  it('prints JSON-LD that parses as one JSON document', async () => {
    const { code, stdout } = await cli(['policy', 'register', '--format', 'jsonld', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc['@context']['eu-gdpr']).toBe('https://w3id.org/dpv/legal/eu/gdpr#');
    expect(doc['@graph'].filter((n: { '@type'?: string }) => n['@type'] === 'dpv:Process')).toHaveLength(6);
  });

  it('writes --out as the same bytes it would print, and says so', async () => {
    const printed = await cli(['policy', 'register', '--lang', 'en']);
    const written = await cli(['policy', 'register', '--lang', 'en', '--out', 'register.csv']);
    expect(written.code).toBe(0);
    expect(readFileSync(join(scratch, 'register.csv'), 'utf8')).toBe(printed.stdout);
    expect(written.stdout).toBe('wrote 6 activities (csv, en) to register.csv\n');
    expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['--format', 'xml'], /unknown format "xml"/],
    [['--lang', 'de'], /unknown language "de"/],
    [['--format', 'csv', '--json'], /--json prints JSON/],
    [['--out', 'no/such/dir/register.csv'], /cannot write no\/such\/dir\/register.csv/],
  ])('exits 2 on unusable arguments: %j', async (args, message) => {
    const { code, stderr } = await cli(['policy', 'register', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('answers --json errors with one JSON document on stdout', async () => {
    const { code, stdout } = await cli(['policy', 'register', '--format', 'xml', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('CLI_BAD_ARGUMENTS');
  });
});

/**
 * The CSV is for people who open it in a spreadsheet. When LibreOffice is installed, let it import
 * the file the way a user's double-click does (separator and charset detected, not given) and export
 * it again: the round trip must keep one row per activity and every character.
 */
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
if (soffice === undefined && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error('LibreOffice is required (GRONDSLAG_REQUIRE_SERVICES=1) but soffice is not installed');
}

describe.skipIf(soffice === undefined)('the register CSV in LibreOffice Calc', () => {
  it('opens with one row per activity and "ë" intact', async () => {
    const tricky = 'Betalen, daarna "bevestigen"\nper e-mail';
    const policyText = readFileSync(policyFiles.example, 'utf8').replace(
      'purpose: { nl: Het afhandelen van uw betaling, en: Handling your payment }',
      `purpose: { nl: ${JSON.stringify(tricky)}, en: Handling your payment }`,
    );
    const policyPath = join(scratch, 'policy-tricky.yaml');
    writeFileSync(policyPath, policyText);
    const dir = join(scratch, 'libreoffice');
    mkdirSync(dir, { recursive: true });
    const { code, stdout: csv } = await cli(['policy', 'register', policyPath]);
    expect(code).toBe(0);
    writeFileSync(join(dir, 'register.csv'), csv);

    const out = join(dir, 'out');
    const result = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        // Separator and quote given; the character set left empty, so Calc detects it.
        '--infilter=CSV:44,34,,1',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        out,
        join(dir, 'register.csv'),
      ],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const roundTrip = parseCsv(readFileSync(join(out, 'register.csv'), 'utf8'), '\n');
    const original = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(roundTrip).toHaveLength(1 + activities.length);
    expect(roundTrip[0]).toContain('Categorieën persoonsgegevens');
    expect(roundTrip[1]?.[1]).toBe(tricky);
    expect(roundTrip).toEqual(original);
  });
});
