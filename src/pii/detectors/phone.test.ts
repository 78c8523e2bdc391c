import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';
import { isValidDutchNumber, isValidInternationalNumber } from '../phone-numbering.js';

describe('phone detector', () => {
  it('finds Dutch mobile and landline numbers in their written forms', () => {
    const text =
      'Bel 06-12345678 of 06 1234 5678 of 0612345678, vast 020 123 4567, (070) 345 67 89, 0495-123456.';
    expect(valuesOf('phone', text)).toEqual([
      '06-12345678',
      '06 1234 5678',
      '0612345678',
      '020 123 4567',
      '(070) 345 67 89',
      '0495-123456',
    ]);
  });

  it('finds +31, 0031 and (0) forms and the service numbers 0800/0900/088/085', () => {
    const text =
      'Tel +31 6 12345678, +31 (0)20 123 4567, 0031 20 1234567, 0800-1234, 0900-1234567, 088-1234567, 085-1234567';
    expect(valuesOf('phone', text)).toEqual([
      '+31 6 12345678',
      '+31 (0)20 123 4567',
      '0031 20 1234567',
      '0800-1234',
      '0900-1234567',
      '088-1234567',
      '085-1234567',
    ]);
  });

  it('finds international numbers with a prefix, validated against their own plan', () => {
    expect(
      valuesOf('phone', 'London +44 20 7946 0958, SF +1 (415) 555-2671, Berlin 0049 30 12345678'),
    ).toEqual(['+44 20 7946 0958', '+1 (415) 555-2671', '0049 30 12345678']);
  });

  it('rejects numbers that fail the numbering plan, dates, amounts and too-short numbers', () => {
    expect(valuesOf('phone', 'Op 01-02-2023 om 10:30, 06-1234567, 0001234567, € 0,50, +44 12')).toEqual([]);
  });

  it('reads a comma between two numbers as a cell boundary in a comma-separated export, not in prose', () => {
    const csv = 'naam,kenteken,mobiel,bsn\nHarm,4-VHF-88,0651403922,111222333\nEvi,2 VBX 62,31612345678,';
    expect(valuesOf('phone', csv)).toEqual(['0651403922', '31612345678']);
    expect(valuesOf('bsn', csv)).toEqual(['111222333']);
    expect(valuesOf('phone', 'Het bedrag was 62,0651403922 euro')).toEqual([]);
  });

  it('finds a whole number written inside parentheses, as well as an area code in them', () => {
    expect(valuesOf('phone', 'Mijn buurman (06-41234567) belde; kantoor (020) 123 4567.')).toEqual([
      '06-41234567',
      '(020) 123 4567',
    ]);
  });

  it('finds a Dutch mobile number logged as E.164 without the plus, and no other eleven-digit number', () => {
    expect(
      valuesOf('phone', 'Login OK: [31635944562] (from client nas01); ref 31235944562; 316359445621'),
    ).toEqual(['31635944562']);
    expect(valuesOf('phone', 'ordernummer 31635944562')).toEqual([]);
  });

  it('cuts a trailing number group that makes the number invalid', () => {
    expect(valuesOf('phone', 'bel 06 12345678 2023 keer')).toEqual(['06 12345678']);
  });

  it('leaves a valid-looking number after an order cue right before it', () => {
    expect(valuesOf('phone', 'ordernummer 0612345678')).toEqual([]);
  });

  it('the cached Dutch fast path agrees with libphonenumber on random numbers', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 2000; i++) {
      const length = 7 + Math.floor(rand() * 5);
      let nsn = String(1 + Math.floor(rand() * 9));
      while (nsn.length < length) nsn += String(Math.floor(rand() * 10));
      expect(isValidDutchNumber(nsn), nsn).toBe(isValidPhoneNumber(`+31${nsn}`));
    }
  });

  it('a foreign number is judged by itself, whatever number with the same leading digits came first', () => {
    // In several plans (Portugal, Finland, China, India) two numbers of one length that share their
    // first six digits differ in validity: a cache on leading digits answered the second from the first.
    let seed = 5;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const digit = () => String(Math.floor(rand() * 10));
    let disagreeingPairs = 0;
    for (const cc of ['351', '358', '86', '91']) {
      for (let i = 0; i < 300; i++) {
        const length = 10 + Math.floor(rand() * 4);
        let a = cc;
        while (a.length < 6) a += digit();
        let b = a;
        while (a.length < length) a += digit();
        while (b.length < length) b += digit();
        const [va, vb] = [isValidPhoneNumber(`+${a}`), isValidPhoneNumber(`+${b}`)];
        expect(isValidInternationalNumber(a), a).toBe(va);
        expect(isValidInternationalNumber(b), b).toBe(vb);
        if (va !== vb) disagreeingPairs++;
      }
    }
    // Such pairs occur, so the test would catch a cache keyed on leading digits.
    expect(disagreeingPairs).toBeGreaterThan(0);
  });

  it('takes a Belgian, British or German national number only where a cue says it is a phone number', () => {
    expect(
      valuesOf('phone', 'Wij sturen een sms naar 0479 31 87 90. Ze is bereikbaar op 07479 840122.'),
    ).toEqual(['0479 31 87 90', '07479 840122']);
    expect(
      valuesOf(
        'phone',
        'Order 0479 31 87 90. Case number: C/03/305826; tel 2202d6ab-0444-4792-8101; tel 14:05  2999630250; SIM: 8931 6266 0864 7648 395',
      ),
    ).toEqual([]);
  });
});
