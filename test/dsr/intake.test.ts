import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/audit/records.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { submitRequest } from '../../src/dsr/intake.js';
import { withdraw } from '../../src/dsr/request.js';
import {
  listEvents,
  listMessages,
  listRequests,
  loadIdentity,
  transitionRequest,
} from '../../src/dsr/store.js';
import type { Db } from '../../src/store/db.js';
import { databaseText, dsrTestDeps } from '../helpers/dsr.js';
import { testStores } from '../helpers/store.js';

describe.each(testStores)('request intake on $name', (store) => {
  let db: Db;
  let close: () => Promise<void>;
  let deps: Awaited<ReturnType<typeof dsrTestDeps>>;

  beforeAll(async () => {
    if (!store.available) return;
    const s = await store.open();
    db = s.db;
    close = s.close;
    deps = await dsrTestDeps(db);
  });
  afterAll(async () => {
    await close?.();
  });

  it.skipIf(!store.available)(
    'files a request with its deadline and keeps identity and text only sealed',
    async () => {
      const { request, grouped } = await submitRequest(deps, {
        details: { type: 'access' },
        identity: { email: 'Marieke.Visser@Example.nl', phone: '06-12345678', customerNumber: 'ca-100234' },
        channel: 'api',
        language: 'nl',
        text: 'Ik wil graag weten welke gegevens u van mij heeft, mijn IBAN is NL91ABNA0417164300.',
        actor: 'cli',
      });
      expect(grouped).toBe(false);
      expect(request.reference).toMatch(/^DSR-2026-\d{4}$/);
      expect(request.status).toBe('received');
      // Received 2 March 2026 09:00 UTC (the test clock): due 28 days later.
      expect(request.dueAt.toISOString()).toBe('2026-03-30T09:00:00.000Z');

      expect(await loadIdentity(db, deps.sealer, request.id)).toEqual({
        email: 'Marieke.Visser@Example.nl',
        phone: '06-12345678',
        customerNumber: 'ca-100234',
      });
      const [message] = await listMessages(db, deps.sealer, request.id);
      expect(message?.body).toContain('welke gegevens');

      const everything = await databaseText(db);
      for (const secret of ['Marieke', 'marieke', '12345678', '100234', 'NL91ABNA', 'welke gegevens']) {
        expect(everything, secret).not.toContain(secret);
      }
      const audit = await listAudit(db, { limit: 50 });
      expect(audit.some((a) => a.action === 'dsr.received' && a.subjectId === request.id)).toBe(true);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    },
  );

  it.skipIf(!store.available)(
    'groups a second open request of the same address and type, and nothing else',
    async () => {
      const first = await submitRequest(deps, {
        details: { type: 'erasure' },
        identity: { email: 'jan@example.org', phone: '+31 6 11112222' },
        channel: 'portal',
        language: 'nl',
        actor: 'person',
      });
      // Same address in another case: grouped.
      const again = await submitRequest(deps, {
        details: { type: 'erasure' },
        identity: { email: 'JAN@example.org' },
        channel: 'portal',
        language: 'nl',
        text: 'Nogmaals: verwijder alles.',
        actor: 'person',
      });
      expect(again.grouped).toBe(true);
      expect(again.request.id).toBe(first.request.id);
      // Another address with the same phone number is not grouped: a shared line can be another
      // person, and grouping would send their answer to this mailbox.
      const byPhone = await submitRequest(deps, {
        details: { type: 'erasure' },
        identity: { email: 'jan.other@example.org', phone: '06 1111 2222' },
        channel: 'email',
        language: 'nl',
        actor: 'person',
      });
      expect(byPhone.grouped).toBe(false);
      expect(byPhone.request.id).not.toBe(first.request.id);
      // Another type is another request.
      const access = await submitRequest(deps, {
        details: { type: 'access' },
        identity: { email: 'jan@example.org' },
        channel: 'portal',
        language: 'nl',
        actor: 'person',
      });
      expect(access.grouped).toBe(false);
      expect(access.request.id).not.toBe(first.request.id);

      const events = await listEvents(db, first.request.id);
      expect(events.filter((e) => e.kind === 'duplicate_received')).toHaveLength(1);
      expect((await listMessages(db, deps.sealer, first.request.id)).map((m) => m.body)).toContain(
        'Nogmaals: verwijder alles.',
      );
    },
  );

  it.skipIf(!store.available)('does not group into a closed request', async () => {
    const first = await submitRequest(deps, {
      details: { type: 'restriction' },
      identity: { email: 'closed@example.org' },
      channel: 'portal',
      language: 'en',
      actor: 'person',
    });
    await transitionRequest(db, deps.sealer, first.request.id, (r) =>
      withdraw(r, { by: 'person' }, deps.clock()),
    );
    const next = await submitRequest(deps, {
      details: { type: 'restriction' },
      identity: { email: 'closed@example.org' },
      channel: 'portal',
      language: 'en',
      actor: 'person',
    });
    expect(next.grouped).toBe(false);
    expect(next.request.id).not.toBe(first.request.id);
  });

  it.skipIf(!store.available)('makes one request of simultaneous submissions by one person', async () => {
    const submit = () =>
      submitRequest(deps, {
        details: { type: 'portability', destination: { kind: 'person' } },
        identity: { email: 'race@example.org' },
        channel: 'api',
        language: 'en',
        actor: 'cli',
      });
    const results = await Promise.all([submit(), submit(), submit(), submit()]);
    expect(new Set(results.map((r) => r.request.id)).size).toBe(1);
    expect(results.filter((r) => !r.grouped)).toHaveLength(1);
    const open = (await listRequests(db, deps.sealer, { open: true })).filter(
      (r) => r.type === 'portability',
    );
    expect(open).toHaveLength(1);
    expect(open[0]?.duplicates).toBe(3);
  });
});
