import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import type { Role } from '../../src/access/roles.js';
import { listAudit } from '../../src/audit/records.js';
import { addRestriction } from '../../src/dsr/restriction.js';
import type { Db } from '../../src/store/db.js';
import { dsrTestApp } from '../helpers/dsr-app.js';
import { codeIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/**
 * `POST /api/dsr`, the read endpoints and the operator's decisions (`POST /api/dsr/{id}/verify|approve|
 * deny|…`), with API tokens as automation uses them.
 */

let db: Db;
let smtp: SmtpSink;
let t: Awaited<ReturnType<typeof dsrTestApp>>;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  db = await freshPglite();
  smtp = await startSmtpSink();
  t = await dsrTestApp(db, smtp);
  for (const role of ['dpo', 'operator', 'auditor'] as const) {
    tokens[role] = (await createApiToken(db, { name: role, role }, { actor: 'cli', now: t.clock() })).secret;
  }
});
afterAll(async () => {
  await db?.close();
  await smtp?.close();
});

function call(method: string, path: string, role: Role, body?: unknown) {
  return t.app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${tokens[role]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('requests API', () => {
  it('files a request, mails the code, and groups a repeat', async () => {
    const res = await call('POST', '/api/dsr', 'operator', {
      type: 'portability',
      email: 'lotte@example.org',
      customerNumber: 'CA-7788',
      details: {
        type: 'portability',
        destination: {
          kind: 'controller',
          organisation: 'NieuweProvider BV',
          endpoint: 'https://api.nieuweprovider.example/import',
        },
      },
      text: 'Graag mijn gegevens naar mijn nieuwe provider.',
      language: 'nl',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      request: { id: string; status: string; type: string };
      grouped: boolean;
      codeSent: boolean;
    };
    expect(body).toMatchObject({
      grouped: false,
      codeSent: true,
      request: { type: 'portability', status: 'awaiting_verification' },
    });
    expect(JSON.stringify(body)).not.toContain('lotte');
    expect(codeIn(await smtp.waitForMail('lotte@example.org'))).toMatch(/^\d{6}$/);

    const again = await call('POST', '/api/dsr', 'operator', {
      type: 'portability',
      email: 'Lotte@Example.org',
    });
    expect((await again.json()) as { grouped: boolean; request: { id: string } }).toMatchObject({
      grouped: true,
      request: { id: body.request.id },
    });

    const one = await call('GET', `/api/dsr/${body.request.id}`, 'auditor');
    expect(one.status).toBe(200);
    const detail = (await one.json()) as { events: { kind: string }[] };
    expect(detail.events.map((e) => e.kind)).toEqual(['received', 'verification_sent', 'duplicate_received']);
  });

  it('validates the body with field paths: e-mail, https-only transmission, details matching the type', async () => {
    const bad = await call('POST', '/api/dsr', 'operator', { type: 'access', email: 'nope' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('body.email'),
    });
    const http = await call('POST', '/api/dsr', 'operator', {
      type: 'portability',
      email: 'a@example.org',
      details: {
        type: 'portability',
        destination: { kind: 'controller', organisation: 'X', endpoint: 'http://plain.example/' },
      },
    });
    expect(http.status).toBe(400);
    expect(await http.text()).toContain('details.destination.endpoint');
    const mismatch = await call('POST', '/api/dsr', 'operator', {
      type: 'erasure',
      email: 'a@example.org',
      details: { type: 'access' },
    });
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as { error: { code: string } }).error.code).toBe('DSR_INVALID_DETAILS');
  });

  it('lets an auditor read but not file', async () => {
    expect(
      (await call('POST', '/api/dsr', 'auditor', { type: 'access', email: 'a@example.org' })).status,
    ).toBe(403);
    const list = await call('GET', '/api/dsr', 'auditor');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { requests: unknown[] }).requests.length).toBeGreaterThan(0);
    const due = await call('GET', '/api/dsr?due=true', 'auditor');
    expect(((await due.json()) as { requests: unknown[] }).requests).toEqual([]);
    expect((await call('GET', '/api/dsr/dsr_doesnotexist', 'auditor')).status).toBe(404);
  });

  it('describes the endpoints in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/dsr', '/api/dsr/{id}']));
  });
});

interface Summary {
  id: string;
  reference: string;
  type: string;
  status: string;
  dueAt: string;
  extended: boolean;
  verification?: { method: string };
}
interface ErrorBody {
  error: { code: string; message: string };
}

const post = (path: string, role: Role, body?: unknown) => call('POST', path, role, body);

