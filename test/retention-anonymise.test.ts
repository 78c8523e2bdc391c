import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Connector } from '../src/connectors/connector.js';
import { postgresConnector } from '../src/connectors/postgres/connector.js';
import { pgliteDriver } from '../src/connectors/postgres/driver.js';
import { createSealer } from '../src/crypto/sealed.js';
import { parseDatamap } from '../src/datamap/load.js';
import { scanText } from '../src/pii/scan.js';
import { parsePolicy } from '../src/policy/load.js';
import type { RetentionDeps } from '../src/retention/plan.js';
import { sweepRetention } from '../src/retention/sweep.js';
import { fixedConnectors } from '../src/retention/systems.js';
import type { Db } from '../src/store/db.js';
import { freshPglite } from './helpers/store.js';

/**
 * An anonymising rule: page visits older than three months keep their row (the statistics) while
 * the visitor goes. After the sweep the PII engine finds nothing in any field of those rows, and the
 * per-day counts and sums are exactly what they were. A row the operators cannot make anonymous (an
 * e-mail address in a URL) fails its batch: rolled back, reported, never written as anonymised.
 */

const policyText = (() => {
  const doc = parseDocument(
    readFileSync(new URL('../examples/cloudaware/policy.yaml', import.meta.url), 'utf8'),
  );
  const rules = doc.getIn(['retention']) as { items: { get(k: string): unknown }[] };
  const i = rules.items.findIndex((r) => r.get('id') === 'website_statistics');
  doc.setIn(['retention', i, 'action'], 'anonymise');
  return doc.toString();
})();

const datamapText = `
version: 1
systems:
  analytics:
    collections:
      page_visits:
        primaryKey: [id]
        retention: { rule: website_statistics, clock: visited_at }
        fields:
          id: { type: integer }
          visited_at: { type: timestamp }
          ip_address: { type: text, categories: [ip_address], identity: ip_address, erasure: mask }
          user_agent: { type: text, categories: [browser_device], erasure: tag }
          visitor_email: { type: text, categories: [email], identity: email, erasure: nullify }
`;

const AT = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;

/** 60 days of visits, 20 a day, ending the day before AT: visit v on day d from 203.0.<d>.<v>. */
async function fill(pg: PGlite, page: (d: number, v: number) => string): Promise<void> {
  await pg.exec(`create table page_visits (
    id bigint primary key, visited_at timestamptz not null, page text not null, duration_s integer not null,
    ip_address text, user_agent text, visitor_email text)`);
  const values: string[] = [];
  for (let d = 1; d <= 60; d++) {
    for (let v = 0; v < 20; v++) {
      const at = new Date(AT.getTime() - 150 * DAY + d * DAY + v * 60_000).toISOString();
      const email = v % 5 === 0 ? `'bezoeker${d}x${v}@example.nl'` : 'null';
      values.push(
        `(${d * 100 + v}, '${at}', '${page(d, v)}', ${d + v}, '203.0.${d}.${v + 1}', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/13${v}.0', ${email})`,
      );
    }
  }
  await pg.exec(`insert into page_visits values ${values.join(',')}`);
}

const perDay = async (pg: PGlite) =>
  (
    await pg.query<{ day: string; visits: number; seconds: number }>(
      `select to_char(visited_at, 'YYYY-MM-DD') as day, count(*)::int as visits, sum(duration_s)::int as seconds
         from page_visits group by 1 order by 1`,
    )
  ).rows;

