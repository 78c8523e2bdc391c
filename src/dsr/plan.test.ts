import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatamap } from '../datamap/load.js';
import { demoDatamapPath, demoPolicyPath } from '../paths.js';
import { parsePolicy } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import { buildExecutionPlan, type ExecutionPlan, type PlanInput } from './plan.js';

const { datamap } = parseDatamap(readFileSync(demoDatamapPath, 'utf8'), 'datamap.yaml');
const { policy } = parsePolicy(readFileSync(demoPolicyPath, 'utf8'), 'policy.yaml');
const now = new Date('2026-11-25T10:00:00Z');
const email = [{ kind: 'email' as const, value: 'jan@example.nl' }];

function plan(details: PlanInput['details'], extra: Partial<PlanInput> = {}): ExecutionPlan {
  return buildExecutionPlan({
    requestId: 'dsr_test',
    details,
    datamap,
    policy,
    identities: email,
    now,
    ...extra,
  });
}
const step = (p: ExecutionPlan, collection: string) => p.steps.find((s) => s.collection === collection)!;

describe('the execution plan of a request on the CloudAware data map', () => {
  it('reaches every collection of the person from the e-mail address, the log files through their sessions’ IP addresses', () => {
    const p = plan({ type: 'access' });
    expect(p.steps.map((s) => s.collection).sort()).toEqual(
      [
        'access.log',
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
    const logs = step(p, 'access.log');
    const sessions = step(p, 'web_sessions');
    expect(logs.match).toEqual([
      {
        via: 'derived',
        field: 'remote_addr',
        kind: 'ip_address',
        fromStep: sessions.step,
        fromField: 'ip_address',
      },
    ]);
    expect(sessions.carry).toContain('ip_address');
    // Calls the person received are theirs too: the other party's number, from their contacts' numbers.
    expect(step(p, 'call_records').match.map((m) => `${m.via}:${m.field}`)).toEqual([
      'reference:msisdn',
      'derived:other_party',
    ]);
    // Website statistics hold no one's data and are not part of any request.
    expect(p.steps.some((s) => s.collection === 'website_statistics')).toBe(false);
  });

  it('holds no identity value, so the stored plan is no copy of the person', () => {
    expect(JSON.stringify(plan({ type: 'erasure' }))).not.toContain('jan@example.nl');
  });

  it('keeps invoices and payments for the tax period and restricts them; support messages that mention an IBAN are no tax record', () => {
    const p = plan({ type: 'erasure' }, { storeFields: () => [{ name: 'issued_at', type: 'date' }] });
    for (const c of ['invoices', 'payments']) {
      expect(step(p, c).administration).toBe(true);
      expect(step(p, c).keep).toEqual([
        expect.objectContaining({
          reason: 'tax_record',
          keepSince: '2019-01-01',
          article: expect.stringContaining('AWR art. 52'),
        }),
      ]);
    }
    expect(step(p, 'invoices').keep[0]!.dateField).toBe('issued_at');
    for (const c of ['support_messages', 'support_tickets', 'customers', 'contacts'])
      expect(step(p, c).keep).toEqual([]);
  });

  it('erases in an order in which no foreign key breaks: children before the rows they point at', () => {
    const p = plan({ type: 'erasure' });
    const order = (c: string) => step(p, c).actOrder!;
    expect(order('payments')).toBeLessThan(order('invoices'));
    expect(order('invoices')).toBeLessThan(order('customers'));
    expect(order('invoices')).toBeLessThan(order('contracts'));
    expect(order('support_messages')).toBeLessThan(order('support_tickets'));
    expect(step(p, 'customers').rows).toBe('delete');
    expect(step(p, 'invoices').rows).toBe('anonymise');
  });

  it('gives a customer row that must stay the map’s operators, and never rewrites a key', () => {
    const p = plan({ type: 'erasure' });
    const customers = step(p, 'customers');
    expect(customers.anonymise.find((a) => a.field === 'email')).toMatchObject({
      action: 'hmac',
      piiType: 'email',
      source: 'datamap',
    });
    expect(customers.anonymise.some((a) => a.field === 'id')).toBe(false);
    expect(step(p, 'invoices').anonymise.some((a) => a.field === 'customer_id')).toBe(false);
    // A free-text field is prose: the PII engine finds what is in it.
    expect(step(p, 'support_messages').fields.find((f) => f.field === 'body')?.prose).toBe(true);
  });

  it('applies a legal hold to the collections it covers, and says when holds could not be consulted', () => {
    const held = plan(
      { type: 'erasure' },
      {
        holds: [{ id: 'hold-1', identity: { kind: 'phone', values: ['+31612345678'] } }],
        holdsAvailable: true,
      },
    );
    // Telecom traffic may be kept longer under a forensic order; customer data may not.
    expect(step(held, 'call_records').keep).toContainEqual(
      expect.objectContaining({ reason: 'legal_hold', holdId: 'hold-1' }),
    );
    expect(step(held, 'contacts').keep).toEqual([]);
    expect(held.warnings.filter((w) => w.includes('legal holds'))).toEqual([]);
    expect(
      plan({ type: 'erasure' }, { holdsAvailable: false }).warnings.filter((w) => w.includes('legal holds')),
    ).toHaveLength(1);
  });

  it('turns an objection to direct marketing into a suppression of the marketing purposes', () => {
    const p = plan({ type: 'objection', ground: 'direct_marketing', purposes: [] });
    expect(p.kind).toBe('restriction');
    expect(p.restriction).toEqual({
      scope: 'direct_marketing',
      purposes: ['service_updates'],
      article: 'GDPR Art. 21(3)',
      reason: 'objection_direct_marketing',
    });
  });

  it('resolves a rectification to the fields it sets, and refuses a target it cannot place', () => {
    const p = plan({
      type: 'rectification',
      changes: [{ field: 'customers.street', value: 'Nieuwe Gracht' }],
    });
    expect(step(p, 'customers').update).toEqual([{ field: 'street', change: 0 }]);
    expect(step(p, 'customers').rows).toBe('update');
    expect(step(p, 'contacts').rows).toBe('read');
    expect(() =>
      plan({ type: 'rectification', changes: [{ field: 'user.contact.address', value: 'x' }] }),
    ).toThrow(/several fields of cloudaware\.customers/);
    expect(() => plan({ type: 'rectification', changes: [{ field: 'shoe_size', value: '44' }] })).toThrow(
      /not a field/,
    );
  });

  it('tells the recipients that have a contact, for the categories the person’s data holds (Art. 19)', () => {
    const withContact: Policy = {
      ...policy,
      recipients: policy.recipients.map((r) =>
        r.id === 'contract_third_parties' ? { ...r, contact: 'mailto:privacy@partner.example' } : r,
      ),
    };
    expect(plan({ type: 'erasure' }, { policy: withContact }).notify).toEqual(['contract_third_parties']);
    expect(plan({ type: 'access' }, { policy: withContact }).notify).toEqual([]);
    expect(plan({ type: 'erasure' }).notify).toEqual([]);
  });
});
