import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresConnector } from '../src/connectors/postgres/connector.js';
import { pgliteDriver } from '../src/connectors/postgres/driver.js';
import { createSealer } from '../src/crypto/sealed.js';
import { parseDatamap } from '../src/datamap/load.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { bindRetention } from '../src/retention/bind.js';
import { expiredHoldsText } from '../src/retention/hold-alerts.js';
import { addHold, holdStatus, type LegalHold, listHolds, releaseHold } from '../src/retention/holds.js';
import { planRetention, type RetentionDeps } from '../src/retention/plan.js';
import { sweepRetention } from '../src/retention/sweep.js';
import { fixedConnectors } from '../src/retention/systems.js';
import type { Db } from '../src/store/db.js';
import { freshPglite } from './helpers/store.js';

/**
 * Legal holds on a small telecom store: call records of four numbers, one a day for 400 days before
 * 2026-06-01. Holds by number, by time window, and both; what the law lets a hold extend; the audit
 * trail; and the DPO's alert when an order expires.
 */

const datamapText = `
version: 1
systems:
  telecom:
    collections:
      subscribers:
        primaryKey: [id]
        retention: { rule: customer_data, clock: closed_at }
        fields:
          id: { type: integer }
          phone: { type: text, categories: [phone], identity: phone }
          closed_at: { type: date }
      call_records:
        primaryKey: [id]
        retention: { rule: telecom_traffic, clock: started_at }
        fields:
          id: { type: integer }
          msisdn: { type: text, categories: [telecom_traffic], identity: phone }
          other_party: { type: text, categories: [telecom_traffic], identity: phone }
          started_at: { type: timestamp }
`;

const AT = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const numbers = ['+31612345001', '+31612345002', '+31612345003', '+31612345004'];
/** Call c (0..1599): number c mod 4 called the next number, on day floor(c / 4) before AT. */
const callDay = (c: number) => new Date(AT.getTime() - (Math.floor(c / 4) + 1) * DAY);

