import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnector } from '../src/connectors/open.js';
import { loadDatamapFile } from '../src/datamap/load.js';
import type { Datamap } from '../src/datamap/schema.js';
import type { ErasureCertificate } from '../src/dsr/certificate.js';
import { type ExecutionDeps, executeRequest } from '../src/dsr/execute.js';
import { loadPackage } from '../src/dsr/package/package-store.js';
import { reissuePackageLink } from '../src/dsr/package-link.js';
import { isRestricted, restrictedKeys } from '../src/dsr/restriction.js';
import { renderExecutionPanel } from '../src/http/views/dsr-execution-panel.js';
import { createMailer, type Mailer } from '../src/mail/mailer.js';
import { demoDatamapPath } from '../src/paths.js';
import type { Policy } from '../src/policy/schema.js';
import type { Db } from '../src/store/db.js';
import { addSimilarPerson, type DemoPerson, pickPerson } from './helpers/demo-people.js';
import { type DemoStore, freshDemoStore } from './helpers/demo-store.js';
import { databaseText } from './helpers/dsr.js';
import { dsrTestApp } from './helpers/dsr-app.js';
import { approvedRequest } from './helpers/dsr-requests.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';
import { freshPglite, postgresAvailable } from './helpers/store.js';

/**
 * What execution produces besides changed rows, on the CloudAware demo store: the package pushed to
 * another organisation (Art. 20(2)) and downloaded through the portal link, rectification with its
 * Art. 19 notifications by e-mail and webhook, the restriction list for an objection to direct
 * marketing, and an erasure that a legal hold holds back.
 */

const NOW = new Date('2026-06-15T00:00:00Z');

