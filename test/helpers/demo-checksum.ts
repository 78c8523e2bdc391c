import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { demoTables } from '../../src/demo/cloudaware/seed.js';
import { addSimilarPerson, pickPerson } from './demo-people.js';
import { type DemoStore, freshDemoStore } from './demo-store.js';

/**
 * A digest per table and per log file of a CloudAware demo store: two stores that went through the
 * same request (one interrupted, one not) must end with equal digests.
 *
 * @example
 *   expect(await demoStoreChecksum(resumed)).toEqual(await demoStoreChecksum(uninterrupted));
 */
export async function demoStoreChecksum(demo: DemoStore): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of demoTables) {
    const order =
      table === 'marketing_preferences' ? 'customer_id' : table === 'website_statistics' ? 'day, page' : 'id';
    const rows = await demo.sql(`select * from ${table} order by ${order}`);
    // Numbers as text: the drivers return bigint columns as strings or numbers depending on size.
    const text = JSON.stringify(rows, (_k, v) =>
      typeof v === 'number' || typeof v === 'bigint' ? String(v) : v,
    );
    out[table] = createHash('sha256').update(text).digest('hex');
  }
  for (const f of readdirSync(demo.logsDir)
    .filter((n) => n.startsWith('access.log'))
    .sort()) {
    const raw = readFileSync(join(demo.logsDir, f));
    out[`log:${f}`] = createHash('sha256')
      .update(f.endsWith('.gz') ? gunzipSync(raw) : raw)
      .digest('hex');
  }
  return out;
}

/**
 * Two identical 200-customer demo stores on PostgreSQL, each with the same picked person and a
 * similar person beside them: one to interrupt, one to run undisturbed. Throws if the two differ.
 */
export async function twinDemoStores(now: Date): Promise<{ stores: [DemoStore, DemoStore]; email: string }> {
  const stores: [DemoStore, DemoStore] = [
    await freshDemoStore('postgres', { customers: 200, now }),
    await freshDemoStore('postgres', { customers: 200, now }),
  ];
  const people = [];
  for (const demo of stores) {
    const person = await pickPerson(demo, now);
    await addSimilarPerson(demo, person);
    people.push(person);
  }
  const [a, b] = await Promise.all(stores.map(demoStoreChecksum));
  if (people[0]!.email !== people[1]!.email || JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error('the twin demo stores differ');
  }
  return { stores, email: people[0]!.email };
}
