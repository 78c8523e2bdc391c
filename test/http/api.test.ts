import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import { openApiPath } from '../../src/http/api/openapi.js';
import { accessApiRoutes } from '../../src/http/routes/api-access.js';
import { auditApiRoutes } from '../../src/http/routes/api-audit.js';
import { policyApiRoutes } from '../../src/http/routes/api-policy.js';
import { healthRoutes } from '../../src/http/routes/health.js';
import type { Db } from '../../src/store/db.js';
import { seedUsers, testApp } from '../helpers/http.js';
import { freshPglite } from '../helpers/store.js';

type Json = Record<string, unknown>;

describe('server basics', () => {
  let db: Db;
  let t: Awaited<ReturnType<typeof testApp>>;
  let auditorToken: string;
  beforeAll(async () => {
    db = await freshPglite();
    t = await testApp(db);
    await seedUsers(db, t.clock());
    ({ secret: auditorToken } = await createApiToken(
      db,
      { name: 'ci', role: 'auditor' },
      { actor: 'cli', now: t.clock() },
    ));
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers /healthz with the database driver after checking it', async () => {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: 'pglite' });
  });

  it('reports an unavailable database on /healthz as an error with a stable code', async () => {
    const broken = await freshPglite();
    const app = (await testApp(broken)).app;
    await broken.close();
    const res = await app.request('/healthz');
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: Json }).error.code).toBe('DB_UNAVAILABLE');
  });

  it('answers an unknown route with 404 NOT_FOUND as JSON', async () => {
    const res = await t.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('sets the security headers on every kind of response', async () => {
    for (const path of ['/', '/admin', '/api/nothing', '/healthz', '/assets/grondslag.css']) {
      const res = await t.app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      // Only the portal runs a script: the statistics tracker, a file from this origin (src/stats/).
      if (path === '/') expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      else expect(csp, path).not.toMatch(/script-src/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('publishes an OpenAPI 3.1 document that lists every /api route the app serves, with its method', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, Json>> };
    expect(doc.openapi).toBe('3.1.0');
    const served = t.app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL');
    expect(served.length).toBeGreaterThan(5);
    for (const r of served) {
      const op = doc.paths[openApiPath(r.path)]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(typeof op?.operationId).toBe('string');
    }
    // Request bodies in the document are the schemas that validate them.
    const create = doc.paths['/api/users']?.post as {
      requestBody: { content: Record<string, { schema: Json }> };
    };
    const schema = create.requestBody.content['application/json']?.schema as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'role']));
  });

  it('rejects a body that is not JSON with 400 BAD_JSON', async () => {
    const res = await t.app.request('/api/tokens', {
      method: 'POST',
      headers: { authorization: `Bearer ${auditorToken}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    // The auditor may not create tokens at all: access is decided before the body is read.
    expect(res.status).toBe(403);
    const { secret } = await createApiToken(
      db,
      { name: 'dpo-script', role: 'dpo' },
      { actor: 'cli', now: t.clock() },
    );
    const bad = await t.app.request('/api/tokens', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_JSON' } });
  });

  it('rejects invalid input with 400 VALIDATION_FAILED naming the field', async () => {
    const { secret } = await createApiToken(
      db,
      { name: 'dpo-2', role: 'dpo' },
      { actor: 'cli', now: t.clock() },
    );
    const res = await t.app.request('/api/users', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'new@example.org', role: 'superuser' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; details: Json[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain('body.role');
    expect(body.error.details[0]).toMatchObject({ path: 'body.role' });
  });

  it('logs one line per request with the route pattern, never the query string or the body', async () => {
    const before = t.log.entries.length;
    await t.app.request('/api/register?lang=en&email=jan@example.nl', {
      headers: { authorization: `Bearer ${auditorToken}`, 'x-request-id': 'req-abcdef12' },
    });
    const lines = t.log.entries.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/api/register',
      status: 200,
      requestId: 'req-abcdef12',
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('jan@example.nl');
    expect(JSON.stringify(lines)).not.toContain('lang=en');
  });

  it('logs the pattern, not the id, for a path with a parameter', async () => {
    const before = t.log.entries.length;
    await t.app.request('/api/users/0b7c6f9e-1111-4222-8333-944455556666', {
      method: 'PATCH',
      headers: { authorization: `Bearer ${auditorToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(t.log.entries.slice(before)[0]).toMatchObject({ route: '/api/users/:id', status: 403 });
  });
  it('answers every GET endpoint that needs no parameters with a body its documented response schema accepts', async () => {
    const { secret } = await createApiToken(
      db,
      { name: 'reader', role: 'dpo' },
      { actor: 'cli', now: t.clock() },
    );
    const routes = [...healthRoutes, ...accessApiRoutes, ...policyApiRoutes, ...auditApiRoutes].filter(
      // Those that need no parameters at all: no path parameters, no required query parameters.
      (r) => r.method === 'get' && !r.path.includes(':') && (!r.query || r.query.safeParse({}).success),
    );
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      const res = await t.app.request(route.path, { headers: { authorization: `Bearer ${secret}` } });
      expect(res.status, route.path).toBe(200);
      const parsed = route.response.safeParse(await res.json());
      expect(parsed.success, `${route.path}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('exports the audit log of a period for an auditor, and names a missing parameter', async () => {
    const from = new Date(t.clock().getTime() - 3_600_000).toISOString();
    const to = new Date(t.clock().getTime() + 3_600_000).toISOString();
    const res = await t.app.request(`/api/audit/export?from=${from}&to=${to}`, {
      headers: { authorization: `Bearer ${auditorToken}` },
    });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      format: string;
      entries: { action: string }[];
      verification: { ok: boolean };
    };
    expect(doc.format).toBe('grondslag.audit-export.v1');
    expect(doc.verification.ok).toBe(true);
    expect(doc.entries.map((e) => e.action)).toContain('api_token.created');
    const missing = await t.app.request(`/api/audit/export?from=${from}`, {
      headers: { authorization: `Bearer ${auditorToken}` },
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('query.to');
  });
});
