import { describe, expect, it } from 'vitest';
import { policyWith } from '../../test/helpers/policy-variants.js';
import { buildRegister } from './register.js';
import { registerToJsonLd } from './register-jsonld.js';

type Node = Record<string, unknown>;
type Doc = { '@context': Record<string, string>; '@graph': Node[] };

/** The document as a consumer sees it: serialised, parsed back. */
function jsonLd(policy = policyWith('example').policy, lang = 'en'): Doc {
  return JSON.parse(JSON.stringify(registerToJsonLd(buildRegister(policy, { lang })))) as Doc;
}

/** Expands `prefix:local` with the document's own context, as a JSON-LD processor would. */
function expand(doc: Doc, compact: string): string {
  const colon = compact.indexOf(':');
  const prefix = compact.slice(0, colon);
  if (prefix === '_' || !/^[a-z][a-z-]*$/.test(prefix)) return compact;
  const namespace = doc['@context'][prefix];
  if (namespace === undefined) throw new Error(`prefix "${prefix}" of ${compact} is not in @context`);
  return namespace + compact.slice(colon + 1);
}

function activity(doc: Doc, id: string): Node {
  const node = doc['@graph'].find((n) => n['dct:identifier'] === id);
  if (!node) throw new Error(`no activity ${id}`);
  return node;
}

const iriOf = (doc: Doc, value: unknown) => expand(doc, (value as { '@id': string })['@id']);

// The IRIs as published by the DPVCG (https://w3id.org/dpv, https://w3id.org/dpv/legal/eu/gdpr).
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const DPV = 'https://w3id.org/dpv#';

describe('registerToJsonLd', () => {
  it('declares the DPV and EU-GDPR namespaces and uses no undeclared prefix', () => {
    const doc = jsonLd();
    expect(doc['@context'].dpv).toBe(DPV);
    expect(doc['@context']['eu-gdpr']).toBe(GDPR);
    const seen: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) {
        for (const v of value) walk(v);
        return;
      }
      if (value === null || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (!key.startsWith('@')) seen.push(expand(doc, key));
        if (key === '@id' || key === '@type') {
          for (const t of [v].flat()) seen.push(expand(doc, t as string));
        } else walk(v);
      }
    };
    walk(doc['@graph']);
    expect(seen.length).toBeGreaterThan(50);
    for (const iri of seen) expect(iri).toMatch(/^(https?:\/\/|_:)/);
  });

  it('describes each activity as a dpv:Process with purpose, data, subjects and controller', () => {
    const doc = jsonLd();
    const processes = doc['@graph'].filter((n) => n['@type'] === 'dpv:Process');
    expect(processes.map((p) => p['dct:identifier'])).toEqual([
      'payment',
      'service_contact',
      'service_updates',
      'delivery',
      'website_analytics',
      'tax_obligations',
    ]);
    const payment = activity(doc, 'payment');
    expect((payment['dpv:hasPurpose'] as Node)['dct:description']).toEqual({
      '@value': 'Handling your payment',
      '@language': 'en',
    });
    const data = (payment['dpv:hasPersonalData'] as { '@id': string }[]).map((r) =>
      doc['@graph'].find((n) => n['@id'] === r['@id']),
    );
    expect(data.map((d) => d?.['grondslag:fidesKey'])).toContain('user.financial.bank_account');
    expect(iriOf(doc, payment['dpv:hasDataController'])).toBe('_:controller');
    const controller = doc['@graph'].find((n) => n['@id'] === '_:controller');
    expect(controller?.['dpv:hasName']).toBe('Epsys B.V.');
  });

  it('marks unstated legal bases as dpv:NotAvailable and the tax duty as Art. 6(1)(c)', () => {
    const doc = jsonLd();
    expect(iriOf(doc, activity(doc, 'payment')['dpv:hasLegalBasis'])).toBe(`${DPV}NotAvailable`);
    expect(iriOf(doc, activity(doc, 'tax_obligations')['dpv:hasLegalBasis'])).toBe(`${GDPR}A6-1-c`);
    expect(iriOf(doc, activity(doc, 'payment')['dpv:hasThirdCountry'])).toBe(`${DPV}UnknownApplicability`);
  });

  it('maps all six Art. 6(1) bases to their eu-gdpr concepts', () => {
    const { policy } = policyWith('example', {
      'activities.0.legalBasis': 'consent',
      'activities.1.legalBasis': 'contract',
      'activities.2.legalBasis': 'legal_obligation',
      'activities.3.legalBasis': 'vital_interests',
      'activities.4.legalBasis': 'public_task',
      'activities.5.legalBasis': 'legitimate_interests',
      'activities.5.legitimateInterest': { nl: 'Fraude voorkomen', en: 'Preventing fraud' },
    });
    const doc = jsonLd(policy);
    const bases = policy.activities.map((a) => iriOf(doc, activity(doc, a.id)['dpv:hasLegalBasis']));
    expect(bases).toEqual([
      `${GDPR}A6-1-a`,
      `${GDPR}A6-1-b`,
      `${GDPR}A6-1-c`,
      `${GDPR}A6-1-d`,
      `${GDPR}A6-1-e`,
      `${GDPR}A6-1-f`,
    ]);
    expect(activity(doc, 'tax_obligations')['grondslag:legitimateInterest']).toEqual({
      '@value': 'Preventing fraud',
      '@language': 'en',
    });
  });

  it('links each activity to its storage durations as typed ISO 8601 periods', () => {
    const doc = jsonLd();
    const durations = (id: string) =>
      (activity(doc, id)['dpv:hasStorageCondition'] as { '@id': string }[]).map((r) => {
        const node = doc['@graph'].find((n) => n['@id'] === r['@id'])!;
        expect(node['@type']).toBe('dpv:StorageDuration');
        const value = node['rdf:value'] as { '@value': string; '@type': string };
        expect(expand(doc, value['@type'])).toBe('http://www.w3.org/2001/XMLSchema#duration');
        return value['@value'];
      });
    expect(durations('payment')).toEqual(['P7Y']);
    expect(durations('website_analytics').sort()).toEqual(['P1Y', 'P3M']);
  });

  it('records transfers with their Chapter V basis and the third country', () => {
    const { policy } = policyWith('example', {
      'activities.0.transfers': [{ country: 'US', safeguard: 'standard_contractual_clauses' }],
      'activities.1.transfers': [{ country: 'CH', safeguard: 'adequacy_decision' }],
    });
    const doc = jsonLd(policy);
    const transfer = (activity(doc, 'payment')['dpv:hasProcess'] as Node[])[0]!;
    expect(iriOf(doc, transfer['dpv:hasLegalBasis'])).toBe(`${GDPR}A46-2-c`);
    expect(iriOf(doc, transfer['dpv:hasThirdCountry'])).toBe('https://w3id.org/dpv/loc#US');
    const adequacy = (activity(doc, 'service_contact')['dpv:hasProcess'] as Node[])[0]!;
    expect(iriOf(doc, adequacy['dpv:hasLegalBasis'])).toBe(`${GDPR}A45-3`);
  });
});
