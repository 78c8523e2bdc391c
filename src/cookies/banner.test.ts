import { describe, expect, it } from 'vitest';
import { acceptLabelScore } from './banner.js';

describe('acceptLabelScore', () => {
  it('recognises accept-all labels in Dutch and English', () => {
    for (const label of [
      'Alle cookies accepteren',
      'Accepteren',
      'Akkoord',
      'Ja, ik ga akkoord',
      'Alles toestaan',
      'Accept all cookies',
      'Allow all',
      'I agree',
      '  Accept  ',
    ]) {
      expect(acceptLabelScore(label), label).toBe(2);
    }
  });

  it('scores labels that only mention accepting lower', () => {
    expect(acceptLabelScore('Cookies accepteren en verder naar de site')).toBe(1);
    expect(acceptLabelScore('Yes, accept and continue shopping')).toBe(1);
  });

  it('never takes a refusal, a narrowed choice or a settings link for accept', () => {
    for (const label of [
      'Alleen noodzakelijke cookies',
      'Niet akkoord',
      'Weigeren',
      'Accept only necessary',
      'Reject all',
      'Cookie-instellingen',
      'Voorkeuren beheren',
      'Lees meer over cookies',
      'Winkelwagen',
      '',
    ]) {
      expect(acceptLabelScore(label), label).toBe(0);
    }
  });
});