describe('anonymising retention', () => {
  let pg: PGlite;
  let connector: Connector;
  let state: Db;
  let deps: RetentionDeps;

  const setUp = async (page: (d: number, v: number) => string) => {
    pg = await PGlite.create();
    await fill(pg, page);
    connector = postgresConnector('analytics', pgliteDriver(pg), 'pglite');
    deps = {
      db: state,
      policy: parsePolicy(policyText, 'policy.yaml').policy,
      datamap: parseDatamap(datamapText, 'datamap.yaml').datamap,
      systems: fixedConnectors({ analytics: connector }),
      sealer: createSealer(randomBytes(32)),
    };
  };

  beforeEach(async () => {
    state = await freshPglite();
  });
  afterEach(async () => {
    await deps?.systems.close();
    await state.close();
  });

  it('leaves nothing the PII engine can find in rows past three months, and every aggregate as it was', async () => {
    await setUp((d, v) => `/producten/${(d + v) % 7}`);
    const before = await perDay(pg);
    // Three months before AT is 2026-03-01: visit days before it are due.
    const cutoff = new Date('2026-03-01T00:00:00Z');
    const due = (
      await pg.query<{ n: number }>(`select count(*)::int as n from page_visits where visited_at < $1`, [
        cutoff,
      ])
    ).rows[0]!.n;
    expect(due).toBeGreaterThan(0);

    const report = await sweepRetention(deps, { at: AT, actor: 'cli', batchSize: 64 });
    const run = report.runs[0]!;
    expect(run.status).toBe('completed');
    expect(run.rules.find((r) => r.rule === 'website_statistics')?.anonymised).toBe(due);

    expect(await perDay(pg)).toEqual(before);
    const rows = (
      await pg.query<Record<string, string | null>>(
        `select page, ip_address, user_agent, visitor_email from page_visits where visited_at < $1`,
        [cutoff],
      )
    ).rows;
    expect(rows).toHaveLength(due);
    for (const r of rows) {
      const text = Object.values(r)
        .filter((v): v is string => typeof v === 'string')
        .join('\n');
      expect(scanText(text), text).toEqual([]);
      expect(r.visitor_email).toBeNull();
      expect(r.ip_address).toMatch(/^[*.]+$/);
      expect(r.user_agent).toBe('<user_agent>');
    }
    // Newer visits are untouched.
    const fresh = await pg.query<{ n: number }>(
      `select count(*)::int as n from page_visits where visited_at >= $1 and ip_address like '203.0.%'`,
      [cutoff],
    );
    expect(fresh.rows[0]!.n).toBe(60 * 20 - due);

    // Nothing is left to change: a second run rewrites no row.
    const again = await sweepRetention(deps, { at: AT, actor: 'cli', batchSize: 64 });
    expect(again.runs[0]!.rules.find((r) => r.rule === 'website_statistics')?.anonymised).toBe(0);
  });

  it('fails the batch holding a row that stays identifying, and writes none of that batch', async () => {
    // Day 20, visit 3 followed a link with the visitor's e-mail address in it.
    await setUp((d, v) =>
      d === 20 && v === 3 ? '/afmelden?email=jan.jansen@example.nl' : `/producten/${v}`,
    );
    const report = await sweepRetention(deps, { at: AT, actor: 'cli', batchSize: 100 });
    const run = report.runs[0]!;
    expect(run.status).toBe('failed');
    expect(run.errors[0]!.message).toContain('page_visits.page still holds an email');
    expect(run.errors[0]!.message).not.toContain('jan.jansen');
    // Batches are 100 rows in key order (id = day·100 + visit): days 1..15 went in three batches
    // before; the fourth (days 16..20, holding id 2003) changed nothing, and nothing after it ran.
    const count = async (where: string) =>
      (await pg.query<{ n: number }>(`select count(*)::int as n from page_visits where ${where}`)).rows[0]!.n;
    expect(await count(`id < 1600 and ip_address like '203.0.%'`)).toBe(0);
    expect(await count(`id between 1600 and 2019 and ip_address like '203.0.%'`)).toBe(100);
    expect(await count(`id = 2003 and page like '/afmelden%' and ip_address = '203.0.20.4'`)).toBe(1);
    expect(run.rules.find((r) => r.rule === 'website_statistics')!.anonymised).toBe(300);
  });
});
