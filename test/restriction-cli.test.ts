import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/records.js';
import { createSealer } from '../src/crypto/sealed.js';
import { submitRequest } from '../src/dsr/intake.js';
import { senderFromPolicy } from '../src/dsr/letters.js';
import { addRestriction, liftRestriction } from '../src/dsr/restriction.js';
import { demoPolicyPath } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { runCliCaptured } from './helpers/cli.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';
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
  let smtp: SmtpSink;
  let requestReference: string;
  let requestEntry: number;

  beforeAll(async () => {
    own = await freshPostgres();
    smtp = await startSmtpSink();
    config = join(dir, 'grondslag.config.yaml');
    writeFileSync(config, JSON.stringify({ store: { url: own.url }, mail: smtp.config }));
    const sealer = createSealer(Buffer.from(secretKey, 'hex'));
    const policy = (await loadPolicyFile(demoPolicyPath)).policy;
    const { request } = await submitRequest(
      {
        db: own.db,
        sealer,
        clock: () => NOW,
        sender: senderFromPolicy(policy),
        publicUrl: 'http://127.0.0.1',
      },
      {
        details: { type: 'restriction' },
        identity: { email: 'gijs@example.org' },
        channel: 'cli',
        language: 'nl',
        actor: 'cli',
      },
    );
    requestReference = request.reference;
    await own.db.transaction(async (tx) => {
      requestEntry = await addRestriction(
        tx,
        sealer,
        {
          requestId: request.id,
          scope: 'processing',
          purposes: [],
          reason: 'restriction',
          article: 'GDPR Art. 18(1)(a)',
          identity: { email: 'gijs@example.org' },
        },
        NOW,
      );
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
      await liftRestriction(tx, lifted, { at: NOW, by: 'cli', reason: 'test set-up' });
    });
  }, 120_000);

  afterAll(async () => {
    await smtp?.close();
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
      // Cato's row has neither an e-mail address nor a phone number: kept, and counted as unchecked.
      unchecked: 1,
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

  it('filters NDJSON line by line, finding nested keys, writing kept lines as they were', async () => {
    const list = join(dir, 'export.ndjson');
    writeFileSync(
      list,
      [
        '{"email":"anna@example.org","naam":"Anna"}',
        '{"contact":{"telefoon":"06 12345678"},"naam":"Anna via telefoon"}',
        '',
        '{"naam": "Eva",   "email":"eva@example.org"}',
        '{"naam":"zonder gegevens"}',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'export-schoon.ndjson');
    const r = await cli('restriction', 'filter', list, '--out', out, '--scope', 'direct_marketing', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 4, kept: 2, dropped: 2, unchecked: 1 });
    expect(readFileSync(out, 'utf8')).toBe(
      '{"naam": "Eva",   "email":"eva@example.org"}\n{"naam":"zonder gegevens"}\n',
    );

    const text = await cli('restriction', 'filter', list, '--out', out, '--scope', 'direct_marketing');
    expect(text.stdout).toBe(
      `4 rows: 2 written to ${out}, 2 left out (2 direct marketing); 1 kept without any identifier to check\n`,
    );

    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"email":"eva@example.org"}\n{"email": }\n');
    const bad = await cli('restriction', 'filter', broken, '--out', join(dir, 'broken-out.jsonl'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.jsonl:2:\d+: not valid JSON/);
    expect(
      existsSync(join(dir, 'broken-out.jsonl')) || existsSync(join(dir, 'broken-out.jsonl.partial')),
    ).toBe(false);

    const unknownFormat = await cli('restriction', 'filter', join(dir, 'export.txt'), '--out', out);
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.stderr).toContain('give --format csv, ndjson or json');
  });

  it('filters a JSON array of records, writing the kept ones as an array with the input line ending', async () => {
    const list = join(dir, 'export.json');
    const records = [
      { naam: 'Anna', email: 'anna@example.org' },
      { naam: 'Eva', contact: { email: 'eva@example.org', telefoon: '0687654321' } },
      { naam: 'Bram', klantnummer: 4711 },
    ];
    writeFileSync(list, JSON.stringify(records, null, 2).replaceAll('\n', '\r\n'));
    const out = join(dir, 'export-schoon.json');
    const r = await cli('restriction', 'filter', list, '--out', out, '--scope', 'direct_marketing', '--json');
    expect(r.code, r.stderr).toBe(0);
    // Bram's customer number is a JSON number: still an identifier, so nothing went unchecked.
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 3, kept: 2, dropped: 1, unchecked: 0 });
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written)).toEqual(records.slice(1));
    expect(written).toBe(`[\r\n  ${JSON.stringify(records[1])},\r\n  ${JSON.stringify(records[2])}\r\n]\r\n`);

    // Every record dropped: still a JSON array.
    writeFileSync(list, JSON.stringify(records.slice(0, 1)));
    await cli('restriction', 'filter', list, '--out', out, '--scope', 'direct_marketing');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([]);

    // Not an array of records: refused with what was found, and no file.
    const scalar = join(dir, 'scalars.json');
    writeFileSync(scalar, '[{"email":"eva@example.org"}, 42]');
    const bad = await cli('restriction', 'filter', scalar, '--out', join(dir, 'scalars-out.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('RESTRICTION_JSON_NOT_RECORDS');
    expect(bad.stderr).toContain(
      'scalars.json: a JSON export must be an array of records (objects); element 1',
    );
    expect(
      existsSync(join(dir, 'scalars-out.json')) || existsSync(join(dir, 'scalars-out.json.partial')),
    ).toBe(false);
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

    // Excel's UTF-8 CSV: the byte-order mark is not part of the first column's name, and comes back.
    const excel = join(dir, 'excel.csv');
    writeFileSync(excel, '\uFEFFE-mail;Plaats\r\nanna@example.org;Utrecht\r\neva@example.org;Breda\r\n');
    const fromExcel = await cli('restriction', 'filter', excel, '--out', out);
    expect(fromExcel.code, fromExcel.stderr).toBe(0);
    // … and so does the Windows line ending.
    expect(readFileSync(out, 'utf8')).toBe('\uFEFFE-mail;Plaats\r\neva@example.org;Breda\r\n');

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

  it('lists the entries, and lifts one after mailing the person the Art. 18(3) notice', async () => {
    const listed = await cli('restriction', 'list', '--json');
    expect(listed.code).toBe(0);
    const { entries } = JSON.parse(listed.stdout) as {
      entries: {
        id: number;
        scope: string;
        request: string | null;
        identifiers: number;
        liftedAt: string | null;
      }[];
    };
    expect(entries.map((e) => e.scope).sort()).toEqual([
      'consent',
      'direct_marketing',
      'processing',
      'processing',
    ]);
    expect(entries.find((e) => e.id === requestEntry)).toMatchObject({
      request: requestReference,
      identifiers: 1,
      liftedAt: null,
    });
    const orphanId = entries.find((e) => e.scope === 'processing' && e.request === null)!.id;
    // Identifiers are counted, never shown.
    expect(listed.stdout).not.toContain('@example.org');

    const lift = await cli(
      'restriction',
      'lift',
      String(requestEntry),
      '--reasons',
      'Uw adres is gecontroleerd en juist.',
    );
    expect(lift.code, lift.stderr).toBe(0);
    expect(lift.stdout).toBe(
      `restriction ${requestEntry} lifted; the notice was mailed for ${requestReference}\n`,
    );
    const notice = await smtp.waitForMail('gijs@example.org');
    expect(notice.subject).toContain(requestReference);
    expect(notice.text).toContain('Uw adres is gecontroleerd en juist.');
    expect(notice.text).toContain('artikel 18 lid 3 AVG');
    expect((await cli('restriction', 'check', '--email', 'gijs@example.org')).code).toBe(0);

    const again = await cli('restriction', 'lift', String(requestEntry), '--reasons', 'x', '--json');
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error.code).toBe('DSR_RESTRICTION_LIFTED');
    expect(smtp.mailsTo('gijs@example.org')).toHaveLength(1);
    expect((await cli('restriction', 'lift', '99999', '--reasons', 'x')).code).toBe(2);
    expect((await cli('restriction', 'lift', 'abc', '--reasons', 'x')).code).toBe(2);
    expect((await cli('restriction', 'lift', String(orphanId))).code).toBe(2);

    // An entry without a request has nobody to write to: lifted with the reasons on record.
    const orphan = await cli('restriction', 'lift', String(orphanId), '--reasons', 'Bewaartermijn voorbij.');
    expect(orphan.stdout).toBe(`restriction ${orphanId} lifted (no request to write to)\n`);

    const active = JSON.parse((await cli('restriction', 'list', '--json')).stdout) as {
      entries: { id: number }[];
    };
    expect(active.entries.map((e) => e.id)).not.toContain(requestEntry);
    const all = JSON.parse((await cli('restriction', 'list', '--all', '--json')).stdout) as {
      entries: { id: number; liftedAt: string | null; liftReason: string | null }[];
    };
    expect(all.entries.find((e) => e.id === requestEntry)?.liftedAt).not.toBeNull();
    // Who lifted and why stays on record, also where there was nobody to write to.
    expect(all.entries.find((e) => e.id === orphanId)?.liftReason).toBe('Bewaartermijn voorbij.');
    const audit = await listAudit(own.db, { limit: 20 });
    expect(audit.filter((e) => e.action === 'dsr.restriction_lifted').map((e) => e.actor)).toEqual([
      'cli',
      'cli',
    ]);
  });
});
