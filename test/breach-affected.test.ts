import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateAffected } from '../src/breach/affected.js';
import { connectorCounter } from '../src/breach/count-people.js';
import { loadDatamapFile } from '../src/datamap/load.js';
import type { Datamap } from '../src/datamap/schema.js';
import { demoDatamapPath } from '../src/paths.js';
import { type DemoStore, freshDemoStore } from './helpers/demo-store.js';
import { postgresAvailable } from './helpers/store.js';

/**
 * "Affected people drawn from the data map": the collections holding a breach's categories, counted
 * through the connectors of the CloudAware demo store and checked against hand-written SQL.
 */

describe.skipIf(!postgresAvailable)('affected data counted in the demo store', () => {
  let demo: DemoStore;
  let datamap: Datamap;
  beforeAll(async () => {
    demo = await freshDemoStore('postgres', { customers: 40, now: new Date('2026-03-01T00:00:00Z') });
    datamap = (await loadDatamapFile(demoDatamapPath)).datamap;
  }, 300_000);
  afterAll(async () => {
    await demo?.drop();
  });

  it('counts the rows of each collection with the data, and the customers as people', async () => {
    const counter = connectorCounter({ cloudaware: demo.systems.cloudaware! });
    try {
      const est = await estimateAffected(datamap, ['email'], counter);
      const byName = Object.fromEntries(est.collections.map((c) => [`${c.system}.${c.collection}`, c]));
      const [customers] = await demo.sql<{ n: string }>('select count(*) as n from customers');
      const [contacts] = await demo.sql<{ n: string }>('select count(*) as n from contacts');
      expect(byName['cloudaware.customers']).toMatchObject({ rows: Number(customers!.n), people: 40 });
      expect(byName['cloudaware.contacts']?.rows).toBe(Number(contacts!.n));
      expect(byName['cloudaware.contacts']?.people).toBeUndefined();
      // A system that is not configured is listed but not counted.
      expect(byName['weblogs.access.log']?.rows).toBe(0);
      expect(est.peopleAtLeast).toBe(40);
    } finally {
      await counter.close();
    }
  }, 120_000);
});
