import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import { listAudit } from '../../src/audit/records.js';
import { executeRequest } from '../../src/dsr/execute.js';
import { executionDeps } from '../../src/dsr/execution-deps.js';
import type { ExecutionReport } from '../../src/dsr/execution-report.js';
import { createApp } from '../../src/http/app.js';
import { memoryLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { type DemoPerson, pickPerson } from '../helpers/demo-people.js';
import { type DemoStore, demoConfig, freshDemoStore } from '../helpers/demo-store.js';
import { seedUsers, TestBrowser, testClock } from '../helpers/http.js';
import { freshPglite, postgresAvailable } from '../helpers/store.js';

/**
 * A request from the API to its execution report over the API: filed, verified and approved by an
 * operator's token, executed as the worker does, and `GET /api/dsr/{id}/execution` read by an
 * auditor — counts per collection, never a value of the person's.
 */

describe.skipIf(!postgresAvailable)('GET /api/dsr/{id}/execution and /export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-exec-api-'));
  let demo: DemoStore;
  let person: DemoPerson;
  let db: Db;

  beforeAll(async () => {
    const now = testClock()();
    demo = await freshDemoStore('postgres', { customers: 60, now });
    person = await pickPerson(demo, now);
    db = await freshPglite();
  }, 300_000);

  afterAll(async () => {
    await db?.close();
    await demo?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports what an executed access request found per collection, to any role', async () => {
    const config = demoConfig(demo, dir);
    const clock = testClock();
    const policy = await loadPolicyFile(demoPolicyPath);
    const app = createApp({ db, config, policy, clock, log: memoryLogger() });
    const token = async (role: 'operator' | 'auditor') =>
      (await createApiToken(db, { name: role, role }, { actor: 'cli', now: clock() })).secret;
    const operator = await token('operator');
    const auditor = await token('auditor');
    const call = (method: string, path: string, secret: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: {
          authorization: `Bearer ${secret}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    const filed = await call('POST', '/api/dsr', operator, {
      type: 'access',
      email: person.email,
      sendCode: false,
    });
    expect(filed.status).toBe(201);
    const { request } = (await filed.json()) as { request: { id: string; reference: string } };

    const before = (await (
      await call('GET', `/api/dsr/${request.reference}/execution`, auditor)
    ).json()) as ExecutionReport;
    expect(before).toMatchObject({
      request: { reference: request.reference, status: 'received' },
      execution: null,
    });

    expect((await call('POST', `/api/dsr/${request.id}/verify`, operator)).status).toBe(200);
    expect((await call('POST', `/api/dsr/${request.id}/approve`, operator)).status).toBe(200);
    const deps = await executionDeps({ db, config, env: { GRONDSLAG_PII_KEY: 'execution api test key' } });
    await executeRequest(deps, request.id);

    const res = await call('GET', `/api/dsr/${request.id}/execution`, auditor);
    expect(res.status).toBe(200);
    const text = await res.text();
    const report = JSON.parse(text) as ExecutionReport;
    expect(report.execution?.status).toBe('done');
    expect(report.execution?.collections.find((c) => c.collection === 'customers')).toMatchObject({
      found: 1,
      erased: 0,
      status: 'done',
    });
    expect(report.execution?.totals.found).toBe(
      report.execution?.collections.reduce((n, c) => n + c.found, 0),
    );
    expect(report.execution!.totals.found).toBeGreaterThan(1);
    // Counts and field names only: the person's address is nowhere in it.
    expect(text).not.toContain(person.email);

    expect((await call('GET', '/api/dsr/DSR-1999-0001/execution', auditor)).status).toBe(404);

    // The package itself: to operators only, as a ZIP attachment, and every export audited.
    expect((await call('GET', `/api/dsr/${request.id}/export`, auditor)).status).toBe(403);
    const zip = await call('GET', `/api/dsr/${request.id}/export`, operator);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toBe(
      `attachment; filename="${request.reference}-package.zip"`,
    );
    expect(zip.headers.get('cache-control')).toBe('no-store');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      collections: { collection: string; rows: number }[];
    };
    expect(manifest.collections.find((c) => c.collection === 'customers')?.rows).toBe(1);
    expect(strFromU8(files['data/cloudaware/customers.json']!)).toContain(person.email);
    const exported = (await listAudit(db, { limit: 20 })).filter((e) => e.action === 'dsr.exported');
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ subjectId: request.id, actor: expect.stringMatching(/^token:/) });
    expect(JSON.stringify(exported[0]!.data)).not.toContain(person.email);

    // The console offers the same download to a signed-in operator, and none to an auditor.
    const users = await seedUsers(db, clock());
    const staff = new TestBrowser(app);
    expect((await staff.signIn(users.operator!)).status).toBe(303);
    const page = await (await staff.get(`/admin/requests/${request.id}`)).text();
    expect(page).toContain(`href="/api/dsr/${request.id}/export"`);
    const fromConsole = await staff.get(`/api/dsr/${request.id}/export`);
    expect(fromConsole.status).toBe(200);
    expect(unzipSync(new Uint8Array(await fromConsole.arrayBuffer()))['manifest.json']).toBeDefined();
    const auditorBrowser = new TestBrowser(app);
    expect((await auditorBrowser.signIn(users.auditor!)).status).toBe(303);
    const auditorPage = await (await auditorBrowser.get(`/admin/requests/${request.id}`)).text();
    expect(auditorPage).toContain('grondslag dsr export');
    expect(auditorPage).not.toContain(`/api/dsr/${request.id}/export`);
    expect((await listAudit(db, { limit: 50 })).filter((e) => e.action === 'dsr.exported')).toHaveLength(2);
  });

  it('answers 409 DSR_NOT_EXECUTED for the export of a request not yet executed', async () => {
    const config = demoConfig(demo, dir);
    const clock = testClock();
    const policy = await loadPolicyFile(demoPolicyPath);
    const app = createApp({ db, config, policy, clock, log: memoryLogger() });
    const secret = (
      await createApiToken(db, { name: 'op2', role: 'operator' }, { actor: 'cli', now: clock() })
    ).secret;
    const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
    const filed = await app.request('/api/dsr', {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'erasure', email: 'not-yet@example.org', sendCode: false }),
    });
    const { request } = (await filed.json()) as { request: { id: string } };
    const res = await app.request(`/api/dsr/${request.id}/export`, { headers });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('DSR_NOT_EXECUTED');
  });
});
