import { isIP } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { describeNumberedCorpusOptions } from '../../../../test/helpers/numbered-corpus.js';
import { type PiiType, piiTypes } from '../../../policy/schema.js';
import {
  icaoCheckDigit,
  isValidGtin,
  isValidIbanChecksum,
  passesElevenProof,
  passesLuhn,
} from '../../checksums.js';
import { Prng } from '../prng.js';
import { elevenProofDigit, gs1Digit, ibanCheckDigits, icaoDigit, luhnDigit } from './check-digits.js';
import { creditorId } from './company.js';
import { blindDecoyKinds } from './decoy-kinds.js';
import { generateBlindCorpus } from './generate.js';

const corpus = generateBlindCorpus({ seed: 'test', bytes: 400_000 });
const items = (type: string) =>
  corpus.documents.flatMap((d) =>
    d.spans
      .filter((s) => s.type === type)
      .map((s) => ({ doc: d, span: s, text: d.text.slice(s.start, s.end) })),
  );
const texts = (type: string) => items(type).map((i) => i.text);
const bad = <T>(values: T[], ok: (v: T) => boolean) => values.filter((v) => !ok(v));

/** Decimal degrees in a coordinate string: decimal pairs or one JSON field, DMS, or degrees and decimal minutes. */
function latLon(v: string): number[] {
  const dms = [...v.matchAll(/(\d+)° ?(\d+)' ?([\d.]+)"/g)];
  if (dms.length === 2) return dms.map((m) => Number(m[1]) + Number(m[2]) / 60 + Number(m[3]) / 3600);
  const ddm = v.match(/^N(\d+) ([\d.]+) E(\d+) ([\d.]+)$/);
  if (ddm) return [Number(ddm[1]) + Number(ddm[2]) / 60, Number(ddm[3]) + Number(ddm[4]) / 60];
  const decimal = v.match(/^(\d+\.\d+)(?:,? ?(\d+\.\d+))?$/);
  if (decimal)
    return decimal
      .slice(1)
      .filter((x) => x !== undefined)
      .map(Number);
  return [Number.NaN];
}

describeNumberedCorpusOptions('generateBlindCorpus', generateBlindCorpus);

const allowedStart: Partial<Record<PiiType, RegExp>> = {
  person_name: /^'/, // 't Hart
  phone: /^[(+]/,
  ip_address: /^::/, // ::ffff:81.2.3.4
};
const allowedEnd: Partial<Record<PiiType, RegExp>> = {
  person_name: /\.$/, // initials
  postal_address: /\.$/, // "3e verd."
  user_agent: /\)$/,
  geo_coordinates: /"$/, // seconds
  ip_address: /::$/, // a delegated prefix
  mrz: /<$/,
};

describe('blind corpus documents', () => {
  it('uses the existing document kinds and writes about half Dutch, half English', () => {
    const kinds = new Set(corpus.documents.map((d) => d.kind));
    for (const k of kinds) expect(['ticket', 'email', 'log', 'csv']).toContain(k);
    expect(kinds.size).toBe(4);
    const nl = corpus.documents.filter((d) => d.lang === 'nl').length / corpus.documents.length;
    expect(nl).toBeGreaterThan(0.4);
    expect(nl).toBeLessThan(0.6);
  });

  it('keeps spans sorted, inside the text, apart, and tight around the value', () => {
    for (const d of corpus.documents) {
      let end = 0;
      for (const s of d.spans) {
        expect(s.start).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(d.text.length);
        end = s.end;
        const v = d.text.slice(s.start, s.end);
        // No labels, quotes, brackets or punctuation around the value: it starts and ends with a
        // letter or digit unless its own notation says otherwise.
        const opens = /^[\p{L}\p{N}]/u.test(v) || allowedStart[s.type]?.test(v) === true;
        const closes = /[\p{L}\p{N}]$/u.test(v) || allowedEnd[s.type]?.test(v) === true;
        expect(opens && closes, `${d.id} ${s.type} "${v}"`).toBe(true);
      }
    }
  });

  it('never lets a decoy overlap a planted item', () => {
    for (const d of corpus.documents) {
      for (const x of d.decoys) {
        expect(x.end).toBeGreaterThan(x.start);
        for (const s of d.spans) expect(x.end <= s.start || x.start >= s.end, `${d.id} ${x.kind}`).toBe(true);
      }
    }
  });

  it('plants every PII type and every decoy kind of its own', () => {
    for (const type of piiTypes) expect(texts(type).length, type).toBeGreaterThan(5);
    const kinds = new Set(corpus.documents.flatMap((d) => d.decoys.map((x) => x.kind)));
    for (const kind of blindDecoyKinds) expect(kinds, kind).toContain(kind);
  });

  it('reaches the planned density at 1 MB from the benchmark seed', () => {
    const { documents } = generateBlindCorpus({ seed: 'grondslag-pii-bench-1', bytes: 1_000_000 });
    const count = (type: string) =>
      documents.reduce((n, d) => n + d.spans.filter((s) => s.type === type).length, 0);
    expect(documents.reduce((n, d) => n + d.spans.length, 0)).toBeGreaterThan(5000);
    const rare = new Set(['mrz', 'passport_number', 'id_card_number', 'credit_card']);
    for (const type of piiTypes) expect(count(type), type).toBeGreaterThanOrEqual(rare.has(type) ? 25 : 40);
  });
});

describe('planted values are valid', () => {
  it('IBANs pass MOD 97-10', () => {
    const all = texts('iban').map((v) => v.replace(/\s+/g, '').toUpperCase());
    expect(bad(all, (v) => /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v) && isValidIbanChecksum(v))).toEqual([]);
    expect(new Set(all.map((v) => v.slice(0, 2))).size).toBeGreaterThanOrEqual(5);
  });

  it('BSNs pass the 11-proof and always have a cue a reader would recognise', () => {
    const cue = /bsn|burgerservice|sofi|citizen service/i;
    for (const { doc, span, text } of items('bsn')) {
      const digits = text.replace(/\D/g, '');
      expect(passesElevenProof(digits), text).toBe(true);
      const before = doc.text.slice(Math.max(0, span.start - 200), span.start);
      const header = doc.text.slice(0, doc.text.indexOf('\n'));
      expect(cue.test(before) || cue.test(header), `${doc.id} ${text}`).toBe(true);
    }
  });

  it('card numbers pass Luhn and have a Visa, Mastercard or Amex prefix', () => {
    const all = texts('credit_card').map((v) => v.replace(/[\s-]/g, ''));
    expect(
      bad(all, (v) => passesLuhn(v) && /^(4\d{15}|5[1-5]\d{14}|2[2-7]\d{14}|3[47]\d{13})$/.test(v)),
    ).toEqual([]);
  });

  it('MRZs have the TD1 or TD3 layout and correct check digits', () => {
    for (const mrz of texts('mrz')) {
      const lines = mrz.split('\n');
      const ok = (field: string, digit: string) => icaoCheckDigit(field) === Number(digit);
      if (lines.length === 2) {
        const [, l2] = lines as [string, string];
        expect(lines.every((l) => l.length === 44 && /^[A-Z0-9<]+$/.test(l))).toBe(true);
        expect(ok(l2.slice(0, 9), l2[9]!)).toBe(true);
        expect(ok(l2.slice(13, 19), l2[19]!)).toBe(true);
        expect(ok(l2.slice(21, 27), l2[27]!)).toBe(true);
        expect(ok(l2.slice(28, 42), l2[42]!)).toBe(true);
        expect(ok(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43), l2[43]!)).toBe(true);
      } else {
        expect(lines).toHaveLength(3);
        const [l1, l2] = lines as [string, string, string];
        expect(lines.every((l) => l.length === 30 && /^[A-Z0-9<]+$/.test(l))).toBe(true);
        expect(ok(l1.slice(5, 14), l1[14]!)).toBe(true);
        expect(ok(l2.slice(0, 6), l2[6]!)).toBe(true);
        expect(ok(l2.slice(8, 14), l2[14]!)).toBe(true);
        expect(ok(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29]!)).toBe(true);
      }
    }
  });

  it('phone numbers are valid for libphonenumber with NL as the default country', () => {
    const all = texts('phone');
    expect(
      bad(all, (v) => parsePhoneNumberFromString(v.replace(/\s+/g, ' '), 'NL')?.isValid() === true),
    ).toEqual([]);
    const countries = new Set(
      all.map((v) => parsePhoneNumberFromString(v.replace(/\s+/g, ' '), 'NL')?.country),
    );
    for (const c of ['NL', 'BE', 'DE', 'GB', 'US']) expect(countries).toContain(c);
  });

  it('postcodes are Dutch postcodes', () => {
    expect(bad(texts('postcode'), (v) => /^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(v))).toEqual([]);
  });

  it('document numbers follow the Dutch scheme: no letter O, a digit last', () => {
    const all = [...texts('passport_number'), ...texts('id_card_number')];
    expect(bad(all, (v) => /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/.test(v))).toEqual([]);
  });

  it('IP addresses parse as IPv4 or IPv6, in several notations', () => {
    const all = texts('ip_address');
    expect(bad(all, (v) => isIP(v) !== 0)).toEqual([]);
    expect(all.some((v) => isIP(v) === 4)).toBe(true);
    expect(all.some((v) => v.includes('::'))).toBe(true);
    expect(all.some((v) => v.startsWith('::ffff:'))).toBe(true);
  });

  it('e-mail addresses, user agents, plates, coordinates and birth dates look like what they are', () => {
    expect(bad(texts('email'), (v) => /^[^\s@%]+(@|%40)[a-z0-9.-]+\.[a-z]{2,}$/i.test(v))).toEqual([]);
    expect(bad(texts('user_agent'), (v) => /^[A-Za-z][\w.!-]*\/\d/.test(v))).toEqual([]);
    const plate =
      /^(\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|[A-Z]{3}\d{2}[A-Z]|[A-Z]\d{2}[A-Z]{3}|\d[A-Z]{2}\d{3}|[A-Z]{2}[A-Z]{2}\d{2}|\d{2}[A-Z]{2}[A-Z]{2})$/;
    expect(bad(texts('licence_plate'), (v) => plate.test(v.replace(/[- ]/g, '').toUpperCase()))).toEqual([]);
    expect(
      bad(texts('geo_coordinates'), (v) =>
        latLon(v).every((n) => (n > 50.7 && n < 53.6) || (n > 3.3 && n < 7.3)),
      ),
    ).toEqual([]);
    expect(bad(texts('date_of_birth'), (v) => /(19[3-9]\d|200\d)|^\d{6}$|[-/]\d{2}$/.test(v))).toEqual([]);
  });

  it('names carry no titles or digits', () => {
    expect(
      bad(
        texts('person_name'),
        (v) => !/\d/.test(v) && !/^(dhr|mevr|mw|mr|mrs|ms|de heer|mevrouw)\b/i.test(v),
      ),
    ).toEqual([]);
  });
});

