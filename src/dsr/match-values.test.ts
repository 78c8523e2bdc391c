import { describe, expect, it } from 'vitest';
import { lookupSpellings, traversalIdentities, verifiedKinds } from './match-values.js';

describe('the values a person is looked up by', () => {
  it('tries the spellings a store plausibly holds of one number, and never a neighbouring number', () => {
    const spellings = lookupSpellings('phone', '06-12345678');
    expect(spellings).toEqual(
      expect.arrayContaining(['06-12345678', '+31612345678', '0031612345678', '0612345678']),
    );
    expect(spellings.every((s) => s.replace(/\D/g, '').endsWith('12345678'))).toBe(true);
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('looks an e-mail address up as given and in lower case, nothing looser', () => {
    expect(lookupSpellings('email', ' Jan.Jansen@Example.NL ')).toEqual([
      'Jan.Jansen@Example.NL',
      'jan.jansen@example.nl',
    ]);
  });

  it('starts from the e-mail address alone when only a code to it was verified', () => {
    const identities = traversalIdentities(
      { email: 'jan@example.nl', phone: '0612345678', customerNumber: 'CA00000042' },
      verifiedKinds('email_code'),
    );
    expect(new Set(identities.map((i) => i.kind))).toEqual(new Set(['email']));
  });

  it('uses every identifier once an operator verified the person', () => {
    const identities = traversalIdentities(
      { email: 'jan@example.nl', phone: '0612345678', customerNumber: 'ca 00000042' },
      verifiedKinds('operator'),
    );
    expect(new Set(identities.map((i) => i.kind))).toEqual(new Set(['email', 'phone', 'customer_id']));
    expect(identities).toContainEqual({ kind: 'customer_id', value: 'CA00000042' });
    expect(traversalIdentities({ email: 'jan@example.nl' }, verifiedKinds(undefined))).toEqual([]);
  });
});