async function file(type: string, email: string, details?: unknown): Promise<Summary> {
  const res = await post('/api/dsr', 'operator', {
    type,
    email,
    sendCode: false,
    ...(details ? { details } : {}),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { request: Summary }).request;
}

async function ok(path: string, role: Role, body?: unknown): Promise<Summary> {
  const res = await post(path, role, body);
  const json = (await res.json()) as { request: Summary } & Partial<ErrorBody>;
  expect(res.status, JSON.stringify(json.error)).toBe(200);
  return json.request;
}

async function refused(path: string, role: Role, body: unknown, status: number): Promise<ErrorBody['error']> {
  const res = await post(path, role, body);
  expect(res.status).toBe(status);
  return ((await res.json()) as ErrorBody).error;
}

describe('request decisions API', () => {
  it('verifies, approves and answers; every decision audited under the token', async () => {
    const r = await file('access', 'marit@example.org');
    const verified = await ok(`/api/dsr/${r.id}/verify`, 'operator', {
      note: 'called back on the number on file',
    });
    expect(verified).toMatchObject({ status: 'verified', verification: { method: 'operator' } });
    expect((await ok(`/api/dsr/${r.reference}/approve`, 'operator')).status).toBe('in_progress');

    const twice = await refused(`/api/dsr/${r.id}/approve`, 'operator', undefined, 409);
    expect(twice.code).toBe('DSR_ILLEGAL_TRANSITION');

    const answered = await post(`/api/dsr/${r.id}/answer`, 'operator', {
      message: 'Er zijn geen gegevens van u.',
    });
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { request: Summary }).request.status).toBe('completed');
    expect((await smtp.waitForMail('marit@example.org')).text).toContain('Er zijn geen gegevens van u.');

    const actions = (await listAudit(db, { limit: 100 }))
      .filter((e) => e.subjectId === r.id && e.actor.startsWith('token:'))
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['dsr.verified', 'dsr.approved', 'dsr.completed']));
  });

  it('refuses with reasons and mails the letter; validates ground and reasons by field', async () => {
    const r = await file('erasure', 'joost@example.org');
    const noReasons = await refused(`/api/dsr/${r.id}/deny`, 'operator', { ground: 'excessive' }, 400);
    expect(noReasons).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('body.reasons'),
    });
    const badGround = await refused(
      `/api/dsr/${r.id}/deny`,
      'operator',
      { ground: 'nope', reasons: 'x' },
      400,
    );
    expect(badGround.message).toContain('body.ground');
    expect(smtp.mailsTo('joost@example.org')).toHaveLength(0);

    const denied = await ok(`/api/dsr/${r.id}/deny`, 'operator', {
      ground: 'manifestly_unfounded',
      reasons: 'Hetzelfde verzoek is vorige week volledig beantwoord.',
    });
    expect(denied.status).toBe('denied');
    expect((await smtp.waitForMail('joost@example.org')).text).toContain(
      'Hetzelfde verzoek is vorige week volledig beantwoord.',
    );
  });

  it('extends once with the notice; a second extension is a 409', async () => {
    const r = await file('access', 'ilse@example.org');
    const extended = await ok(`/api/dsr/${r.id}/extend`, 'operator', {
      reasons: 'Veel systemen.',
      months: 1,
    });
    expect(extended.extended).toBe(true);
    expect(Date.parse(extended.dueAt)).toBeGreaterThan(Date.parse(r.dueAt));
    expect((await refused(`/api/dsr/${r.id}/extend`, 'operator', { reasons: 'Nog meer.' }, 409)).code).toBe(
      'DSR_ALREADY_EXTENDED',
    );
    expect(
      await refused(`/api/dsr/${r.id}/extend`, 'operator', { reasons: 'x', months: 3 }, 400),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('body.months'),
    });
    expect(smtp.mailsTo('ilse@example.org')).toHaveLength(1);
  });

  it('sets the type of an unclear request; the DPO alone decides an objection', async () => {
    const r = await file('unknown', 'noor@example.org');
    const typed = await ok(`/api/dsr/${r.id}/type`, 'operator', {
      type: 'objection',
      details: { type: 'objection', ground: 'legitimate_interest' },
    });
    expect(typed.type).toBe('objection');
    // No body at all where every field is optional; a missing required field is named, not a 415.
    await ok(`/api/dsr/${r.id}/verify`, 'operator');
    expect(await refused(`/api/dsr/${r.id}/deny`, 'operator', undefined, 400)).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('body.ground'),
    });
    expect((await refused(`/api/dsr/${r.id}/approve`, 'operator', undefined, 400)).code).toBe(
      'DSR_OBJECTION_DECISION_REQUIRED',
    );
    await refused(`/api/dsr/${r.id}/decide`, 'operator', { outcome: 'upheld', reasons: 'x' }, 403);
    const upheld = await ok(`/api/dsr/${r.id}/decide`, 'dpo', {
      outcome: 'upheld',
      reasons: 'Geen dwingende gronden.',
    });
    expect(upheld.status).not.toBe('denied');
  });

  it('lets an auditor decide nothing, and answers 404 for an unknown request', async () => {
    const r = await file('restriction', 'sem@example.org');
    await refused(`/api/dsr/${r.id}/withdraw`, 'auditor', undefined, 403);
    expect((await refused('/api/dsr/DSR-1999-0001/approve', 'operator', undefined, 404)).code).toBe(
      'DSR_NOT_FOUND',
    );
    expect((await ok(`/api/dsr/${r.id}/withdraw`, 'operator')).status).toBe('withdrawn');
    expect((await refused(`/api/dsr/${r.id}/send-code`, 'operator', undefined, 409)).code).toBe('DSR_CLOSED');
  });

  it('describes the decisions in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const ops = [
      'send-code',
      'verify',
      'type',
      'approve',
      'decide',
      'deny',
      'extend',
      'answer',
      'withdraw',
    ].map((a) => doc.paths[`/api/dsr/{id}/${a}`]?.post?.operationId);
    expect(ops).toEqual([
      'sendVerificationCode',
      'verifyRequest',
      'setRequestType',
      'approveRequest',
      'decideObjection',
      'denyRequest',
      'extendRequest',
      'answerRequest',
      'withdrawRequest',
    ]);
  });
});

