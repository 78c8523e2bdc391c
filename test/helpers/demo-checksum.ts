import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { demoTables } from '../../src/demo/cloudaware/seed.js';
import type { DemoStore } from './demo-store.js';

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
