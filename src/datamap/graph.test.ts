import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoDatamapPath } from '../paths.js';
import {
  findReferenceCycles,
  planTraversal,
  referencePath,
  type TraversalPlan,
  type TraversalStep,
} from './graph.js';
import { parseDatamap } from './load.js';
import type { Datamap } from './schema.js';

/** A map from YAML, through the real loader (so every map here is one a user could write). */
function map(yaml: string): Datamap {
  return parseDatamap(yaml, 'test.yaml').datamap;
}

const stepNamed = (plan: TraversalPlan, collection: string): TraversalStep => {
  const step = plan.steps.find((s) => s.collection === collection);
  if (!step)
    throw new Error(`no step for ${collection} in ${plan.steps.map((s) => s.collection).join(', ')}`);
  return step;
};

const erasureNames = (plan: TraversalPlan) => plan.erasure.map((e) => e.collection);

// A shop: customers ← orders ← order_lines, customers ← addresses; a declared link from call
// records (no foreign key) to the customers' phone numbers; and products, which nothing personal
// references.
const shop = map(`
version: 1
systems:
  shop:
    collections:
      customers:
        primaryKey: [id]
        fields:
          id: {}
          email: { categories: [email], identity: email }
          phone: { categories: [phone], identity: phone }
      addresses:
        primaryKey: [id]
        fields:
          id: {}
          customer_id: { references: { collection: customers, field: id, origin: foreign_key } }
      orders:
        primaryKey: [id]
        fields:
          id: {}
          customer_id: { references: { collection: customers, field: id, origin: foreign_key } }
      order_lines:
        primaryKey: [id]
        fields:
          id: {}
          order_id: { references: { collection: orders, field: id, origin: foreign_key } }
      products:
        primaryKey: [id]
        fields:
          id: {}
  telecom:
    collections:
      call_records:
        primaryKey: [id]
        fields:
          id: {}
          msisdn:
            categories: [telecom_traffic]
            references: { system: shop, collection: customers, field: phone }
`);

