import { describe, expect, it } from 'vitest';
import { Prng } from '../prng.js';
import { bsn, elevenProofNumber, nonElevenProofNumber, passesElevenProof } from './bsn.js';
import { creditCard, ean13, passesLuhn } from './card.js';
import { compactIban, ibanIsValid, spacedIban } from './iban.js';
import { mrzCheckDigit, mrzHolder, td1, td3 } from './mrz.js';

const rng = () => new Prng('checksums');

describe('BSN 11-proof', () => {
  it('accepts a known valid number and rejects a neighbour', () => {
    // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−1·3 = 66 = 6·11
    expect(passesElevenProof('111222333')).toBe(true);
    expect(passesElevenProof('111222334')).toBe(false);
  });

  it('generates only numbers that pass, and look-alikes that do not', () => {
    const r = rng();
    for (let i = 0; i < 300; i++) {
      expect(passesElevenProof(elevenProofNumber(r))).toBe(true);
      expect(passesElevenProof(nonElevenProofNumber(r))).toBe(false);
      expect(passesElevenProof(bsn(r).replace(/[.\s]/g, ''))).toBe(true);
    }
  });
});

describe('IBAN mod 97', () => {
  it('accepts the registry examples and rejects a changed digit', () => {
    for (const example of [
      'NL91ABNA0417164300',
      'BE68539007547034',
      'DE89370400440532013000',
      'FR1420041010050500013M02606',
    ]) {
      expect(ibanIsValid(example)).toBe(true);
    }
    expect(ibanIsValid('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(ibanIsValid('NL91ABNA0417164301')).toBe(false);
  });

  it('generates valid IBANs of the right length for NL, BE, DE and FR', () => {
    const r = rng();
    const lengths = { NL: 18, BE: 16, DE: 22, FR: 27 } as const;
    for (const country of ['NL', 'BE', 'DE', 'FR'] as const) {
      for (let i = 0; i < 100; i++) {
        const iban = compactIban(r, country);
        expect(iban).toHaveLength(lengths[country]);
        expect(ibanIsValid(iban)).toBe(true);
        expect(ibanIsValid(spacedIban(iban))).toBe(true);
      }
    }
  });

  it('gives Belgian and French account numbers their national check digits too', () => {
    const r = rng();
    for (let i = 0; i < 50; i++) {
      const be = compactIban(r, 'BE').slice(4);
      expect(Number(be.slice(10))).toBe(Number(BigInt(be.slice(0, 10)) % 97n) || 97);
      const fr = compactIban(r, 'FR').slice(4);
      // A RIB is valid when 89·bank + 15·branch + 3·account + key ≡ 0 (mod 97).
      const sum =
        89n * BigInt(fr.slice(0, 5)) +
        15n * BigInt(fr.slice(5, 10)) +
        3n * BigInt(fr.slice(10, 21)) +
        BigInt(fr.slice(21));
      expect(sum % 97n).toBe(0n);
    }
  });
});

describe('Luhn and EAN-13', () => {
  it('accepts well-known test card numbers and rejects a changed digit', () => {
    expect(passesLuhn('4111 1111 1111 1111')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('5555-5555-5555-4444')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it('generates cards that pass Luhn with Visa, Mastercard or Amex prefixes', () => {
    const r = rng();
    for (let i = 0; i < 300; i++) {
      const card = creditCard(r);
      const digits = card.replace(/[\s-]/g, '');
      expect(passesLuhn(digits)).toBe(true);
      expect(digits).toMatch(/^(4\d{15}|5[1-5]\d{14}|3[47]\d{13})$/);
    }
  });

  it('generates EAN-13 codes whose weighted digit sum is a multiple of ten', () => {
    expect(ean13(rng())).toMatch(/^87\d{11}$/);
    const r = rng();
    for (let i = 0; i < 100; i++) {
      const code = ean13(r);
      const sum = [...code].reduce((s, d, j) => s + Number(d) * (j % 2 === 0 ? 1 : 3), 0);
      expect(sum % 10).toBe(0);
    }
  });
});

describe('MRZ (ICAO 9303)', () => {
  const specimen = {
    surname: 'Eriksson',
    givenNames: 'Anna Maria',
    birth: '740812',
    sex: 'F' as const,
    expiry: '120415',
    documentNumber: 'L898902C3',
    bsn: 'ZE184226B',
  };

  it('reproduces the ICAO specimen passport (TD3) exactly', () => {
    expect(td3(specimen, 'UTO')).toEqual([
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    ]);
  });

  it('reproduces the ICAO specimen identity card (TD1) exactly', () => {
    expect(td1({ ...specimen, documentNumber: 'D23145890', bsn: '' }, 'UTO')).toEqual([
      'I<UTOD231458907<<<<<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<6',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ]);
  });

  it('writes Dutch documents with the BSN in the personal-number field and correct line lengths', () => {
    const r = rng();
    for (let i = 0; i < 50; i++) {
      const holder = mrzHolder(r, "van 't Hof", 'Zoë');
      const [l1, l2] = td3(holder);
      expect(l1).toMatch(/^P<NLDVAN<T<HOF<<ZOE<+$/);
      expect(l1).toHaveLength(44);
      expect(l2).toHaveLength(44);
      expect(l2.slice(28, 37)).toBe(holder.bsn);
      expect(passesElevenProof(holder.bsn)).toBe(true);
      expect(l2[9]).toBe(mrzCheckDigit(l2.slice(0, 9)));
      const card = td1(holder);
      expect(card.map((l) => l.length)).toEqual([30, 30, 30]);
      expect(card[0].slice(15, 24)).toBe(holder.bsn);
    }
  });
});
