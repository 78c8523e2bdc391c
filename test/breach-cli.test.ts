import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { runCliCaptured } from './helpers/cli.js';

/**
 * `grondslag breach add|list|show|notice` in-process on an embedded store, with the CloudAware
 * policy (a telecom provider: the 24-hour clock governs). Clocks are read `--at` fixed instants.
 */

const dir = mkdtempSync(join(tmpdir(), 'grondslag-breach-cli-'));
const config = join(dir, 'grondslag.config.json');
writeFileSync(
  config,
  JSON.stringify({ policy: demoPolicyPath, datamap: demoDatamapPath, store: { dataDir: join(dir, 'data') } }),
);
const env: NodeJS.ProcessEnv = { ...process.env, GRONDSLAG_SECRET_KEY: randomBytes(32).toString('hex') };
delete env.DATABASE_URL;
delete env.GRONDSLAG_DATA_DIR;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  return runCliCaptured([...argv, '--config', config], { cwd: dir, env, stdin: process.stdin });
}

describe('grondslag breach', () => {
  let id = '';

  it('refuses unusable input with exit 2, naming the field', async () => {
    const noAware = await cli('breach', 'add', '--category', 'email');
    expect(noAware.code).toBe(2);
    expect(noAware.stderr).toContain('awareAt');
    const badPeople = await cli('breach', 'add', '--aware-at', '2026-03-28 23:30', '--people', 'many');
    expect(badPeople.code).toBe(2);
    expect(badPeople.stderr).toContain('--people');
    const badCategory = await cli(
      'breach',
      'add',
      '--aware-at',
      '2026-03-28 23:30',
      '--category',
      'shoe_size',
    );
    expect(badCategory.code).toBe(2);
    expect(badCategory.stderr).toContain('categories');
    const badTime = await cli('breach', 'add', '--aware-at', 'last night');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toContain('awareAt');
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'awareAt: 2026-03-28 23:30\nrisk: catastrophic\n');
    const badFile = await cli('breach', 'add', '--file', file);
    expect(badFile.code).toBe(2);
    expect(badFile.stderr).toContain('risk');
  }, 60_000);

  it('records a breach from a YAML file and shows the clocks in UTC to the minute', async () => {
    const file = join(dir, 'breach.yaml');
    writeFileSync(
      file,
      [
        'awareAt: "2026-03-28 23:30"',
        'occurredAt: "2026-03-28 21:00"',
        'description: Backup bucket was publicly readable',
        'categories: [name, email, bank_account]',
        'approxPeople: 1200',
        'approxRecords: 3400',
        '',
      ].join('\n'),
    );
    const add = await cli('breach', 'add', '--file', file, '--json');
    expect(add.code).toBe(0);
    const doc = JSON.parse(add.stdout);
    id = doc.breach.id;
    expect(doc.breach.telecom).toBe(true);
    expect(doc.breach.clocks.map((c: { kind: string; dueAt: string }) => [c.kind, c.dueAt])).toEqual([
      ['telecom-24h', '2026-03-29T22:30:00.000Z'],
      ['gdpr-72h', '2026-03-31T22:30:00.000Z'],
    ]);
    expect(doc.affected.collections.length).toBeGreaterThan(0);
    // Without --count the DPO's numbers stand and nothing is counted.
    expect(doc.breach.approxPeople).toBe(1200);
    expect(doc.affected.records).toBeUndefined();

    const show = await cli('breach', 'show', id, '--at', '2026-03-29T16:30:00Z', '--json');
    expect(show.code).toBe(0);
    const clock = JSON.parse(show.stdout).breach.clocks[0];
    expect(clock).toMatchObject({ kind: 'telecom-24h', state: 'near', remainingMinutes: 360 });

    const before = await cli('breach', 'list', '--at', '2026-03-29T22:29:00Z');
    expect(before.code).toBe(0);
    const after = await cli('breach', 'list', '--at', '2026-03-29T22:30:00Z', '--json');
    expect(after.code).toBe(1);
    expect(JSON.parse(after.stdout).overdue).toBe(1);
  }, 60_000);

  it('prints the notice with missing items named (exit 1), records phases, and refuses a late one without reasons', async () => {
    const draft = await cli(
      'breach',
      'notice',
      id,
      '--to',
      'authority',
      '--lang',
      'en',
      '--at',
      '2026-03-29T10:00:00Z',
    );
    expect(draft.code).toBe(1);
    expect(draft.stdout).toContain('Likely consequences [Art. 33(3)(c)]: [MISSING');
    expect(draft.stdout).toContain('Notification due (24 hours): 2026-03-30 00:30 CEST (2026-03-29T22:30Z)');
    expect(draft.stdout).toContain('Jeroen Hermans');

    const letter = await cli('breach', 'notice', id, '--to', 'subjects', '--lang', 'nl', '--json');
    expect(JSON.parse(letter.stdout).notice.subject).toContain('CloudAware');

    const late = await cli(
      'breach',
      'notice',
      id,
      '--to',
      'authority',
      '--record',
      '--sent-at',
      '2026-03-30T09:00:00Z',
    );
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('delayReasons');
    const recorded = await cli(
      'breach',
      'notice',
      id,
      '--to',
      'authority',
      '--record',
      '--sent-at',
      '2026-03-30T09:00:00Z',
      '--delay-reasons',
      'scope unknown until the forensic report',
      '--json',
    );
    expect(JSON.parse(recorded.stdout).recorded).toMatchObject({ seq: 1, phase: 'initial' });
    const follow = await cli(
      'breach',
      'notice',
      id,
      '--to',
      'authority',
      '--record',
      '--sent-at',
      '2026-04-02 10:00',
      '--json',
    );
    expect(JSON.parse(follow.stdout).recorded).toMatchObject({
      seq: 2,
      phase: 'follow-up',
      sentAt: '2026-04-02T08:00:00.000Z',
    });

    const listed = await cli('breach', 'list', '--at', '2026-04-05T00:00:00Z', '--json');
    expect(listed.code).toBe(0);
    const b = JSON.parse(listed.stdout).breaches[0];
    expect(b.phases.map((p: { phase: string }) => p.phase)).toEqual(['initial', 'follow-up']);
    expect(b.clocks.map((c: { state: string }) => c.state)).toEqual(['late', 'met']);

    const wrong = await cli('breach', 'notice', id, '--to', 'press');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--to');
    const missing = await cli('breach', 'show', 'br_nonexistent');
    expect(missing.code).toBe(2);
  }, 60_000);
});