describe('planTraversal', () => {
  it('enters by the identity field and reaches children and grandchildren through references', () => {
    const plan = planTraversal(shop, { kind: 'email', value: 'a@example.com' });
    expect(plan.steps[0]).toMatchObject({
      collection: 'customers',
      match: [{ via: 'identity', field: 'email', kind: 'email', values: ['a@example.com'] }],
    });
    expect(stepNamed(plan, 'orders').match).toEqual([
      {
        via: 'reference',
        field: 'customer_id',
        fromStep: 0,
        fromField: 'id',
        direction: 'parent_to_child',
        origin: 'foreign_key',
      },
    ]);
    const lines = stepNamed(plan, 'order_lines');
    expect(lines.match).toEqual([
      expect.objectContaining({
        field: 'order_id',
        fromStep: stepNamed(plan, 'orders').index,
        fromField: 'id',
      }),
    ]);
    // Products hold nothing of the person and are never entered.
    expect(plan.steps.map((s) => s.collection)).not.toContain('products');
  });

  it('carries only the keys later steps read, and every step reads earlier steps only', () => {
    const plan = planTraversal(shop, { kind: 'email', value: 'a@example.com' });
    expect(stepNamed(plan, 'customers').carry.sort()).toEqual(['id', 'phone']);
    expect(stepNamed(plan, 'orders').carry).toEqual(['id']);
    expect(stepNamed(plan, 'order_lines').carry).toEqual([]);
    for (const step of plan.steps) {
      for (const m of step.match) if (m.via === 'reference') expect(m.fromStep).toBeLessThan(step.index);
    }
  });

  it('follows a declared reference into another system by value', () => {
    const plan = planTraversal(shop, { kind: 'email', value: 'a@example.com' });
    expect(stepNamed(plan, 'call_records')).toMatchObject({
      system: 'telecom',
      match: [{ via: 'reference', field: 'msisdn', fromField: 'phone', origin: 'declared' }],
    });
  });

  it('follows references from child to parent when the person is found in the child first', () => {
    const calls = map(`
version: 1
systems:
  s:
    collections:
      customers:
        primaryKey: [id]
        fields: { id: {}, phone: { categories: [phone] } }
      call_records:
        primaryKey: [id]
        fields:
          id: {}
          msisdn: { identity: phone, references: { collection: customers, field: phone } }
`);
    const plan = planTraversal(calls, { kind: 'phone', value: '+31612345678' });
    expect(plan.steps.map((s) => s.collection)).toEqual(['call_records', 'customers']);
    expect(plan.steps[1]!.match).toEqual([
      expect.objectContaining({ field: 'phone', fromField: 'msisdn', direction: 'child_to_parent' }),
    ]);
  });

  it('visits each collection once when several paths lead to it, with a match per path', () => {
    const diamond = map(`
version: 1
systems:
  s:
    collections:
      customers:
        primaryKey: [id]
        fields: { id: {}, email: { identity: email } }
      contracts:
        primaryKey: [id]
        fields:
          id: {}
          customer_id: { references: { collection: customers, field: id, origin: foreign_key } }
      invoices:
        primaryKey: [id]
        fields:
          id: {}
          customer_id: { references: { collection: customers, field: id, origin: foreign_key } }
          contract_id: { references: { collection: contracts, field: id, origin: foreign_key } }
`);
    const plan = planTraversal(diamond, { kind: 'email', value: 'x@example.com' });
    expect(plan.steps.map((s) => s.collection)).toEqual(['customers', 'contracts', 'invoices']);
    expect(
      stepNamed(plan, 'invoices')
        .match.map((m) => m.field)
        .sort(),
    ).toEqual(['contract_id', 'customer_id']);
  });

  it('combines several identities of one person, entering each collection that holds any of them', () => {
    const plan = planTraversal(shop, [
      { kind: 'email', value: 'a@example.com' },
      { kind: 'email', value: 'old@example.com' },
      { kind: 'phone', value: '+31612345678' },
    ]);
    expect(stepNamed(plan, 'customers').match).toEqual([
      { via: 'identity', field: 'email', kind: 'email', values: ['a@example.com', 'old@example.com'] },
      { via: 'identity', field: 'phone', kind: 'phone', values: ['+31612345678'] },
    ]);
  });

  it('refuses an identity no field of the map can be found by', () => {
    expect(() => planTraversal(shop, { kind: 'iban', value: 'NL91ABNA0417164300' })).toThrow(
      expect.objectContaining({
        code: 'DATAMAP_NO_IDENTITY_FIELD',
        message: expect.stringContaining('iban'),
      }),
    );
  });

  it('ignores references marked follow: false', () => {
    const selfRef = map(`
version: 1
systems:
  s:
    collections:
      employees:
        primaryKey: [id]
        fields:
          id: {}
          email: { identity: email }
          manager_id: { references: { collection: employees, field: id, follow: false } }
`);
    const plan = planTraversal(selfRef, { kind: 'email', value: 'boss@example.com' });
    expect(plan.steps.map((s) => s.collection)).toEqual(['employees']);
    expect(plan.steps[0]!.carry).toEqual([]);
  });
});