describe('check digits of the blind corpus agree with src/pii/checksums.ts', () => {
  const rng = new Prng('check-digits');

  it('11-proof, Luhn, GS1 and IBAN', () => {
    for (let i = 0; i < 500; i++) {
      const first8 = rng.digits(8);
      const d = elevenProofDigit(first8);
      if (d !== undefined) expect(passesElevenProof(`${first8}${d}`)).toBe(true);
      const partial = rng.digits(rng.int(12, 18));
      expect(passesLuhn(`${partial}${luhnDigit(partial)}`)).toBe(true);
      const ean = rng.digits(12);
      expect(isValidGtin(`${ean}${gs1Digit(ean)}`)).toBe(true);
      const bban = `${rng.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${rng.digits(10)}`;
      expect(isValidIbanChecksum(`NL${ibanCheckDigits('NL', bban)}${bban}`)).toBe(true);
    }
  });

  it('ICAO 9303', () => {
    for (let i = 0; i < 500; i++) {
      const field = rng.chars(rng.int(6, 30), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<');
      expect(icaoDigit(field)).toBe(icaoCheckDigit(field));
    }
  });

  it('the SEPA creditor id of the operator is well formed', () => {
    // Check digits cover the national part without the business code "ZZZ".
    expect(isValidIbanChecksum(creditorId.slice(0, 4) + creditorId.slice(7))).toBe(true);
  });
});
