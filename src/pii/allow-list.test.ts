import { describe, expect, it } from 'vitest';
import { allowList } from './allow-list.js';
import { redactText } from './redact.js';
import { scanText } from './scan.js';

const own = ['088-7654300', 'support@polderlink.nl', 'Europalaan 420', '3526 KS'];

describe('allow list: the organisation’s own contact details', () => {
  it('leaves listed values alone in every written form, and reports everything else', () => {
    const text =
      'Bel +31 88 765 4300 of 0031 (0)88 7654300 of 088 765 4300, mail SUPPORT@polderlink.nl, Europalaan 420, 3526KS Utrecht. Klant: jan@example.nl, 06-12345678.';
    const found = scanText(text, { allow: own }).map((f) => `${f.type}: ${text.slice(f.start, f.end)}`);
    expect(found).toEqual(['email: jan@example.nl', 'phone: 06-12345678']);
    // Without the list (and with organisation contact points reported), the same values are
    // personal data by their shape.
    expect(scanText(text, { organisationContacts: 'report' }).map((f) => f.type)).toEqual([
      'phone',
      'phone',
      'phone',
      'email',
      'postal_address',
      'postcode',
      'email',
      'phone',
    ]);
  });

  it('matches whole findings only: a listed number inside a longer one, or another number, stays found', () => {
    const text = 'Bel 088-7654301 of mail support@polderlink.nl.uk';
    expect(
      scanText(text, { allow: own, organisationContacts: 'report' }).map((f) => text.slice(f.start, f.end)),
    ).toEqual(['088-7654301', 'support@polderlink.nl.uk']);
  });

  it('redaction honours it, and one compiled list serves many calls', () => {
    const allow = allowList(own);
    expect(allowList(allow)).toBe(allow);
    expect(allowList(own)).toBe(allowList(own));
    expect(redactText('Bel 088 765 4300 of 06-12345678', { allow })).toBe('Bel 088 765 4300 of <phone>');
  });
});
