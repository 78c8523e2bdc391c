import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseDatamap } from '../datamap/load.js';
import type { Datamap } from '../datamap/schema.js';
import { parsePolicy } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import { bindingErrors, bindRetention } from './bind.js';
import { cutoffFor, effectiveCutoff } from './cutoff.js';

const policyFile = new URL('../../examples/cloudaware/policy.yaml', import.meta.url);
const datamapFile = new URL('../../examples/cloudaware/datamap.yaml', import.meta.url);

/** The file with dotted-path edits applied (undefined deletes), loaded through the real loader. */
function edited(file: URL, edits: Record<string, unknown>): string {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const [dotted, value] of Object.entries(edits)) {
    const path = dotted.split('|');
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(value));
  }
  return doc.toString();
}

function policyWith(edits: Record<string, unknown> = {}): Policy {
  return parsePolicy(edited(policyFile, edits), 'policy.yaml').policy;
}

function datamapWith(edits: Record<string, unknown> = {}): Datamap {
  return parseDatamap(edited(datamapFile, edits), 'datamap.yaml').datamap;
}

const retentionIndex = (policy: Policy, id: string) => policy.retention.findIndex((r) => r.id === id);

describe('bindRetention on the CloudAware policy and data map', () => {
  const b = bindRetention(policyWith(), datamapWith());

  it('binds every rule of the statement to the collections that hold its data, with nothing unbound', () => {
    const byRule = Object.fromEntries(b.rules.map((r) => [r.rule.id, r.collections.map((c) => c.key)]));
    expect(byRule.telecom_traffic).toEqual(['cloudaware.call_records', 'cloudaware.location_records']);
    expect(byRule.webserver_logs).toEqual(['cloudaware.web_sessions', 'weblogs.access.log']);
    expect(byRule.website_statistics).toEqual(['cloudaware.website_statistics']);
    expect(byRule.customer_data).toContain('cloudaware.customers');
    expect(b.unboundRules).toEqual([]);
    expect(b.unboundCategories).toEqual([]);
    expect(bindingErrors(b)).toEqual([]);
  });

  it('reads a clock kept in another collection through the references that lead there', () => {
    const payments = b.sweepOrder.find((c) => c.key === 'cloudaware.payments')!;
    expect(payments.clock).toEqual({
      collection: 'contracts',
      field: 'ended_at',
      path: [
        { field: 'invoice_id', collection: 'invoices', to: 'id', direction: 'child_to_parent' },
        { field: 'contract_id', collection: 'contracts', to: 'id', direction: 'child_to_parent' },
      ],
    });
    expect(b.sweepOrder.find((c) => c.key === 'cloudaware.customers')!.clock).toEqual({
      collection: 'customers',
      field: 'closed_at',
      path: [],
    });
  });

  it('sweeps children before the parents they reference, so no foreign key is broken', () => {
    const at = (key: string) => b.sweepOrder.findIndex((c) => c.key === `cloudaware.${key}`);
    expect(at('payments')).toBeLessThan(at('invoices'));
    expect(at('invoices')).toBeLessThan(at('contracts'));
    expect(at('contracts')).toBeLessThan(at('customers'));
    expect(at('support_messages')).toBeLessThan(at('support_tickets'));
    expect(at('web_sessions')).toBeLessThan(at('customers'));
    expect(at('marketing_preferences')).toBeLessThan(at('customers'));
  });

  it('unlinks web sessions (another rule) from customers that go, but not key-bound preferences', () => {
    const customers = b.sweepOrder.find((c) => c.key === 'cloudaware.customers')!;
    expect(customers.unlinks).toContainEqual({ collection: 'web_sessions', field: 'customer_id', to: 'id' });
    expect(customers.unlinks.map((u) => u.collection)).not.toContain('marketing_preferences');
  });

  it('marks the bank-account payments as tax records and only telecom traffic as holdable', () => {
    const payments = b.sweepOrder.find((c) => c.key === 'cloudaware.payments')!;
    expect(payments.administrationRecord).toBe(true);
    expect(b.sweepOrder.filter((c) => c.holdable).map((c) => c.key)).toEqual([
      'cloudaware.call_records',
      'cloudaware.location_records',
    ]);
  });
});

