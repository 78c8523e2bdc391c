import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import type { Role } from '../../src/access/roles.js';
import type { Db } from '../../src/store/db.js';
import { dsrTestApp } from '../helpers/dsr-app.js';
import { codeIn, type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/** `POST /api/dsr` and the read endpoints, with API tokens as automation uses them. */

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
