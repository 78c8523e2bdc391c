import { describe, expect, it } from 'vitest';
import { policyWith } from '../../test/helpers/policy-variants.js';
import { buildRegister } from './register.js';
import { registerTable } from './register-table.js';

const cloudaware = policyWith('example').policy;

/** The table as one record per activity, keyed by the English column headers. */
function rowsByActivity(lang: string, policy = cloudaware): Map<string, Record<string, string>> {
  const { header, rows } = registerTable(buildRegister(policy, { lang }));
  return new Map(rows.map((row) => [row[0]!, Object.fromEntries(header.map((h, i) => [h, row[i]!]))]));
}

describe('buildRegister on the CloudAware policy', () => {
  it('has one entry per processing activity, in the order of the policy', () => {
    const register = buildRegister(cloudaware);
    expect(register.activities.map((a) => a.id)).toEqual(cloudaware.activities.map((a) => a.id));
    expect(register.language).toBe('nl');
  });

  it('names each purpose and marks the five missing legal bases as not stated', () => {
    const rows = rowsByActivity('en');
    expect(rows.get('payment')?.Purpose).toBe('Handling your payment');
    expect(rows.get('delivery')?.Purpose).toBe('Delivering goods and services to you');
    for (const id of ['payment', 'service_contact', 'service_updates', 'delivery', 'website_analytics']) {
      expect(rows.get(id)?.['Legal basis']).toBe('not stated');
    }
    expect(rows.get('tax_obligations')?.['Legal basis']).toBe('legal obligation (Art. 6(1)(c))');
  });

  it('keeps the 7-year, 1-year and 3-month limits with the activities they bind', () => {
    const erasure = (id: string) => rowsByActivity('en').get(id)?.['Erasure time limits'] ?? '';
    expect(erasure('payment')).toContain('Customer data: 7 years (P7Y) after the contract ends');
    expect(erasure('payment')).not.toMatch(/P1Y|P3M/);
    expect(erasure('tax_obligations')).toContain('P7Y');
    expect(erasure('delivery')).toMatch(/Telecom traffic: 1 year \(P1Y\) after collection.*legal hold/);
    expect(erasure('delivery')).toContain('Web server log files: 1 year (P1Y)');
    expect(erasure('website_analytics')).toContain('Website statistics: 3 months (P3M) after collection');
    expect(erasure('website_analytics')).not.toContain('P7Y');
  });

  it('never leaves a cell empty: silence reads "not stated", nothing reads "none"', () => {
    const rows = rowsByActivity('en');
    for (const row of rows.values()) {
      for (const [column, cell] of Object.entries(row)) expect(cell, column).not.toBe('');
    }
    const payment = rows.get('payment')!;
    expect(payment['Transfers and safeguards']).toBe('not stated');
    expect(payment['Third countries']).toBe('not stated');
    expect(payment['Joint controllers']).toBe('none');
    expect(rows.get('service_contact')?.Recipients).toBe('none');
    expect(payment['Security measures']).toMatch(/^not stated \(general statement: CloudAware takes/);
  });

  it('fills in the controller, DPO, data subjects, categories with Fideslang keys, and flags', () => {
    const analytics = rowsByActivity('en').get('website_analytics')!;
    expect(analytics.Controller).toBe('Epsys B.V. (CloudAware)');
    expect(analytics['Controller contact details']).toContain('privacy@cloudaware.eu');
    expect(analytics['Data protection officer']).toContain('Jeroen Hermans');
    expect(analytics['Categories of data subjects']).toBe('Website visitors');
    expect(analytics['Fideslang data categories']).toBe(
      'user.behavior.browsing_history; user.device.ip_address; user.device',
    );
    expect(analytics.Profiling).toBe('yes');
    expect(analytics['Automated decision-making']).toBe('no');
    expect(analytics['Source of the data']).toBe('use of the service');
  });

  it('speaks Dutch when asked, with Dutch article citations', () => {
    const rows = rowsByActivity('nl');
    expect(rows.get('payment')?.Grondslag).toBe('niet vermeld');
    expect(rows.get('tax_obligations')?.Grondslag).toBe('wettelijke verplichting (art. 6 lid 1 sub c AVG)');
    expect(rows.get('payment')?.Bewaartermijnen).toContain(
      'Klant data: 7 jaar (P7Y) na het einde van het contract',
    );
    expect(rows.get('payment')?.['Categorieën persoonsgegevens']).toContain('Bankrekeningnummer');
  });

  it('refuses a language the policy is not written in', () => {
    expect(() => buildRegister(cloudaware, { lang: 'de' })).toThrow(
      expect.objectContaining({ code: 'REGISTER_LANGUAGE_NOT_IN_POLICY', kind: 'input' }),
    );
  });
});

describe('buildRegister on variants', () => {
  it('prints every Art. 6(1) basis with its letter, and the legitimate interest where it applies', () => {
    const { policy } = policyWith('example', {
      'activities.0.legalBasis': 'consent',
      'activities.1.legalBasis': 'contract',
      'activities.2.legalBasis': 'legal_obligation',
      'activities.3.legalBasis': 'vital_interests',
      'activities.4.legalBasis': 'public_task',
      'activities.5.legalBasis': 'legitimate_interests',
      'activities.5.legitimateInterest': { nl: 'Fraude voorkomen', en: 'Preventing fraud' },
    });
    const rows = rowsByActivity('en', policy);
    const bases = [...rows.values()].map((r) => r['Legal basis']);
    expect(bases).toEqual([
      'consent (Art. 6(1)(a))',
      'contract (Art. 6(1)(b))',
      'legal obligation (Art. 6(1)(c))',
      'vital interests (Art. 6(1)(d))',
      'public task (Art. 6(1)(e))',
      'legitimate interests (Art. 6(1)(f))',
    ]);
    expect(rows.get('tax_obligations')?.['Legitimate interest']).toBe('Preventing fraud');
    expect(rows.get('payment')?.['Legitimate interest']).toBe('not applicable');
  });

  it('lists transfers with their safeguard and only non-EEA countries as third countries', () => {
    const { policy } = policyWith('example', {
      recipients: [
        ...cloudaware.recipients,
        {
          id: 'mailer',
          name: { nl: 'Mailer Inc.', en: 'Mailer Inc.' },
          kind: 'processor',
          basis: 'contract',
          country: 'US',
        },
        {
          id: 'bank',
          name: { nl: 'De Bank', en: 'The Bank' },
          kind: 'third_party',
          basis: 'contract',
          country: 'DE',
        },
      ],
      'activities.0.recipients': ['mailer', 'bank'],
      'activities.0.transfers': [
        {
          country: 'US',
          recipient: 'mailer',
          safeguard: 'standard_contractual_clauses',
          reference: 'SCC 2021/914',
        },
      ],
      'activities.1.transfers': [],
      'activities.5.recipients': [],
      security: {
        statement: { nl: 'Wij beveiligen.', en: 'We secure.' },
        measures: [
          { nl: 'Versleuteling', en: 'Encryption at rest' },
          { nl: 'Toegangsbeheer', en: 'Access control' },
        ],
      },
    });
    const register = buildRegister(policy, { lang: 'en' });
    expect(register.activities[0]?.thirdCountries).toEqual(['US']);
    expect(register.activities[1]?.thirdCountries).toEqual([]);
    const payment = rowsByActivity('en', policy).get('payment')!;
    expect(payment['Transfers and safeguards']).toBe(
      'US to Mailer Inc.: standard contractual clauses (Art. 46(2)(c)), SCC 2021/914',
    );
    expect(payment.Recipients).toBe('Mailer Inc. (processor, US); The Bank (third party, DE)');
    expect(payment['Security measures']).toBe('Encryption at rest; Access control');
    expect(rowsByActivity('en', policy).get('service_contact')?.['Third countries']).toBe('none');
  });
});
