import { isIP } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { describeNumberedCorpusOptions } from '../../../../test/helpers/numbered-corpus.js';
import { piiTypes } from '../../../policy/schema.js';
import { icaoDigit } from '../blind/check-digits.js';
import { passesElevenProof } from '../values/bsn.js';
import { passesLuhn } from '../values/card.js';
import { ibanIsValid } from '../values/iban.js';
import { blind2DecoyKinds } from './decoy-kinds.js';
import { generateBlind2Corpus, operatorDetails } from './generate.js';

// The validators come from the corpus's own checksum code (values/, blind/check-digits.ts), never
// from the engine, so that this corpus stays independent of what it measures.
const corpus = generateBlind2Corpus({ seed: 'grondslag-pii-bench-1', bytes: 1_000_000 });
const items = (type: string) =>
  corpus.documents.flatMap((d) =>
    d.spans
      .filter((s) => s.type === type)
      .map((s) => ({ doc: d, span: s, text: d.text.slice(s.start, s.end) })),
  );
const texts = (type: string) => items(type).map((i) => i.text);
const bad = <T>(values: T[], ok: (v: T) => boolean) => values.filter((v) => !ok(v));

describeNumberedCorpusOptions('generateBlind2Corpus', generateBlind2Corpus);

describe('blind2 corpus documents', () => {
  it('holds 800–1000 documents at 1 MB, about half Dutch and half English, of every kind', () => {
    expect(corpus.documents.length).toBeGreaterThanOrEqual(800);
    expect(corpus.documents.length).toBeLessThanOrEqual(1000);
    const nl = corpus.documents.filter((d) => d.lang === 'nl').length / corpus.documents.length;
    expect(nl).toBeGreaterThan(0.4);
    expect(nl).toBeLessThan(0.6);
    expect(new Set(corpus.documents.map((d) => d.kind))).toEqual(new Set(['ticket', 'email', 'log', 'csv']));
  });

  it('keeps spans sorted, inside the text and apart, and no decoy overlaps an item', () => {
    for (const d of corpus.documents) {
      let end = 0;
      for (const s of d.spans) {
        expect(s.start, d.id).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(d.text.length);
        end = s.end;
      }
      for (const x of d.decoys) {
        expect(x.end).toBeGreaterThan(x.start);
        for (const s of d.spans) expect(x.end <= s.start || x.start >= s.end, `${d.id} ${x.kind}`).toBe(true);
      }
    }
  });

  it('spans are tight: no white space or field separators at either end', () => {
    const loose = corpus.documents.flatMap((d) =>
      d.spans.map((s) => d.text.slice(s.start, s.end)).filter((v) => /^[\s,;|]|[\s,;|]$/.test(v)),
    );
    expect(loose).toEqual([]);
  });

  it('plants every PII type and every decoy kind of its own', () => {
    const rare = new Set(['mrz', 'passport_number', 'id_card_number', 'credit_card', 'bsn']);
    for (const type of piiTypes)
      expect(texts(type).length, type).toBeGreaterThanOrEqual(rare.has(type) ? 25 : 100);
    const kinds = new Set(corpus.documents.flatMap((d) => d.decoys.map((x) => x.kind)));
    for (const kind of blind2DecoyKinds) expect(kinds, kind).toContain(kind);
    for (const kind of ['company_phone', 'company_email', 'company_address', 'company_iban'] as const) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('lists every operator detail it plants, and plants nothing of the operator as personal data', () => {
    const own = new Set(operatorDetails());
    for (const d of corpus.documents) {
      for (const x of d.decoys.filter((k) => k.kind.startsWith('company_'))) {
        expect(own.has(d.text.slice(x.start, x.end)), d.text.slice(x.start, x.end)).toBe(true);
      }
    }
    expect(bad([...texts('email'), ...texts('phone'), ...texts('iban')], (v) => !own.has(v))).toEqual([]);
  });
});

describe('planted values are valid', () => {
  it('IBANs pass MOD 97-10 and come from several countries', () => {
    const all = texts('iban').map((v) => v.replace(/\s+/g, '').toUpperCase());
    expect(bad(all, ibanIsValid)).toEqual([]);
    expect(new Set(all.map((v) => v.slice(0, 2))).size).toBeGreaterThanOrEqual(5);
  });

  it('BSNs pass the 11-proof and always have a cue within the 200 characters before', () => {
    const cue = /bsn|burgerservice|sofi|citizen service/i;
    for (const { doc, span, text } of items('bsn')) {
      expect(passesElevenProof(text.replace(/\D/g, '')), text).toBe(true);
      expect(cue.test(doc.text.slice(Math.max(0, span.start - 200), span.start)), `${doc.id} ${text}`).toBe(
        true,
      );
    }
  });

  it('card numbers pass Luhn; IMEI and ICCID look-alikes do too', () => {
    expect(bad(texts('credit_card'), passesLuhn)).toEqual([]);
    const decoys = (kind: string) =>
      corpus.documents.flatMap((d) =>
        d.decoys.filter((x) => x.kind === kind).map((x) => d.text.slice(x.start, x.end)),
      );
    expect(bad(decoys('imei'), (v) => passesLuhn(v) && v.replace(/\D/g, '').length === 15)).toEqual([]);
    expect(bad(decoys('iccid'), (v) => passesLuhn(v.replace(/\s/g, '')))).toEqual([]);
  });

  it('MRZs have the TD1 or TD3 layout and correct check digits', () => {
    const ok = (field: string, digit: string) => icaoDigit(field) === Number(digit);
    for (const mrz of texts('mrz')) {
      const lines = mrz.split('\n');
      if (lines.length === 2) {
        const l2 = lines[1]!;
        expect(
          lines.every((l) => l.length === 44 && /^[A-Z0-9<]+$/.test(l)),
          mrz,
        ).toBe(true);
        expect(
          ok(l2.slice(0, 9), l2[9]!) && ok(l2.slice(13, 19), l2[19]!) && ok(l2.slice(21, 27), l2[27]!),
        ).toBe(true);
        expect(ok(l2.slice(28, 42), l2[42]!)).toBe(true);
        expect(ok(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43), l2[43]!)).toBe(true);
      } else {
        expect(lines).toHaveLength(3);
        const [l1, l2] = lines as [string, string, string];
        expect(
          lines.every((l) => l.length === 30 && /^[A-Z0-9<]+$/.test(l)),
          mrz,
        ).toBe(true);
        expect(
          ok(l1.slice(5, 14), l1[14]!) && ok(l2.slice(0, 6), l2[6]!) && ok(l2.slice(8, 14), l2[14]!),
        ).toBe(true);
        expect(ok(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29]!)).toBe(true);
      }
    }
  });

  it('phone numbers are valid for libphonenumber with NL as the default country', () => {
    const all = texts('phone');
    expect(bad(all, (v) => parsePhoneNumberFromString(v, 'NL')?.isValid() === true)).toEqual([]);
    const countries = new Set(all.map((v) => parsePhoneNumberFromString(v, 'NL')?.country));
    for (const c of ['NL', 'BE', 'DE', 'GB', 'US']) expect(countries).toContain(c);
  });

  it('postcodes are Dutch, Belgian or German; document numbers follow the Dutch scheme', () => {
    expect(
      bad(texts('postcode'), (v) => /^([1-9][0-9]{3} ?[A-Za-z]{2}|[1-9][0-9]{3}|[0-9]{5})$/.test(v)),
    ).toEqual([]);
    const docs = [...texts('passport_number'), ...texts('id_card_number')];
    expect(bad(docs, (v) => /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/.test(v))).toEqual([]);
  });

  it('IP addresses parse, compressed IPv6 and delegated prefixes included', () => {
    const all = texts('ip_address');
    expect(bad(all, (v) => isIP(v) !== 0)).toEqual([]);
    expect(all.some((v) => isIP(v) === 4)).toBe(true);
    expect(all.some((v) => v.includes('::'))).toBe(true);
  });

  it('e-mail addresses, user agents and names look like what they are', () => {
    expect(bad(texts('email'), (v) => /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(v))).toEqual([]);
    expect(bad(texts('user_agent'), (v) => /^[A-Za-z][\w.!-]*\/\d/.test(v))).toEqual([]);
    expect(bad(texts('person_name'), (v) => !/\d/.test(v) && !/^(dhr|mevr|mr|mrs|ms)\b/i.test(v))).toEqual(
      [],
    );
    expect(bad(texts('date_of_birth'), (v) => /(19[3-9]\d|200\d)/.test(v))).toEqual([]);
  });
});