describe('erasure order', () => {
  it('deletes children before their parents', () => {
    const plan = planTraversal(shop, { kind: 'email', value: 'a@example.com' });
    const order = erasureNames(plan);
    const comesBefore = (a: string, b: string) => expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    comesBefore('order_lines', 'orders');
    comesBefore('orders', 'customers');
    comesBefore('addresses', 'customers');
    comesBefore('call_records', 'customers');
    expect(plan.erasure.every((e) => e.mode === 'delete')).toBe(true);
  });

  it('rewrites rows that must stay, and keeps the parents their foreign keys point at', () => {
    const billing = map(`
version: 1
systems:
  s:
    collections:
      customers:
        primaryKey: [id]
        fields:
          id: { erasure: delete_row }
          email: { categories: [email], identity: email, erasure: hmac }
          name: { categories: [name], erasure: tag }
      contracts:
        primaryKey: [id]
        fields:
          id: {}
          customer_id: { references: { collection: customers, field: id, origin: foreign_key } }
      invoices:
        primaryKey: [id]
        fields:
          id: {}
          contract_id: { references: { collection: contracts, field: id, origin: foreign_key } }
          billing_name: { categories: [name], erasure: { action: truncate, options: { keep: 1 } } }
      notes:
        primaryKey: [id]
        fields:
          id: {}
          customer_id: { references: { collection: customers, field: id, origin: foreign_key } }
`);
    const plan = planTraversal(billing, { kind: 'email', value: 'a@example.com' });
    const by = Object.fromEntries(plan.erasure.map((e) => [e.collection, e]));
    expect(by.invoices).toMatchObject({
      mode: 'anonymise',
      fields: [{ field: 'billing_name', action: 'truncate', options: { keep: 1 } }],
    });
    // The kept invoice still names its contract, which names the customer: neither can go.
    expect(by.contracts).toMatchObject({ mode: 'keep', pinnedBy: [{ collection: 'invoices' }] });
    expect(by.customers).toMatchObject({
      mode: 'anonymise',
      fields: [
        { field: 'email', action: 'hmac' },
        { field: 'name', action: 'tag' },
      ],
      pinnedBy: [{ collection: 'contracts' }],
    });
    // Notes pin nothing: they are deleted.
    expect(by.notes).toMatchObject({ mode: 'delete' });
  });

  it('lets declared references (not enforced by the store) pin nothing', () => {
    const declared = map(`
version: 1
systems:
  s:
    collections:
      customers:
        primaryKey: [id]
        fields: { id: {}, phone: { identity: phone } }
      call_records:
        primaryKey: [id]
        fields:
          id: {}
          msisdn: { references: { collection: customers, field: phone }, erasure: mask }
`);
    const plan = planTraversal(declared, { kind: 'phone', value: '+31612345678' });
    expect(Object.fromEntries(plan.erasure.map((e) => [e.collection, e.mode]))).toEqual({
      call_records: 'anonymise',
      customers: 'delete',
    });
  });
});

describe('referencePath', () => {
  const cloudaware = parseDatamap(readFileSync(demoDatamapPath, 'utf8'), 'datamap.yaml').datamap;

  it('leads from payments to the contract whose end starts their clock', () => {
    const path = referencePath(cloudaware, { system: 'cloudaware', collection: 'payments' }, 'contracts');
    expect(
      path?.map((h) => `${h.from.collection}.${h.from.field} → ${h.to.collection}.${h.to.field}`),
    ).toEqual(['payments.invoice_id → invoices.id', 'invoices.contract_id → contracts.id']);
  });

  it('is empty within one collection and undefined where no references lead', () => {
    expect(referencePath(cloudaware, { system: 'cloudaware', collection: 'customers' }, 'customers')).toEqual(
      [],
    );
    expect(
      referencePath(cloudaware, { system: 'cloudaware', collection: 'website_statistics' }, 'customers'),
    ).toBeUndefined();
  });
});