/** An HTTP receiver on 127.0.0.1 that records every POST. */
async function receiver(): Promise<{
  url: string;
  posts: { path: string; headers: IncomingHttpHeaders; body: unknown }[];
  close(): Promise<void>;
}> {
  const posts: { path: string; headers: IncomingHttpHeaders; body: unknown }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      posts.push({
        path: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, posts, close: () => new Promise((r) => server.close(() => r())) };
}

describe.skipIf(!postgresAvailable)('what a request’s execution produces', () => {
  let demo: DemoStore;
  let db: Db;
  let app: Awaited<ReturnType<typeof dsrTestApp>>;
  let datamap: Datamap;
  let person: DemoPerson;
  let smtp: SmtpSink;
  let mailer: Mailer;
  let http: Awaited<ReturnType<typeof receiver>>;
  let policy: Policy;

  beforeAll(async () => {
    demo = await freshDemoStore('postgres', { customers: 120, now: NOW });
    person = await pickPerson(demo, NOW);
    await addSimilarPerson(demo, person);
    db = await freshPglite();
    smtp = await startSmtpSink();
    app = await dsrTestApp(db, smtp);
    mailer = createMailer(smtp.config);
    http = await receiver();
    datamap = (await loadDatamapFile(demoDatamapPath)).datamap;
    // The register's recipients, reachable for Art. 19: one by e-mail, one by webhook.
    policy = {
      ...app.policy.policy,
      recipients: app.policy.policy.recipients.map((r) =>
        r.id === 'contract_third_parties'
          ? { ...r, contact: 'mailto:privacy@partner.test' }
          : { ...r, contact: `${http.url}/art19` },
      ),
    };
  }, 300_000);

  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await http?.close();
    await db?.close();
    await demo?.drop();
  });

  const deps = (extra: Partial<ExecutionDeps> = {}): ExecutionDeps => ({
    db,
    sealer: app.sealer,
    policy,
    datamap,
    openSystem: (name) => openConnector(name, demo.systems[name]!),
    clock: () => NOW,
    piiKey: 'outputs test key',
    // The receivers run on the loopback interface without TLS; only tests allow that.
    outputs: { mailer, allowLoopbackHttp: true },
    ...extra,
  });

  it('sends a portability package to another organisation’s endpoint, and the person downloads the same package', async () => {
    const request = await approvedRequest(db, app.sealer, policy, {
      details: {
        type: 'portability',
        destination: {
          kind: 'controller',
          organisation: 'Nieuwe Provider B.V.',
          endpoint: `${http.url}/import`,
        },
      },
      identity: { email: person.email },
      language: 'en',
      now: NOW,
    });
    const exec = await executeRequest(deps(), request.id);
    expect(exec.outcome?.transmission).toEqual({ organisation: 'Nieuwe Provider B.V.', status: 'sent' });

    const post = http.posts.find((p) => p.path === '/import')!;
    expect(post.headers['idempotency-key']).toBe(`${request.id}:portability`);
    const body = post.body as {
      manifest: { requestId: string };
      data: Record<string, { id?: string | number }[]>;
    };
    expect(body.manifest.requestId).toBe(request.id);
    expect(body.data['cloudaware/customers']!.map((r) => Number(r.id))).toEqual([person.id]);

    // The portal's download link serves the package, unsealed, and counts the download.
    const link = await db.transaction((tx) => reissuePackageLink(tx, request.id, app.clock()));
    const res = await app.app.request(`/request/download/${link!.token}/file`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes).equals((await loadPackage(db, app.sealer, request.id)).zip)).toBe(true);
    const report = strFromU8(unzipSync(bytes)['report.html']!);
    expect(report).toContain('<html lang="en">');
    expect(report).toContain('Autoriteit Persoonsgegevens');

    // What stays in Grondslag's store names no one: the package is sealed, the key sets are gone.
    const stored = await databaseText(db);
    for (const id of [person.email, person.lastName, person.phone, ...person.ips])
      expect(stored).not.toContain(id);
  }, 120_000);

  it('corrects a field through the connector and tells every recipient with a contact (Art. 19)', async () => {
    const request = await approvedRequest(db, app.sealer, policy, {
      details: {
        type: 'rectification',
        changes: [{ field: 'cloudaware.customers.street', value: 'Nieuwe Gracht' }],
      },
      identity: { email: person.email },
      now: NOW,
    });
    const exec = await executeRequest(deps(), request.id);
    expect(exec.outcome?.rectification).toEqual({ updated: 1 });
    const [row] = await demo.sql<{ street: string; first_name: string }>(
      'select street, first_name from customers where id = ?',
      [person.id],
    );
    expect(row).toEqual({ street: 'Nieuwe Gracht', first_name: person.firstName });

    const mail = await smtp.waitForMail('privacy@partner.test');
    expect(mail.subject).toContain(request.reference);
    expect(mail.text).toContain(person.email);
    const hook = http.posts.find((p) => p.path === '/art19')!;
    expect(hook.body).toMatchObject({
      type: 'art19_notification',
      action: 'rectification',
      reference: request.reference,
    });
    const { rows } = await db.query<{ recipient: string; channel: string; status: string }>(
      'select recipient, channel, status from grondslag.dsr_notification where request_id = $1 order by recipient',
      [request.id],
    );
    expect(rows).toEqual([
      { recipient: 'contract_third_parties', channel: 'email', status: 'sent' },
      { recipient: 'legal_third_parties', channel: 'webhook', status: 'sent' },
    ]);
  }, 120_000);

  it('puts a person who objects to direct marketing on the suppression list, without touching their data', async () => {
    const before = await demo.sql('select * from customers where id = ?', [person.id]);
    const request = await approvedRequest(db, app.sealer, policy, {
      details: { type: 'objection', ground: 'direct_marketing', purposes: [] },
      identity: { email: person.email },
      now: NOW,
    });
    expect(
      await isRestricted(db, app.sealer, { email: person.email }, { scope: 'direct_marketing' }),
    ).toMatchObject({ restricted: false });
    await executeRequest(deps(), request.id);
    expect(
      await isRestricted(
        db,
        app.sealer,
        { email: person.email.toUpperCase() },
        { scope: 'direct_marketing' },
      ),
    ).toMatchObject({
      restricted: true,
    });
    expect(
      (await isRestricted(db, app.sealer, { email: person.email }, { purpose: 'service_updates' }))
        .restricted,
    ).toBe(true);
    expect(
      (await isRestricted(db, app.sealer, { email: person.email }, { purpose: 'tax_obligations' }))
        .restricted,
    ).toBe(false);
    expect(await demo.sql('select * from customers where id = ?', [person.id])).toEqual(before);
    expect((await restrictedKeys(db, 'cloudaware', 'customers'))[0]?.values).toContain(String(person.id));
  }, 120_000);

  it('keeps the call records a legal hold covers when the person is erased, and says why', async () => {
    const phones = (
      await demo.sql<{ phone: string }>('select phone from contacts where customer_id = ?', [person.id])
    ).map((r) => r.phone);
    const heldCalls = await demo.sql<{ id: number | string }>(
      `select id from call_records where msisdn = ? or other_party = ?`,
      [person.phone, person.phone],
    );
    expect(heldCalls.length).toBeGreaterThan(0);
    const request = await approvedRequest(db, app.sealer, policy, {
      details: { type: 'erasure' },
      identity: { email: person.email },
      now: NOW,
    });
    const exec = await executeRequest(
      deps({
        holds: async () => [{ id: 'hold-om-2026-17', identity: { kind: 'phone', values: [person.phone] } }],
      }),
      request.id,
    );
    const kept = await demo.sql<{ id: number | string }>(
      `select id from call_records where id in (${heldCalls.map(() => '?').join(', ')})`,
      heldCalls.map((c) => c.id),
    );
    expect(kept.map((r) => Number(r.id)).sort()).toEqual(heldCalls.map((r) => Number(r.id)).sort());
    // Calls of the customer's other numbers are not under the hold and are gone.
    const others = phones.filter((p) => p !== person.phone);
    if (others.length > 0) {
      const left = await demo.sql(
        `select id from call_records where (msisdn in (${others.map(() => '?').join(', ')})) and msisdn <> ? and other_party <> ?`,
        [...others, person.phone, person.phone],
      );
      expect(left).toEqual([]);
    }
    const cert = exec.outcome!.certificate as ErasureCertificate;
    const calls = cert.collections.find((c) => c.collection === 'call_records')!;
    expect(calls.keptFor).toEqual([
      { reason: 'legal_hold', article: 'GDPR Art. 17(3)(e)', rows: heldCalls.length },
    ]);
    expect(await restrictedKeys(db, 'cloudaware', 'call_records')).toEqual([
      { field: 'id', values: heldCalls.map((c) => String(c.id)).sort() },
    ]);

    // The console's request page shows the same, without any of the person's data.
    const panel = (await renderExecutionPanel({ db, sealer: app.sealer, config: app.config, request }))!
      .value;
    expect(panel).toContain(
      `cloudaware.call_records: ${heldCalls.length} kept — legal hold (GDPR Art. 17(3)(e))`,
    );
    expect(panel).toMatch(/Erasure certificate: \d+ erased/);
    for (const id of [person.email, person.lastName, person.phone]) expect(panel).not.toContain(id);
  }, 120_000);
});
