import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './helpers/cli.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'grondslag-scan-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  return runCliCaptured(argv, { stdin, cwd: scratch, env });
}

const sample =
  'Klant Jan de Vries belde vanaf 192.168.1.20.\nZijn BSN is 111222333 en zijn mail jan@example.nl.\nVersie 2.4.1, order 123456782.\n';

describe('grondslag scan text', () => {
  it('lists findings with file:line:col and masked values, exit 1 when something is found', async () => {
    writeFileSync(join(scratch, 'ticket.txt'), sample);
    const { code, stdout } = await cli(['scan', 'text', 'ticket.txt']);
    expect(code).toBe(1);
    expect(stdout).toContain('ticket.txt:1:7 person_name');
    expect(stdout).toContain('ticket.txt:2:13 bsn 0.95 bsn 1********');
    expect(stdout).not.toContain('111222333');
    expect(stdout).not.toContain('jan@example.nl');
    expect(stdout).toMatch(/ticket\.txt: found 4 findings in 3 lines/);
  });

  it('--allow FILE leaves the listed values alone, and refuses a file it cannot read', async () => {
    writeFileSync(join(scratch, 'own.txt'), '# CloudAware\n088-7654300\n\nsupport@cloudaware.eu\n');
    const text = 'Bel 088 765 4300 of mail support@cloudaware.eu; klant jan@example.nl\n';
    const { code, stdout } = await cli(['scan', 'text', '--redact', '--allow', 'own.txt'], text);
    expect(code).toBe(0);
    expect(stdout).toBe('Bel 088 765 4300 of mail support@cloudaware.eu; klant <email>\n');
    const missing = await cli(['scan', 'text', '--allow', 'nope.txt'], text);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('PII_ALLOW_FILE_UNREADABLE: --allow: cannot read nope.txt');
  });

  it("--allow-own leaves the controller's and DPO's published contact details of the policy alone", async () => {
    // No configuration in the scratch directory: the built-in CloudAware policy.
    const text =
      'Bel 085 782 8878, mail privacy@cloudaware.eu of kom langs op Bezuidenhoutseweg 98, 2594 AZ; klant jan@example.nl\n';
    const own = await cli(['scan', 'text', '--redact', '--allow-own'], text);
    expect(own.code).toBe(0);
    expect(own.stdout).toBe(
      'Bel 085 782 8878, mail privacy@cloudaware.eu of kom langs op Bezuidenhoutseweg 98, 2594 AZ; klant <email>\n',
    );
    const plain = await cli(['scan', 'text', '--redact', '--report-organisation-contacts'], text);
    expect(plain.stdout).toBe(
      'Bel <phone>, mail <email> of kom langs op <postal_address>, <postcode>; klant <email>\n',
    );
    // By default a role mailbox is nobody's personal data, whoever's it is.
    const defaults = await cli(['scan', 'text', '--redact'], text);
    expect(defaults.stdout).toBe(
      'Bel <phone>, mail privacy@cloudaware.eu of kom langs op <postal_address>, <postcode>; klant <email>\n',
    );
  });

  it('exit 0 and a clear line when nothing is found', async () => {
    const { code, stdout } = await cli(['scan', 'text', '-'], 'Versie 2.4.1 is uit.\n');
    expect(code).toBe(0);
    expect(stdout).toBe('stdin: no personal data found in 1 line\n');
  });

  it('--json prints one document with findings and a summary', async () => {
    const { code, stdout } = await cli(['scan', 'text', '--json'], sample);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as {
      findings: { line: number; type: string; start: number; end: number }[];
      summary: { findings: number };
    };
    expect(doc.findings.map((f) => [f.line, f.type])).toEqual([
      [1, 'person_name'],
      [1, 'ip_address'],
      [2, 'bsn'],
      [2, 'email'],
    ]);
    const lines = sample.split('\n');
    expect(doc.findings.map((f) => lines[f.line - 1]!.slice(f.start, f.end))).toEqual([
      'Jan de Vries',
      '192.168.1.20',
      '111222333',
      'jan@example.nl',
    ]);
    expect(doc.summary.findings).toBe(4);
  });

  it('--redact writes the redacted text to stdout and a summary to stderr, exit 0', async () => {
    const { code, stdout, stderr } = await cli(
      ['scan', 'text', '--redact', '--operator', 'truncate'],
      sample,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Klant <person_name> belde vanaf 192.168.1.0.\nZijn BSN is <bsn> en zijn mail <email>.\nVersie 2.4.1, order 123456782.\n',
    );
    expect(stderr).toMatch(/redacted 4 findings/);
  });

  it('--operator hmac takes its key from GRONDSLAG_PII_KEY and fails clearly without it', async () => {
    const withKey = await cli(['scan', 'text', '--redact', '--operator', 'hmac'], 'jan@example.nl\n', {
      GRONDSLAG_PII_KEY: 's3cret',
    });
    expect(withKey.code).toBe(0);
    expect(withKey.stdout).toMatch(/^<email:[0-9a-f]{8}>\n$/);
    const without = await cli(['scan', 'text', '--redact', '--operator', 'hmac'], 'jan@example.nl\n');
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/PII_HMAC_KEY_MISSING.*GRONDSLAG_PII_KEY/);
  });

  it('--types and --min-score narrow and widen the scan', async () => {
    const only = await cli(['scan', 'text', '--json', '--types', 'email'], sample);
    expect((JSON.parse(only.stdout) as { findings: { type: string }[] }).findings.map((f) => f.type)).toEqual(
      ['email'],
    );
    const wide = await cli(['scan', 'text', '--json', '--types', 'bsn', '--min-score', '0.05'], sample);
    expect((JSON.parse(wide.stdout) as { findings: unknown[] }).findings).toHaveLength(2);
  });

  it('exit 2 for unusable input: bad options, a missing file, binary data', async () => {
    expect((await cli(['scan', 'text', '--types', 'shoe_size'])).code).toBe(2);
    expect((await cli(['scan', 'text', '--min-score', 'high'])).code).toBe(2);
    expect((await cli(['scan', 'text', '--redact', '--json'])).code).toBe(2);
    expect((await cli(['scan', 'text', '--operator', 'mask'])).code).toBe(2);
    expect((await cli(['scan', 'text', '--redact', '--operator', 'shred'])).code).toBe(2);
    const missing = await cli(['scan', 'text', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    writeFileSync(
      join(scratch, 'image.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const binary = await cli(['scan', 'text', 'image.png']);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/image\.png:3: binary data/);
    const binaryJson = await cli(['scan', 'text', '--json', 'image.png']);
    expect(binaryJson.code).toBe(2);
    expect((JSON.parse(binaryJson.stdout) as { error: { code: string } }).error.code).toBe(
      'PII_BINARY_INPUT',
    );
  });

  it.skipIf(!existsSync(join(repoRoot, 'dist/cli/commands/scan/text.js')))(
    'streams stdin through the real binary and sets the exit code',
    () => {
      const result = spawnSync(
        process.execPath,
        [join(repoRoot, 'bin/grondslag.js'), 'scan', 'text', '--redact', '--operator', 'mask'],
        {
          input: 'BSN 111222333\n',
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('BSN *********\n');
      const scan = spawnSync(process.execPath, [join(repoRoot, 'bin/grondslag.js'), 'scan', 'text'], {
        input: 'BSN 111222333\n',
        encoding: 'utf8',
      });
      expect(scan.status).toBe(1);
    },
  );
});