describe('restriction check API', () => {
  it('answers for a batch of people in order, by any identifier', async () => {
    await db.transaction((tx) =>
      addRestriction(
        tx,
        t.sealer,
        {
          scope: 'consent',
          purposes: ['newsletter'],
          reason: 'consent_withdrawn',
          article: 'GDPR Art. 7(3)',
          identity: { email: 'fenna@example.org', phone: '0611112222' },
        },
        t.clock(),
      ),
    );
    const res = await call('POST', '/api/restrictions/check', 'operator', {
      people: [{ email: 'nobody@example.org' }, { phone: '+31 6 1111 2222' }, { email: 'FENNA@example.org' }],
      purpose: 'newsletter',
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as {
      results: { restricted: boolean; entries: { scope: string; purposes: string[]; article: string }[] }[];
    };
    expect(results.map((r) => r.restricted)).toEqual([false, true, true]);
    expect(results[1]!.entries).toEqual([
      expect.objectContaining({ scope: 'consent', purposes: ['newsletter'], article: 'GDPR Art. 7(3)' }),
    ]);
    const otherPurpose = await call('POST', '/api/restrictions/check', 'operator', {
      people: [{ email: 'fenna@example.org' }],
      purpose: 'billing',
    });
    expect(
      ((await otherPurpose.json()) as { results: { restricted: boolean }[] }).results[0]!.restricted,
    ).toBe(false);
  });

  it('names what is wrong with a batch', async () => {
    const empty = await call('POST', '/api/restrictions/check', 'operator', { people: [{}] });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toContain('body.people.0');
    const tooMany = await call('POST', '/api/restrictions/check', 'operator', {
      people: Array.from({ length: 1001 }, (_, i) => ({ email: `p${i}@example.org` })),
    });
    expect(tooMany.status).toBe(400);
    const badScope = await call('POST', '/api/restrictions/check', 'operator', {
      people: [{ email: 'a@example.org' }],
      scope: 'everything',
    });
    expect(((await badScope.json()) as { error: { message: string } }).error.message).toContain('body.scope');
  });

  it('lists entries to any role and lets operators lift one, with reasons, once', async () => {
    const list = await call('GET', '/api/restrictions', 'auditor');
    expect(list.status).toBe(200);
    const { entries } = (await list.json()) as {
      entries: { id: number; scope: string; request: string | null }[];
    };
    const entry = entries.find((e) => e.scope === 'consent')!;
    expect(entry.request).toBeNull();

    expect(
      (await call('POST', `/api/restrictions/${entry.id}/lift`, 'auditor', { reasons: 'x' })).status,
    ).toBe(403);
    const noReasons = await call('POST', `/api/restrictions/${entry.id}/lift`, 'operator', {});
    expect(noReasons.status).toBe(400);
    expect(await noReasons.text()).toContain('body.reasons');
    const lifted = await call('POST', `/api/restrictions/${entry.id}/lift`, 'operator', {
      reasons: 'Opnieuw toestemming gegeven via het klantportaal.',
    });
    expect(lifted.status).toBe(200);
    expect(await lifted.json()).toMatchObject({ entry: { id: entry.id }, notified: false });
    const again = await call('POST', `/api/restrictions/${entry.id}/lift`, 'operator', { reasons: 'x' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('DSR_RESTRICTION_LIFTED');
    expect((await call('POST', '/api/restrictions/999999/lift', 'operator', { reasons: 'x' })).status).toBe(
      404,
    );

    const check = await call('POST', '/api/restrictions/check', 'operator', {
      people: [{ email: 'fenna@example.org' }],
    });
    expect(((await check.json()) as { results: { restricted: boolean }[] }).results[0]!.restricted).toBe(
      false,
    );
  });
});