describe('what cannot be enforced', () => {
  it('reports a rule bound to nothing, and the categories only it governs', () => {
    const b = bindRetention(
      policyWith(),
      datamapWith({ 'systems|cloudaware|collections|website_statistics|retention': undefined }),
    );
    expect(b.unboundRules).toEqual(['website_statistics']);
    expect(b.unboundCategories.map((c) => c.category)).toEqual(['website_activity']);
    // The category is still in the access logs, which another rule governs: shown as where it is held.
    expect(b.unboundCategories[0]!.carriedBy).toEqual(['weblogs.access.log']);
    expect(b.findings.map((f) => f.code)).toEqual(['RETENTION_RULE_UNBOUND', 'RETENTION_CATEGORY_UNBOUND']);
  });

  it('reports a category that no rule lists', () => {
    const policy = policyWith();
    const i = retentionIndex(policy, 'webserver_logs');
    const b = bindRetention(policyWith({ [`retention|${i}|categories`]: ['ip_address'] }), datamapWith());
    const f = b.findings.find((x) => x.code === 'RETENTION_CATEGORY_UNBOUND');
    expect(f?.category).toBe('browser_device');
    expect(f?.message).toContain('listed by no retention rule');
  });

  it('refuses a clock read from children that the sweep removes first', () => {
    const b = bindRetention(
      policyWith(),
      datamapWith({
        'systems|cloudaware|collections|customers|retention|clock': {
          collection: 'contracts',
          field: 'ended_at',
        },
      }),
    );
    expect(bindingErrors(b).map((f) => [f.code, f.collection])).toEqual([
      ['RETENTION_CLOCK_IN_SWEPT_CHILDREN', 'customers'],
    ]);
  });
});

describe('anonymising rules', () => {
  const policy = policyWith();
  const stats = retentionIndex(policy, 'webserver_logs');
  const anonymising = policyWith({ [`retention|${stats}|action`]: 'anonymise' });

  it('rewrites every field with personal data, with its own operator or a type tag', () => {
    const b = bindRetention(anonymising, datamapWith());
    const logs = b.sweepOrder.find((c) => c.key === 'weblogs.access.log')!;
    expect(logs.action).toEqual({
      mode: 'anonymise',
      fields: [
        { field: 'remote_addr', operator: 'tag', piiType: 'ip_address' },
        { field: 'request', operator: 'tag', piiType: 'email' },
        { field: 'referer', operator: 'drop', piiType: 'person_name' },
        { field: 'user_agent', operator: 'tag', piiType: 'user_agent' },
      ],
    });
    expect(bindingErrors(b)).toEqual([]);
  });

  it('refuses hmac, which pseudonymises instead of anonymising', () => {
    const b = bindRetention(
      anonymising,
      datamapWith({ 'systems|cloudaware|collections|web_sessions|fields|ip_address|erasure': 'hmac' }),
    );
    expect(bindingErrors(b).map((f) => [f.code, f.field])).toEqual([
      ['RETENTION_PSEUDONYMISING_OPERATOR', 'ip_address'],
    ]);
  });

  it('refuses to anonymise personal data that is part of the primary key', () => {
    const b = bindRetention(
      policyWith({ [`retention|${retentionIndex(policy, 'website_statistics')}|action`]: 'anonymise' }),
      datamapWith({
        'systems|cloudaware|collections|website_statistics|fields|page|categories': ['website_activity'],
      }),
    );
    expect(bindingErrors(b).map((f) => [f.code, f.collection, f.field])).toEqual([
      ['RETENTION_KEY_NOT_ANONYMISABLE', 'website_statistics', 'page'],
      ['RETENTION_NOTHING_TO_ANONYMISE', 'website_statistics', undefined],
    ]);
  });
});

describe('the tax period (AWR art. 52)', () => {
  const policy = policyWith();
  const i = retentionIndex(policy, 'customer_data');
  const short = policyWith({ [`retention|${i}|period`]: 'P2Y' });
  const b = bindRetention(short, datamapWith());
  const payments = b.sweepOrder.find((c) => c.key === 'cloudaware.payments')!;
  const contacts = b.sweepOrder.find((c) => c.key === 'cloudaware.contacts')!;

  it('warns when a rule would delete records of the administration before seven years', () => {
    expect(b.findings.filter((f) => f.code === 'RETENTION_TAX_PERIOD').map((f) => f.collection)).toContain(
      'payments',
    );
  });

  it('keeps such records back to seven years in the sweep, and other data at the rule period', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    const period = b.rules.find((r) => r.rule.id === 'customer_data')!.period;
    expect(effectiveCutoff(payments, period, at)).toEqual({
      cutoff: new Date('2019-06-01T00:00:00Z'),
      taxFloor: true,
    });
    expect(effectiveCutoff(contacts, period, at)).toEqual({
      cutoff: new Date('2024-06-01T00:00:00Z'),
      taxFloor: false,
    });
  });
});

describe('cutoffFor', () => {
  it('counts calendar periods back, clamping to the end of a shorter month', () => {
    const months3 = { years: 0, months: 3, weeks: 0, days: 0 };
    expect(cutoffFor(new Date('2026-05-31T00:00:00Z'), months3)).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(cutoffFor(new Date('2026-06-01T12:30:00Z'), { years: 1, months: 0, weeks: 0, days: 0 })).toEqual(
      new Date('2025-06-01T12:30:00Z'),
    );
    expect(cutoffFor(new Date('2024-02-29T00:00:00Z'), { years: 7, months: 0, weeks: 0, days: 0 })).toEqual(
      new Date('2017-02-28T00:00:00Z'),
    );
  });
});