describe('legal holds', () => {
  let state: Db;
  let pg: PGlite;
  let deps: RetentionDeps;
  const ctx = (now = new Date('2026-05-20T10:00:00Z')) => ({ actor: 'user:dpo-1', now });
  const order = {
    reference: 'OM-2026-0412',
    authority: 'Officier van Justitie, Den Haag',
    issuedOn: '2026-05-01',
  };

  beforeEach(async () => {
    state = await freshPglite();
    pg = await PGlite.create();
    await pg.exec(`create table subscribers (id bigint primary key, phone text not null, closed_at date);
      create table call_records (id bigint primary key, msisdn text not null, other_party text not null, started_at timestamptz not null)`);
    await pg.exec(
      `insert into subscribers values ${numbers.map((n, i) => `(${i + 1}, '${n}', null)`).join(',')}`,
    );
    const calls = Array.from(
      { length: 1600 },
      (_, c) => `(${c}, '${numbers[c % 4]}', '${numbers[(c + 1) % 4]}', '${callDay(c).toISOString()}')`,
    );
    await pg.exec(`insert into call_records values ${calls.join(',')}`);
    deps = {
      db: state,
      policy: (await loadPolicyFile(new URL('../examples/cloudaware/policy.yaml', import.meta.url).pathname))
        .policy,
      datamap: parseDatamap(datamapText, 'datamap.yaml').datamap,
      systems: fixedConnectors({ telecom: postgresConnector('telecom', pgliteDriver(pg), 'pglite') }),
      sealer: createSealer(randomBytes(32)),
    };
  });
  afterEach(async () => {
    await deps.systems.close();
    await state.close();
  });

  const bindings = () => bindRetention(deps.policy, deps.datamap);
  const callsPlan = async () =>
    (await planRetention(deps, { at: AT, weeks: 0 })).rules
      .find((r) => r.rule === 'telecom_traffic')!
      .collections.find((c) => c.collection === 'call_records')!;
  // Calls older than a year: days 366..400 before AT, i.e. calls 1460..1599 (140 calls).
  const oldCalls = 140;

  it('keeps the calls of a number under a forensic order, and stores the number only sealed', async () => {
    const { hold, coverage } = await addHold(
      state,
      deps.sealer,
      bindings(),
      deps.datamap,
      { ...order, identity: { kind: 'phone', value: '06-12345001' } },
      ctx(),
    );
    expect(coverage).toEqual({ covers: ['telecom.call_records'], notExtendable: ['telecom.subscribers'] });
    // Number 1 is caller or callee in half of the old calls (msisdn c%4=0, other party c%4=3).
    const plan = await callsPlan();
    expect([plan.due, plan.held]).toEqual([oldCalls / 2, oldCalls / 2]);

    const report = await sweepRetention(deps, { at: AT, actor: 'cli' });
    expect(report.runs[0]!.rules.find((r) => r.rule === 'telecom_traffic')).toMatchObject({
      deleted: 70,
      held: 70,
    });
    const left = await pg.query<{ n: number }>(
      `select count(*)::int as n from call_records where started_at < '2025-06-01' and '+31612345001' in (msisdn, other_party)`,
    );
    expect(left.rows[0]!.n).toBe(70);

    const stored = await state.query<Record<string, unknown>>(
      'select * from grondslag.retention_hold where id = $1',
      [hold.id],
    );
    const audit = await state.query<{ text: string }>(
      `select string_agg(data::text, ' ') as text from grondslag.audit_log`,
    );
    for (const text of [JSON.stringify(stored.rows), audit.rows[0]!.text]) {
      expect(text).not.toContain('12345001');
    }
  });

  it('keeps a time window of a collection, for everyone in it', async () => {
    await addHold(
      state,
      deps.sealer,
      bindings(),
      deps.datamap,
      {
        ...order,
        collection: 'call_records',
        window: { from: new Date(AT.getTime() - 380 * DAY), to: new Date(AT.getTime() - 370 * DAY) },
      },
      ctx(),
    );
    // Days 371..380 before AT: ten days of four calls.
    const plan = await callsPlan();
    expect([plan.due, plan.held]).toEqual([oldCalls - 40, 40]);
  });

  it('keeps only a number’s calls inside the window when a hold names both', async () => {
    await addHold(
      state,
      deps.sealer,
      bindings(),
      deps.datamap,
      {
        ...order,
        identity: { kind: 'phone', value: '+31612345002' },
        window: { from: new Date(AT.getTime() - 380 * DAY), to: new Date(AT.getTime() - 370 * DAY) },
      },
      ctx(),
    );
    // Number 2 is in two of each day's four calls: 20 in the ten days.
    expect((await callsPlan()).held).toBe(20);
  });

  it('refuses holds on data the statement gives no forensic exception, and incomplete orders', async () => {
    await expect(
      addHold(state, deps.sealer, bindings(), deps.datamap, { ...order, collection: 'subscribers' }, ctx()),
    ).rejects.toMatchObject({ code: 'HOLD_NOT_EXTENDABLE', kind: 'input' });
    await expect(
      addHold(
        state,
        deps.sealer,
        bindings(),
        deps.datamap,
        { ...order, reference: ' ', identity: { kind: 'phone', value: '+31612345001' } },
        ctx(),
      ),
    ).rejects.toMatchObject({ code: 'HOLD_INVALID' });
    await expect(
      addHold(
        state,
        deps.sealer,
        bindings(),
        deps.datamap,
        { ...order, expiresOn: '2026-04-01', collection: 'call_records' },
        ctx(),
      ),
    ).rejects.toMatchObject({ code: 'HOLD_INVALID' });
    expect(await listHolds(state, { includeReleased: true })).toEqual([]);
  });

  it('releases a hold once, audited, after which its calls are due again', async () => {
    const { hold } = await addHold(
      state,
      deps.sealer,
      bindings(),
      deps.datamap,
      { ...order, identity: { kind: 'phone', value: '+31612345001' } },
      ctx(),
    );
    const released = await releaseHold(state, hold.id, 'order lifted by the court', ctx());
    expect(holdStatus(released, AT)).toBe('released');
    await expect(releaseHold(state, hold.id, 'again', ctx())).rejects.toMatchObject({
      code: 'HOLD_ALREADY_RELEASED',
      kind: 'conflict',
    });
    expect((await callsPlan()).held).toBe(0);
    const audit = await state.query<{ action: string; subject_id: string; actor: string }>(
      `select action, subject_id, actor from grondslag.audit_log order by seq`,
    );
    expect(audit.rows).toEqual([
      { action: 'retention.hold_added', subject_id: hold.id, actor: 'user:dpo-1' },
      { action: 'retention.hold_released', subject_id: hold.id, actor: 'user:dpo-1' },
    ]);
  });

  it('stops protecting after its last day, and alerts the DPO exactly once', async () => {
    await addHold(
      state,
      deps.sealer,
      bindings(),
      deps.datamap,
      {
        ...order,
        expiresOn: '2026-05-31',
        identity: { kind: 'phone', value: '+31612345001' },
      },
      ctx(),
    );
    const told: LegalHold[][] = [];
    const notifyExpired = async (holds: LegalHold[]) => {
      told.push(holds);
    };
    const first = await sweepRetention(deps, {
      at: AT,
      actor: 'system:retention',
      clock: () => AT,
      notifyExpired,
    });
    const second = await sweepRetention(deps, {
      at: AT,
      actor: 'system:retention',
      clock: () => AT,
      notifyExpired,
    });
    expect(first.expiredHolds.map((h) => h.reference)).toEqual(['OM-2026-0412']);
    expect(second.expiredHolds).toEqual([]);
    expect(told).toHaveLength(1);
    // The expired hold kept nothing: every old call went in the first run.
    expect(first.runs[0]!.rules.find((r) => r.rule === 'telecom_traffic')?.deleted).toBe(oldCalls);
    const text = expiredHoldsText(told[0]!);
    expect(text).toContain(
      'OM-2026-0412 (Officier van Justitie, Den Haag), issued 2026-05-01, expired after 2026-05-31',
    );
    expect(text).not.toContain('12345001');
    const expired = await state.query<{ n: number }>(
      `select count(*)::int as n from grondslag.audit_log where action = 'retention.hold_expired'`,
    );
    expect(expired.rows[0]!.n).toBe(1);
  });
});