describe('the CloudAware map', () => {
  const cloudaware = parseDatamap(readFileSync(demoDatamapPath, 'utf8'), 'datamap.yaml').datamap;

  it('finds a customer by e-mail in every collection that holds their rows', () => {
    const plan = planTraversal(cloudaware, { kind: 'email', value: 'jan.jansen1@example.com' });
    expect(plan.steps.map((s) => s.collection).sort()).toEqual(
      [
        'call_records',
        'contacts',
        'contracts',
        'customers',
        'invoices',
        'location_records',
        'marketing_preferences',
        'payments',
        'support_messages',
        'support_tickets',
        'web_sessions',
      ].sort(),
    );
    // Call records have no foreign key: they are reached by the contact's phone number.
    expect(stepNamed(plan, 'call_records').match).toContainEqual(
      expect.objectContaining({ field: 'msisdn', fromField: 'phone', origin: 'declared' }),
    );
    // Aggregated statistics and the web-server logs are not reached from an e-mail address.
    expect(plan.steps.map((s) => s.collection)).not.toContain('website_statistics');
    expect(plan.steps.map((s) => s.system)).not.toContain('weblogs');
  });

  it('erases messages before tickets, payments before invoices, and keeps the books', () => {
    const plan = planTraversal(cloudaware, { kind: 'email', value: 'jan.jansen1@example.com' });
    const order = erasureNames(plan);
    expect(order.indexOf('support_messages')).toBeLessThan(order.indexOf('support_tickets'));
    expect(order.indexOf('payments')).toBeLessThan(order.indexOf('invoices'));
    expect(order.at(-1)).toBe('customers');
    const mode = Object.fromEntries(plan.erasure.map((e) => [e.collection, e.mode]));
    expect(mode).toMatchObject({
      payments: 'anonymise',
      invoices: 'anonymise',
      contracts: 'keep',
      customers: 'anonymise',
      call_records: 'delete',
      contacts: 'delete',
      support_messages: 'delete',
    });
  });

  it('reaches the web-server logs from an IP address', () => {
    const plan = planTraversal(cloudaware, { kind: 'ip_address', value: '84.76.80.169' });
    expect(plan.steps.map((s) => `${s.system}.${s.collection}`)).toEqual(
      expect.arrayContaining(['weblogs.access.log', 'cloudaware.web_sessions', 'cloudaware.customers']),
    );
  });
});

describe('cycles', () => {
  it('are found without the loader, with the references that close them', () => {
    const raw: Datamap = {
      version: 1,
      systems: {
        s: {
          collections: {
            a: {
              kind: 'table',
              primaryKey: ['id'],
              fields: {
                id: { categories: [] },
                b_id: {
                  categories: [],
                  references: { collection: 'b', field: 'id', origin: 'declared', follow: true },
                },
              },
            },
            b: {
              kind: 'table',
              primaryKey: ['id'],
              fields: {
                id: { categories: [] },
                a_id: {
                  categories: [],
                  references: { collection: 'a', field: 'id', origin: 'declared', follow: true },
                },
              },
            },
            c: {
              kind: 'table',
              primaryKey: ['id'],
              fields: {
                id: { categories: [] },
                parent_id: {
                  categories: [],
                  references: { collection: 'c', field: 'id', origin: 'foreign_key', follow: true },
                },
                email: { categories: [], identity: 'email' },
                a_id: {
                  categories: [],
                  references: { collection: 'a', field: 'id', origin: 'declared', follow: true },
                },
              },
            },
          },
        },
      },
    };
    const cycles = findReferenceCycles(raw);
    const described = cycles.map((c) => c.edges.map((e) => `${e.child.collection}.${e.child.field}`));
    expect(described).toHaveLength(2);
    expect(described).toContainEqual(['a.b_id', 'b.a_id']);
    expect(described).toContainEqual(['c.parent_id']);
    // Planning still ends: traversal visits each collection once, and erasure names the loop.
    expect(() => planTraversal(raw, { kind: 'email', value: 'x@example.com' })).toThrow(
      expect.objectContaining({ code: 'DATAMAP_REFERENCE_CYCLE' }),
    );
  });

  it('copes with a chain of references far longer than any real map without overflowing', () => {
    const collections: Datamap['systems'][string]['collections'] = {};
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      collections[`t${i}`] = {
        kind: 'table',
        primaryKey: ['id'],
        fields: {
          id: { categories: [] },
          ...(i > 0
            ? {
                up: {
                  categories: [],
                  references: { collection: `t${i - 1}`, field: 'id', origin: 'declared', follow: true },
                },
              }
            : {}),
        },
      };
    }
    collections.t0!.fields.down = {
      categories: [],
      references: { collection: `t${n - 1}`, field: 'id', origin: 'declared', follow: true },
    };
    const cycles = findReferenceCycles({ version: 1, systems: { s: { collections } } });
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.edges).toHaveLength(n);
  });
});
