import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import {
  cli,
  type DemoDatabase,
  dateLit,
  demoEngines,
  logLineTimes,
  seedDemo,
  ts,
  writeDemoConfig,
} from './helpers/retention-demo.js';

/**
 * The retention promises of the seed statement, enforced on the CloudAware demo store (PostgreSQL and
 * MariaDB, with its nginx logs) through the CLI: the plan counts exactly what hand-written queries
 * count, a run removes exactly that — keeping the rows a legal hold covers and the records still in
 * their tax period — and a second run finds nothing left to do.
 */

const AT = '2026-07-15';
const CUT = { telecom: '2025-07-15', customer: '2019-07-15', logs: '2025-07-15', stats: '2026-04-15' };

interface PlanJson {
  rules: {
    rule: string;
    due: number;
    held: number;
    collections: {
      key: string;
      due: number;
      held: number;
      unlinks: { collection: string; rows: number }[];
    }[];
  }[];
}

describe.each(demoEngines)(
  'retention on the CloudAware demo store ($name)',
  { timeout: 300_000 },
  (engine) => {
    const it_ = it.skipIf(!engine.available);
    let dir: string;
    let logs: string;
    let config: string;
    let db: DemoDatabase;
    let phone: string;
    const expected: Record<string, string> = {};
    const heldSql: Record<string, string> = {};
    const counted: Record<string, number> = {};
    const taxPeriod: Record<string, number> = {};
    let unlinkedSessions: number[] = [];
    let logsDue = 0;

    const run = (args: string[], stdin?: string) => cli([...args, '--config', config], { cwd: dir, stdin });

    beforeAll(async () => {
      if (!engine.available) return;
      dir = mkdtempSync(join(tmpdir(), `grondslag-retention-${engine.name}-`));
      logs = join(dir, 'logs');
      db = await engine.create();
      config = writeDemoConfig(dir, engine, db.url, logs);
      await seedDemo(config, dir, logs, 500);

      const T = (iso: string) => ts(engine.name, iso);
      const D = dateLit;
      // The number with the most old call records is put under a forensic order.
      const busiest = await db.rows<{ msisdn: string }>(
        `select msisdn from call_records where started_at < ${T(CUT.telecom)} group by msisdn order by count(*) desc, msisdn limit 1`,
      );
      phone = busiest[0]!.msisdn;
      const held = `(msisdn = '${phone}' or other_party = '${phone}')`;
      const dueCustomers = `select id from customers where closed_at < ${D(CUT.customer)}`;
      Object.assign(expected, {
        'cloudaware.call_records': `select count(*) from call_records where started_at < ${T(CUT.telecom)} and not ${held}`,
        'cloudaware.location_records': `select count(*) from location_records where recorded_at < ${T(CUT.telecom)} and msisdn <> '${phone}'`,
        'cloudaware.customers': `select count(*) from customers where closed_at < ${D(CUT.customer)}`,
        'cloudaware.contacts': `select count(*) from contacts where customer_id in (${dueCustomers})`,
        'cloudaware.contracts': `select count(*) from contracts where ended_at < ${D(CUT.customer)}`,
        'cloudaware.invoices': `select count(*) from invoices where contract_id in (select id from contracts where ended_at < ${D(CUT.customer)})`,
        'cloudaware.payments': `select count(*) from payments p join invoices i on i.id = p.invoice_id join contracts k on k.id = i.contract_id where k.ended_at < ${D(CUT.customer)}`,
        'cloudaware.support_tickets': `select count(*) from support_tickets where customer_id in (${dueCustomers})`,
        'cloudaware.support_messages': `select count(*) from support_messages m join support_tickets t on t.id = m.ticket_id where t.customer_id in (${dueCustomers})`,
        'cloudaware.marketing_preferences': `select count(*) from marketing_preferences where customer_id in (${dueCustomers})`,
        'cloudaware.web_sessions': `select count(*) from web_sessions where started_at < ${T(CUT.logs)}`,
        'cloudaware.website_statistics': `select count(*) from website_statistics where day < ${D(CUT.stats)}`,
      });
      Object.assign(heldSql, {
        'cloudaware.call_records': `select count(*) from call_records where started_at < ${T(CUT.telecom)} and ${held}`,
        'cloudaware.location_records': `select count(*) from location_records where recorded_at < ${T(CUT.telecom)} and msisdn = '${phone}'`,
      });
      for (const [key, sql] of Object.entries(expected)) counted[key] = await db.count(sql);
      const cutLogs = Date.parse(`${CUT.logs}T00:00:00Z`);
      logsDue = logLineTimes(logs).reduce(
        (n, f) => n + f.times.filter((t) => t.getTime() < cutLogs).length,
        0,
      );
      // Records of the administration still inside their seven years: the run must leave every one.
      taxPeriod.invoices = await db.count(
        `select count(*) from invoices i join contracts k on k.id = i.contract_id where k.ended_at >= ${D(CUT.customer)}`,
      );
      taxPeriod.payments = await db.count(
        `select count(*) from payments p join invoices i on i.id = p.invoice_id join contracts k on k.id = i.contract_id where k.ended_at >= ${D(CUT.customer)} or k.ended_at is null`,
      );
      // Web sessions younger than a year of customers whose seven years are up: kept, but unlinked.
      unlinkedSessions = (
        await db.rows<{ id: number | string }>(
          `select w.id from web_sessions w join customers c on c.id = w.customer_id where c.closed_at < ${D(CUT.customer)} and w.started_at >= ${T(CUT.logs)} order by w.id`,
        )
      ).map((r) => Number(r.id));
    }, 300_000);

    afterAll(async () => {
      await db?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it_('the demo store has something due under every rule, and the hold covers old traffic', () => {
      for (const [key, n] of Object.entries(counted)) expect(n, key).toBeGreaterThan(0);
      expect(logsDue).toBeGreaterThan(0);
      expect(unlinkedSessions.length).toBeGreaterThan(0);
    });

    it_('refuses a legal hold on customer data, which the statement does not let a hold extend', async () => {
      const r = await run([
        'hold',
        'add',
        '--reference',
        'OM-2026-0041',
        '--authority',
        'Officier van Justitie, Den Haag',
        '--issued',
        '2026-05-01',
        '--collection',
        'cloudaware.customers',
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('HOLD_NOT_EXTENDABLE');
    });

    it_('places a forensic order on a phone number, sealed, covering only telecom traffic', async () => {
      const r = await run(
        [
          'hold',
          'add',
          '--reference',
          'OM-2026-0042',
          '--authority',
          'Officier van Justitie, Den Haag',
          '--issued',
          '2026-05-01',
          '--expires',
          '2026-12-31',
          '--identity',
          'phone=-',
          '--json',
        ],
        `${phone}\n`,
      );
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { coverage: { covers: string[]; notExtendable: string[] } };
      expect(out.coverage.covers).toEqual(['cloudaware.call_records', 'cloudaware.location_records']);
      expect(out.coverage.notExtendable).toContain('cloudaware.contacts');
      expect(r.stdout).not.toContain(phone);
    });

    it_('plans exactly what hand-written queries count, with the held rows counted apart', async () => {
      const r = await run(['retention', 'plan', '--at', AT, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout) as PlanJson;
      const byKey = new Map(plan.rules.flatMap((x) => x.collections.map((c) => [c.key, c] as const)));
      for (const [key, n] of Object.entries(counted)) expect(byKey.get(key)?.due, key).toBe(n);
      for (const [key, sql] of Object.entries(heldSql))
        expect(byKey.get(key)?.held, key).toBe(await db.count(sql));
      expect(byKey.get('cloudaware.call_records')!.held).toBeGreaterThan(0);
      expect(byKey.get('weblogs.access.log')?.due).toBe(logsDue);
    });

    it_('reports what a run would do on --dry-run, and changes nothing', async () => {
      const r = await run(['retention', 'run', '--at', AT, '--dry-run']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Dry run: nothing was changed.');
      const total = Object.values(counted).reduce((n, x) => n + x, 0) + logsDue;
      expect(r.stdout).toMatch(new RegExp(`Total: ${total} due, [1-9]\\d* held, 0 restricted`));
      for (const [key, sql] of Object.entries(expected)) expect(await db.count(sql), key).toBe(counted[key]);
    });

    it_('sweeps exactly those rows, keeps held and tax-period rows, and records the run', async () => {
      const heldBefore = Object.fromEntries(
        await Promise.all(Object.entries(heldSql).map(async ([k, sql]) => [k, await db.count(sql)] as const)),
      );
      const r = await run(['retention', 'run', '--at', AT, '--batch-size', '150', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as {
        runs: {
          id: string;
          status: string;
          rules: { rule: string; deleted: number; held: number; unlinked: number }[];
        }[];
      };
      expect(report.runs).toHaveLength(1);
      const outcome = report.runs[0]!;
      expect(outcome.status).toBe('completed');

      // Nothing the hand-written queries call due is left; the held rows all are.
      for (const [key, sql] of Object.entries(expected)) expect(await db.count(sql), key).toBe(0);
      for (const [key, sql] of Object.entries(heldSql))
        expect(await db.count(sql), key).toBe(heldBefore[key]);
      const cutLogs = Date.parse(`${CUT.logs}T00:00:00Z`);
      expect(logLineTimes(logs).some((f) => f.times.some((t) => t.getTime() < cutLogs))).toBe(false);

      // Per rule, the run removed the sum of what was counted for its collections.
      const sum = (keys: string[]) => keys.reduce((n, k) => n + (counted[k] ?? 0), 0);
      const rule = (id: string) => outcome.rules.find((x) => x.rule === id)!;
      expect(rule('telecom_traffic').deleted).toBe(
        sum(['cloudaware.call_records', 'cloudaware.location_records']),
      );
      expect(rule('telecom_traffic').held).toBe(
        heldBefore['cloudaware.call_records']! + heldBefore['cloudaware.location_records']!,
      );
      expect(rule('webserver_logs').deleted).toBe(counted['cloudaware.web_sessions']! + logsDue);
      expect(rule('website_statistics').deleted).toBe(counted['cloudaware.website_statistics']);
      expect(rule('customer_data').deleted).toBe(
        sum(
          Object.keys(counted).filter(
            (k) => !/call_records|location_records|web_sessions|website_statistics/.test(k),
          ),
        ),
      );

      // Tax-period records untouched; the young sessions of erased customers kept, without the link.
      expect(
        await db.count(
          `select count(*) from invoices i join contracts k on k.id = i.contract_id where k.ended_at >= ${dateLit(CUT.customer)}`,
        ),
      ).toBe(taxPeriod.invoices);
      expect(
        await db.count(
          `select count(*) from payments p join invoices i on i.id = p.invoice_id join contracts k on k.id = i.contract_id where k.ended_at >= ${dateLit(CUT.customer)} or k.ended_at is null`,
        ),
      ).toBe(taxPeriod.payments);
      expect(
        await db.count(
          `select count(*) from web_sessions where customer_id is null and id in (${unlinkedSessions.join(', ')})`,
        ),
      ).toBe(unlinkedSessions.length);
      expect(rule('customer_data').unlinked).toBe(unlinkedSessions.length);

      // The record is in the audit log, and the number under the hold is not.
      const state = await openStore({ dataDir: join(dir, 'state') });
      try {
        const { rows } = await state.query<{
          action: string;
          data: { rules: { rule: string; deleted: number }[] };
        }>(`select action, data from grondslag.audit_log where subject_id = $1`, [outcome.id]);
        expect(rows.map((x) => x.action)).toEqual(['retention.sweep_completed']);
        expect(rows[0]!.data.rules.find((x) => x.rule === 'telecom_traffic')?.deleted).toBe(
          rule('telecom_traffic').deleted,
        );
        const all = await state.query<{ text: string }>(
          `select string_agg(data::text || coalesce(subject_id, ''), ' ') as text from grondslag.audit_log`,
        );
        expect(all.rows[0]!.text).not.toContain(phone.replace('+', ''));
      } finally {
        await state.close();
      }
    });

    it_('finds nothing to do on a second run at the same date', async () => {
      const r = await run(['retention', 'run', '--at', AT, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as {
        runs: { rules: { deleted: number; anonymised: number; unlinked: number }[] }[];
      };
      for (const x of report.runs[0]!.rules) expect([x.deleted, x.anonymised, x.unlinked]).toEqual([0, 0, 0]);
    });

    it_('lets the held rows go once the order is released', async () => {
      const list = await run(['hold', 'list', '--json']);
      const id = (JSON.parse(list.stdout) as { holds: { id: string }[] }).holds[0]!.id;
      expect((await run(['hold', 'release', id, '--reason', 'order lifted'])).code).toBe(0);
      const r = await run(['retention', 'run', '--at', AT, '--json']);
      expect(r.code, r.stderr).toBe(0);
      for (const [key, sql] of Object.entries(heldSql)) expect(await db.count(sql), key).toBe(0);
    });
  },
);
