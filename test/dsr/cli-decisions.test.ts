import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatamapPath, demoPolicyPath } from '../../src/paths.js';
import { runCliCaptured } from '../helpers/cli.js';
import { type DemoPerson, pickPerson } from '../helpers/demo-people.js';
import { type DemoStore, freshDemoStore } from '../helpers/demo-store.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { postgresAvailable } from '../helpers/store.js';

/**
 * The operator's decisions from the command line (`dsr send-code|verify|type|approve|decide|deny|
 * extend|answer|withdraw`): a request goes from `dsr submit` to its answer without the console. The
 * platform's own store is the embedded one; the organisation's store is the demo in PostgreSQL;
 * mail goes to an SMTP server in the test.
 */

const NOW = new Date();

interface Summary {
  reference: string;
  type: string;
  status: string;
  dueAt: string;
  receivedAt: string;
  extended: boolean;
  verification?: { method: string };
}

describe.skipIf(!postgresAvailable)('grondslag dsr: the operator’s decisions', () => {
  let dir: string;
  let smtp: SmtpSink;
  let demo: DemoStore;
  let person: DemoPerson;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-decisions-'));
    smtp = await startSmtpSink();
    demo = await freshDemoStore('postgres', { customers: 100, now: NOW });
    person = await pickPerson(demo, NOW);
    writeFileSync(
      join(dir, 'grondslag.config.yaml'),
      JSON.stringify({
        policy: demoPolicyPath,
        datamap: demoDatamapPath,
        store: { dataDir: './data' },
        systems: demo.systems,
        mail: smtp.config,
      }),
    );
  }, 300_000);

  afterAll(async () => {
    await smtp?.close();
    await demo?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...argv: string[]) =>
    runCliCaptured([...argv, '--config', join(dir, 'grondslag.config.yaml')], {
      cwd: dir,
      env: { ...process.env, GRONDSLAG_PII_KEY: 'decisions test key' },
    });

  async function submit(type: string, email: string, ...more: string[]): Promise<Summary> {
    const r = await cli('dsr', 'submit', '--type', type, '--email', email, ...more, '--json');
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { request: Summary }).request;
  }

  async function decide(...argv: string[]): Promise<Summary> {
    const r = await cli('dsr', ...argv, '--json');
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { request: Summary }).request;
  }

  it('takes an access request from submission to the answer with its download link, by CLI alone', async () => {
    const filed = await submit('access', person.email);
    const verified = await decide('verify', filed.reference, '--note', 'signed in to My CloudAware');
    expect(verified).toMatchObject({ status: 'verified', verification: { method: 'operator' } });
    expect((await decide('approve', filed.reference)).status).toBe('in_progress');

    const run = await cli('dsr', 'run', filed.reference, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).execution.status).toBe('done');

    const answered = await cli('dsr', 'answer', filed.reference, '--message', 'Hierbij uw gegevens.');
    expect(answered.code, answered.stderr).toBe(0);
    expect(answered.stdout).toBe(
      `${filed.reference}: answer sent (with a download link); now completed, due ${filed.dueAt.slice(0, 10)}\n`,
    );
    // The link is for the person only: in the mail, not in the operator's terminal.
    expect(answered.stdout).not.toMatch(/https?:\/\//);
    const mail = await smtp.waitForMail(person.email);
    expect(mail.text).toContain('Hierbij uw gegevens.');
    expect(mail.text).toMatch(/https?:\/\/\S+\/request\/download\/\S+/);

    const shown = JSON.parse((await cli('dsr', 'show', filed.reference, '--json')).stdout) as {
      request: Summary;
    };
    expect(shown.request.status).toBe('completed');

    // Every decision is in the audit log, by the CLI.
    const audit = JSON.parse((await cli('audit', 'list', '--limit', '50', '--json')).stdout) as {
      entries: { actor: string; action: string }[];
    };
    const byCli = audit.entries.filter((e) => e.actor === 'cli').map((e) => e.action);
    expect(byCli).toEqual(expect.arrayContaining(['dsr.verified', 'dsr.approved', 'dsr.completed']));
  });

  it('refuses with reasons and mails the Art. 12(4) letter', async () => {
    const filed = await submit('erasure', 'refused@example.org', '--language', 'en');
    const denied = await decide(
      'deny',
      filed.reference,
      '--ground',
      'manifestly_unfounded',
      '--reasons',
      'The same request was answered in full last week.',
    );
    expect(denied.status).toBe('denied');
    const mail = await smtp.waitForMail('refused@example.org');
    expect(mail.text).toContain('The same request was answered in full last week.');
    expect(mail.text).toMatch(/Autoriteit Persoonsgegevens/);
  });

  it('extends once with a notice, and refuses a second extension with exit 2', async () => {
    const filed = await submit('access', 'slow@example.org');
    const extended = await decide(
      'extend',
      filed.reference,
      '--reasons',
      'Uw gegevens staan in twaalf systemen.',
      '--months',
      '1',
    );
    expect(extended.extended).toBe(true);
    expect(Date.parse(extended.dueAt)).toBeGreaterThan(Date.parse(filed.dueAt));
    const notice = await smtp.waitForMail('slow@example.org');
    expect(notice.text).toContain('Uw gegevens staan in twaalf systemen.');

    const again = await cli('dsr', 'extend', filed.reference, '--reasons', 'Nog meer tijd.', '--json');
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error.code).toBe('DSR_ALREADY_EXTENDED');
    expect(smtp.mailsTo('slow@example.org')).toHaveLength(1);
  });

  it('sets the type of an unclear request, with its details, before approval', async () => {
    const filed = await submit('unknown', 'unclear@example.org');
    const typed = await decide(
      'type',
      filed.reference,
      '--type',
      'rectification',
      '--details',
      JSON.stringify({ type: 'rectification', changes: [{ field: 'city', value: 'Utrecht' }] }),
    );
    expect(typed.type).toBe('rectification');

    const badJson = await cli('dsr', 'type', filed.reference, '--type', 'rectification', '--details', '{x');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('--details is not valid JSON');
    const badDetails = await cli(
      'dsr',
      'type',
      filed.reference,
      '--type',
      'rectification',
      '--details',
      JSON.stringify({ type: 'rectification', changes: [{ value: 'Utrecht' }] }),
    );
    expect(badDetails.code).toBe(2);
    expect(badDetails.stderr).toContain('DSR_INVALID_DETAILS');
    expect(badDetails.stderr).toContain('details.changes.0.field');
  });

  it('records the DPO’s rejection of an objection on legitimate interest and mails the refusal', async () => {
    const filed = await submit('objection', 'objector@example.org');
    await decide(
      'type',
      filed.reference,
      '--type',
      'objection',
      '--details',
      JSON.stringify({ type: 'objection', ground: 'legitimate_interest' }),
    );
    expect((await decide('verify', filed.reference)).status).toBe('verified');
    const early = await cli('dsr', 'approve', filed.reference);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('DSR_OBJECTION_DECISION_REQUIRED');

    const decided = await decide(
      'decide',
      filed.reference,
      '--outcome',
      'rejected',
      '--reasons',
      'Fraudepreventie weegt hier zwaarder.',
    );
    expect(decided.status).toBe('denied');
    expect((await smtp.waitForMail('objector@example.org')).text).toContain(
      'Fraudepreventie weegt hier zwaarder.',
    );
  });

  it('sends a new code, and records a withdrawal', async () => {
    const filed = await submit('restriction', 'changed-mind@example.org');
    expect((await decide('send-code', filed.reference)).status).toBe('awaiting_verification');
    await smtp.waitForMail('changed-mind@example.org');
    expect((await decide('withdraw', filed.reference)).status).toBe('withdrawn');
  });

  it('refuses bad input and illegal moves with exit 2, a stable code, and nothing changed', async () => {
    const filed = await submit('access', 'careful@example.org');

    const unverified = await cli('dsr', 'approve', filed.reference, '--json');
    expect(unverified.code).toBe(2);
    expect(JSON.parse(unverified.stdout).error.code).toBe('DSR_ILLEGAL_TRANSITION');

    const badGround = await cli('dsr', 'deny', filed.reference, '--ground', 'nope', '--reasons', 'x');
    expect(badGround.code).toBe(2);
    expect(badGround.stderr).toContain('--ground must be one of identity_not_established');
    const noReasons = await cli('dsr', 'deny', filed.reference, '--ground', 'excessive');
    expect(noReasons.code).toBe(2);
    expect(noReasons.stderr).toContain('--reasons is required');
    const badMonths = await cli('dsr', 'extend', filed.reference, '--reasons', 'x', '--months', '3');
    expect(badMonths.code).toBe(2);
    expect(badMonths.stderr).toContain('--months must be 1 or 2');
    const unknown = await cli('dsr', 'approve', 'DSR-1999-0001');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('DSR-1999-0001');

    const shown = JSON.parse((await cli('dsr', 'show', filed.reference, '--json')).stdout) as {
      request: Summary;
    };
    expect(shown.request).toMatchObject({ status: 'received', dueAt: filed.dueAt });
    expect(smtp.mailsTo('careful@example.org')).toHaveLength(0);
  });
});
