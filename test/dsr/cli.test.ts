import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/cli.js';
import { codeIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';

/**
 * `dsr submit`, `dsr import` and `dsr list` in-process against the embedded store, with mail going to
 * an SMTP server in the test. The store's sealing key is generated in the data directory (the demo
 * set-up), so this also covers that path.
 */

const fixtures = join(process.cwd(), 'test', 'fixtures', 'dsr');
let dir: string;
let smtp: SmtpSink;

async function cli(argv: string[]) {
  return runCliCaptured([...argv, '--config', join(dir, 'grondslag.config.yaml')], { cwd: dir });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-cli-'));
  smtp = await startSmtpSink();
  writeFileSync(
    join(dir, 'grondslag.config.yaml'),
    `store:\n  dataDir: ./data\nmail:\n  from: privacy@cloudaware.example\n  smtp:\n    host: 127.0.0.1\n    port: ${smtp.port}\n`,
  );
});
afterAll(async () => {
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('grondslag dsr', () => {
  it('submits a request as one JSON document, and groups a second one of the same person and type', async () => {
    const first = await cli([
      'dsr',
      'submit',
      '--type',
      'access',
      '--email',
      'anna@example.org',
      '--phone',
      '0612345678',
      '--customer',
      'CA-1001',
      '--text',
      'Per telefoon: wil inzage.',
      '--json',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const doc = JSON.parse(first.stdout) as {
      request: { reference: string; type: string; status: string; receivedAt: string; dueAt: string };
      grouped: boolean;
    };
    expect(doc.grouped).toBe(false);
    expect(doc.request).toMatchObject({ type: 'access', status: 'received' });
    const days = (Date.parse(doc.request.dueAt) - Date.parse(doc.request.receivedAt)) / 86_400_000;
    expect(days).toBe(28);
    // No identity values in the output.
    expect(first.stdout).not.toContain('anna@');

    const again = await cli(['dsr', 'submit', '--type', 'access', '--email', 'ANNA@example.org', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({
      grouped: true,
      request: { reference: doc.request.reference },
    });

    const text = await cli(['dsr', 'submit', '--type', 'erasure', '--email', 'anna@example.org']);
    expect(text.stdout).toMatch(/^DSR-\d{4}-\d{4}: erasure request received, due \d{4}-\d{2}-\d{2}\n$/);
  });

  it('mails a verification code with --send-code', async () => {
    const r = await cli([
      'dsr',
      'submit',
      '--type',
      'restriction',
      '--email',
      'bob@example.org',
      '--send-code',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      codeSent: true,
      request: { status: 'awaiting_verification' },
    });
    expect(codeIn(await smtp.waitForMail('bob@example.org'))).toMatch(/^\d{6}$/);
  });

  it('refuses unusable input with exit 2 and a stable code', async () => {
    const badType = await cli([
      'dsr',
      'submit',
      '--type',
      'delete-everything',
      '--email',
      'x@example.org',
      '--json',
    ]);
    expect(badType.code).toBe(2);
    expect(JSON.parse(badType.stdout).error.code).toBe('DSR_TYPE_INVALID');
    const badEmail = await cli(['dsr', 'submit', '--type', 'access', '--email', 'not-an-address']);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('DSR_IDENTITY_INVALID');
    expect(badEmail.stderr).toContain('email');
  });

  it('imports e-mails: the type read from the text, the sender mailed a code, a re-import changes nothing', async () => {
    const files = [
      'inzage-nl.eml',
      'erasure-en.eml',
      'afmelden-nl.eml',
      'toestemming-nl.eml',
      'onduidelijk-nl.eml',
    ];
    const r = await cli(['dsr', 'import', ...files.map((f) => join(fixtures, f)), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const imported = (
      JSON.parse(r.stdout) as {
        imported: { request: { type: string; language: string; channel: string }; codeSent: boolean }[];
      }
    ).imported;
    expect(imported.map((i) => [i.request.type, i.request.language])).toEqual([
      ['access', 'nl'],
      ['erasure', 'en'],
      ['objection', 'nl'],
      ['withdraw_consent', 'nl'],
      ['unknown', 'nl'],
    ]);
    expect(imported.every((i) => i.request.channel === 'email' && i.codeSent)).toBe(true);
    const toSanne = await smtp.waitForMail('sanne.devries@example.nl');
    expect(toSanne.subject).toContain('verificatiecode');
    const toTom = await smtp.waitForMail('tom.baker@example.co.uk');
    expect(toTom.subject).toContain('verification code');

    const again = await cli(['dsr', 'import', join(fixtures, 'inzage-nl.eml')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already imported as DSR-');
    expect(smtp.mailsTo('sanne.devries@example.nl')).toHaveLength(1);

    const list = await cli(['dsr', 'list', '--json']);
    const types = (JSON.parse(list.stdout) as { requests: { type: string }[] }).requests.map((x) => x.type);
    expect(types.filter((t) => t === 'access')).toHaveLength(2);
  });

  it('reads an argument or option value that starts with a dash as a value (key ids, numbers)', async () => {
    // A base64url id may start with "-": it is an argument, not an unknown option.
    const id = await cli(['dsr', 'show', '-5Xk_q2']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('-5Xk_q2');
    expect(id.stderr).not.toContain('Unknown option');
    const months = await cli(['dsr', 'extend', 'DSR-2026-0001', '--reasons', 'x', '--months', '-1']);
    expect(months.code).toBe(2);
    expect(months.stderr).toContain('--months must be 1 or 2');
    // Options are still options.
    const unknown = await cli(['dsr', 'list', '--nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--nope'");
    expect((await cli(['dsr', 'list', '-h'])).stdout).toContain('Usage: grondslag dsr list');
  });

  it('names the file when a message has no sender', async () => {
    const r = await cli(['dsr', 'import', join(fixtures, 'zonder-afzender.eml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zonder-afzender.eml');
    expect(r.stderr).toContain('DSR_EMAIL_INVALID');
  });

  it('lists overdue and near-due requests with --due and exits 1 while any is overdue', async () => {
    const before = await cli(['dsr', 'list', '--due']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe('no requests overdue or due within 7 days\n');

    // A message that arrived 30 days ago (its Date header is the receipt): overdue since 2 days.
    const old = new Date(Date.now() - 30 * 86_400_000).toUTCString().replace('GMT', '+0000');
    const nearly = new Date(Date.now() - 25 * 86_400_000).toUTCString().replace('GMT', '+0000');
    const eml = (id: string, date: string, from: string) =>
      `From: ${from}\r\nTo: privacy@cloudaware.example\r\nSubject: Inzageverzoek\r\nDate: ${date}\r\nMessage-ID: <${id}@example.nl>\r\n\r\nIk wil inzage in mijn gegevens.\r\n`;
    writeFileSync(join(dir, 'old.eml'), eml('old', old, 'late@example.nl'));
    writeFileSync(join(dir, 'near.eml'), eml('near', nearly, 'soon@example.nl'));
    expect((await cli(['dsr', 'import', 'old.eml', 'near.eml', '--no-code'])).code).toBe(0);

    const due = await cli(['dsr', 'list', '--due']);
    expect(due.code).toBe(1);
    const lines = due.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('OVERDUE');
    expect(lines[1]).toContain('due soon');

    const json = await cli(['dsr', 'list', '--due', '--json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as {
      overdue: number;
      requests: { deadline: string; daysLeft: number }[];
    };
    expect(doc.overdue).toBe(1);
    expect(doc.requests.map((r) => r.deadline)).toEqual(['overdue', 'near']);
    expect(doc.requests[0]?.daysLeft).toBeLessThan(0);
  });
});
