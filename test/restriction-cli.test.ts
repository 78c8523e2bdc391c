import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer } from '../src/crypto/sealed.js';
import { addRestriction, liftRestriction } from '../src/dsr/restriction.js';
import { runCliCaptured } from './helpers/cli.js';
import { freshPostgres, postgresAvailable } from './helpers/store.js';

/**
 * `grondslag restriction check` and `restriction filter`: the restriction/suppression list honoured
 * by scripts and by exports (a mailing list before a campaign). Entries are made as execution makes
 * them (`addRestriction`), in the platform's store on PostgreSQL.
 */

const NOW = new Date('2026-06-15T00:00:00Z');

describe.skipIf(!postgresAvailable)('grondslag restriction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-restriction-'));
  const secretKey = randomBytes(32).toString('hex');
  const env = { ...process.env, GRONDSLAG_SECRET_KEY: secretKey };
  let own: Awaited<ReturnType<typeof freshPostgres>>;
  let config: string;

  beforeAll(async () => {
    own = await freshPostgres();
    config = join(dir, 'grondslag.config.yaml');
    writeFileSync(config, JSON.stringify({ store: { url: own.url } }));
    const sealer = createSealer(Buffer.from(secretKey, 'hex'));
    await own.db.transaction(async (tx) => {
      await addRestriction(
        tx,
        sealer,
        {
          scope: 'direct_marketing',
          purposes: [],
          reason: 'objection_direct_marketing',
          article: 'GDPR Art. 21(3)',
          identity: { email: 'anna@example.org', phone: '06-12345678' },
        },
        NOW,
      );
      await addRestriction(
        tx,
        sealer,
        {
          scope: 'consent',
          purposes: ['newsletter'],
          reason: 'consent_withdrawn',
          article: 'GDPR Art. 7(3)',
          identity: { email: 'bram@example.org' },
        },
        NOW,
      );
      await addRestriction(
        tx,
        sealer,
        {
          scope: 'processing',
          purposes: [],
          reason: 'restriction',
          article: 'GDPR Art. 18(1)',
          identity: { email: 'cato@example.org', customerNumber: 'CA-3003' },
        },
        NOW,
      );
      const lifted = await addRestriction(
        tx,
        sealer,
        {
          scope: 'processing',
          purposes: [],
          reason: 'restriction',
          article: 'GDPR Art. 18(1)',
          identity: { email: 'dirk@example.org' },
        },
        NOW,
      );
      await liftRestriction(tx, lifted, NOW);
    });
  }, 120_000);

  afterAll(async () => {
    await own?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...argv: string[]) => runCliCaptured([...argv, '--config', config], { cwd: dir, env });

  it('answers for one person by any identifier, normalised as at intake; exit 1 when listed', async () => {
    const byEmail = await cli('restriction', 'check', '--email', 'Anna@Example.org', '--json');
    expect(byEmail.code).toBe(1);
    expect(JSON.parse(byEmail.stdout)).toEqual({
      restricted: true,
      entries: [
        { scope: 'direct_marketing', purposes: [], article: 'GDPR Art. 21(3)', since: NOW.toISOString() },
      ],
    });
    const byPhone = await cli('restriction', 'check', '--phone', '+31 6 1234 5678');
    expect(byPhone.code).toBe(1);
    expect(byPhone.stdout).toBe('restricted: direct marketing (GDPR Art. 21(3)) since 2026-06-15\n');
    expect((await cli('restriction', 'check', '--customer', 'ca-3003')).code).toBe(1);

    // Consent withdrawn for the newsletter only.
    expect(
      (await cli('restriction', 'check', '--email', 'bram@example.org', '--purpose', 'newsletter')).code,
    ).toBe(1);
    expect(
      (await cli('restriction', 'check', '--email', 'bram@example.org', '--purpose', 'billing')).code,
    ).toBe(0);
    // A scope asked for leaves out entries of other scopes.
    expect(
      (await cli('restriction', 'check', '--email', 'anna@example.org', '--scope', 'processing')).code,
    ).toBe(0);

    const lifted = await cli('restriction', 'check', '--email', 'dirk@example.org');
    expect(lifted.code).toBe(0);
    expect(lifted.stdout).toBe('not on the restriction list\n');

    const none = await cli('restriction', 'check', '--json');
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).error.message).toContain('--email');
    expect((await cli('restriction', 'check', '--email', 'x@example.org', '--scope', 'all')).code).toBe(2);
  });

  it('writes a mailing list without the people on the list, keeping its delimiter and quoting', async () => {
    const list = join(dir, 'campagne.csv');
    writeFileSync(
      list,
      [
        'Naam;E-mail;Telefoon;Notitie',
        'Anna de Vries;anna@example.org;;',
        'Bram Bakker;BRAM@example.org;;"zegt ""nee"" tegen; alles"',
        'Cato Smit;;;',
        'Eva Jansen;eva@example.org;0687654321;"regel 1',
        'regel 2"',
        'Anna via telefoon;;06 12345678;',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'campagne-schoon.csv');
    const r = await cli('restriction', 'filter', list, '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: out,
      rows: 5,
      kept: 2,
      dropped: 3,
      droppedBy: { direct_marketing: 2, consent: 1 },
    });
    expect(readFileSync(out, 'utf8')).toBe(
      [
        'Naam;E-mail;Telefoon;Notitie',
        'Cato Smit;;;',
        'Eva Jansen;eva@example.org;0687654321;"regel 1\nregel 2"',
        '',
      ].join('\n'),
    );
    // The file holds personal data: readable by its owner only.
    expect(statSync(out).mode & 0o077).toBe(0);

    // Only direct marketing counts for this campaign's scope.
    const scoped = await cli(
      'restriction',
      'filter',
      list,
      '--out',
      out,
      '--scope',
      'direct_marketing',
      '--json',
    );
    expect(JSON.parse(scoped.stdout)).toMatchObject({ kept: 3, dropped: 2 });
    expect(readFileSync(out, 'utf8')).toContain('"zegt ""nee"" tegen; alles"');
  });

  it('refuses an unknown column, binary input and writing over the input — and leaves no file', async () => {
    const list = join(dir, 'klanten.csv');
    writeFileSync(list, 'klantnummer,plaats\nCA-3003,Utrecht\nCA-4004,Breda\n');
    const out = join(dir, 'klanten-schoon.csv');

    const unknown = await cli('restriction', 'filter', list, '--out', out, '--email-column', 'mail_adres');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('RESTRICTION_COLUMN_UNKNOWN');
    expect(unknown.stderr).toContain('klanten.csv:1: no column "mail_adres"');
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);

    // Without a named column the customer-number column is found by its name.
    const found = await cli('restriction', 'filter', list, '--out', out);
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toBe(`2 rows: 1 written to ${out}, 1 left out (1 processing)\n`);
    expect(readFileSync(out, 'utf8')).toBe('klantnummer,plaats\nCA-4004,Breda\n');

    const binary = join(dir, 'export.csv');
    writeFileSync(binary, Buffer.from('email\nanna@example.org\n\0\0\0', 'utf8'));
    const bin = await cli('restriction', 'filter', binary, '--out', join(dir, 'x.csv'));
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain('export.csv:3:1: binary data');
    expect(existsSync(join(dir, 'x.csv')) || existsSync(join(dir, 'x.csv.partial'))).toBe(false);

    expect((await cli('restriction', 'filter', list, '--out', list)).code).toBe(2);
    expect((await cli('restriction', 'filter', join(dir, 'missing.csv'), '--out', out)).code).toBe(2);
  });
});
