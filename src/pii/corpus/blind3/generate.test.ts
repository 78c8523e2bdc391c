import { isIP } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { describeNumberedCorpusOptions } from '../../../../test/helpers/numbered-corpus.js';
import { piiTypes } from '../../../policy/schema.js';
import { icaoDigit } from '../blind/check-digits.js';
import { passesElevenProof } from '../values/bsn.js';
import { passesLuhn } from '../values/card.js';
import { ibanIsValid } from '../values/iban.js';
import { blind3DecoyKinds } from './decoy-kinds.js';
import { blind3Genres, generateBlind3Corpus, operatorDetails } from './generate.js';
import { pools } from './names.js';

// Validators come from the corpus's own checksum code, never from the engine, so the ground truth
// cannot inherit a detector's mistake.
const corpus = generateBlind3Corpus({ seed: 'grondslag-pii-bench-1', bytes: 1_000_000 });
const items = (type: string) =>
  corpus.documents.flatMap((d) =>
    d.spans
      .filter((s) => s.type === type)
      .map((s) => ({ doc: d, span: s, text: d.text.slice(s.start, s.end) })),
  );
const texts = (type: string) => items(type).map((i) => i.text);
const decoyTexts = (kind: string) =>
  corpus.documents.flatMap((d) =>
    d.decoys.filter((x) => x.kind === kind).map((x) => d.text.slice(x.start, x.end)),
  );
const bad = <T>(values: T[], ok: (v: T) => boolean) => values.filter((v) => !ok(v));

describeNumberedCorpusOptions('generateBlind3Corpus', generateBlind3Corpus);

describe('blind3 corpus documents', () => {
  it('is about half Dutch and half English, of every kind and every genre, at 1 MB', () => {
    const n = corpus.documents.length;
    expect(n).toBeGreaterThanOrEqual(600);
    expect(n).toBeLessThanOrEqual(1400);
    const nl = corpus.documents.filter((d) => d.lang === 'nl').length / n;
    expect(nl).toBeGreaterThan(0.4);
    expect(nl).toBeLessThan(0.6);
    expect(new Set(corpus.documents.map((d) => d.kind))).toEqual(new Set(['ticket', 'email', 'log', 'csv']));
    const seen = new Set(corpus.documents.map((d) => d.id.split('-').slice(2).join('-')));
    for (const [name] of blind3Genres) expect(seen, name).toContain(name);
    for (const lang of ['nl', 'en']) {
      const genres = new Set(corpus.documents.filter((d) => d.lang === lang).map((d) => d.id.split('-')[2]));
      expect(genres.size, lang).toBe(blind3Genres.length);
    }
  });

  it('keeps spans sorted, inside the text and apart, and no decoy overlaps an item or another decoy', () => {
    for (const d of corpus.documents) {
      let end = 0;
      for (const s of d.spans) {
        expect(s.start, d.id).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(d.text.length);
        end = s.end;
      }
      const decoys = [...d.decoys].sort((a, b) => a.start - b.start);
      decoys.forEach((x, i) => {
        expect(x.end).toBeGreaterThan(x.start);
        expect(x.end).toBeLessThanOrEqual(d.text.length);
        if (i) expect(x.start, `${d.id} ${x.kind}`).toBeGreaterThanOrEqual(decoys[i - 1]!.end);
        for (const s of d.spans) expect(x.end <= s.start || x.start >= s.end, `${d.id} ${x.kind}`).toBe(true);
      });
    }
  });

  it('spans are tight: no white space, quotes or field separators at either end', () => {
    const loose = corpus.documents.flatMap((d) =>
      d.spans.map((s) => d.text.slice(s.start, s.end)).filter((v) => /^[\s,;|"'<]|[\s,;|"'>:]$/.test(v)),
    );
    expect(loose).toEqual([]);
  });

  it('plants every PII type and every decoy kind of its own, next to the existing kinds', () => {
    const rare = new Set([
      'mrz',
      'passport_number',
      'id_card_number',
      'credit_card',
      'bsn',
      'geo_coordinates',
      'licence_plate',
    ]);
    for (const type of piiTypes)
      expect(texts(type).length, type).toBeGreaterThanOrEqual(rare.has(type) ? 20 : 80);
    const kinds = new Set(corpus.documents.flatMap((d) => d.decoys.map((x) => x.kind)));
    for (const kind of blind3DecoyKinds) expect(kinds, kind).toContain(kind);
    for (const kind of [
      'company_phone',
      'company_email',
      'company_address',
      'company_iban',
      'order_number',
    ] as const)
      expect(kinds, kind).toContain(kind);
  });

  it('plants nine-digit order and invoice numbers that pass the 11-proof, without a BSN cue', () => {
    const lookalikes = [...decoyTexts('order_number'), ...decoyTexts('invoice_number')].filter(
      passesElevenProof,
    );
    expect(lookalikes.length).toBeGreaterThan(50);
  });

  it('lists every operator detail it plants, and plants nothing of the operator as personal data', () => {
    const own = new Set(operatorDetails());
    for (const d of corpus.documents)
      for (const x of d.decoys.filter((k) => k.kind.startsWith('company_')))
        expect(own.has(d.text.slice(x.start, x.end)), d.text.slice(x.start, x.end)).toBe(true);
    expect(bad([...texts('email'), ...texts('phone'), ...texts('iban')], (v) => !own.has(v))).toEqual([]);
  });

  it('names people of many origins, in many notations', () => {
    const names = texts('person_name');
    const surnameOf = (entry: string) => entry.split('|').pop()!;
    const origins = Object.entries(pools).filter(([, pool]) =>
      pool.surnames.some((s) => names.some((n) => n.includes(surnameOf(s)))),
    );
    expect(origins.length).toBe(Object.keys(pools).length);
    expect(new Set(names).size).toBeGreaterThan(1000);
    expect(names.some((n) => /^[A-Z]\.([A-Z]\.)* /.test(n))).toBe(true); // J.P. de Groot
    expect(names.some((n) => n === n.toUpperCase() && / /.test(n))).toBe(true); // SEVDA AYDIN
    expect(names.some((n) => n === n.toLowerCase() && / /.test(n))).toBe(true); // bart jansen
    expect(names.some((n) => /^(van|de|ter|in 't|op de) /i.test(n))).toBe(true); // tussenvoegsel
  });
});

describe('planted values are valid', () => {
  it('IBANs pass MOD 97-10 and come from several countries', () => {
    const all = texts('iban').map((v) => v.replace(/\s+/g, '').toUpperCase());
    expect(bad(all, ibanIsValid)).toEqual([]);
    expect(new Set(all.map((v) => v.slice(0, 2))).size).toBeGreaterThanOrEqual(5);
  });

  it('BSNs pass the 11-proof and always have a cue within the 80 characters before', () => {
    const cue = /bsn|burgerservice|sofi|citizen service/i;
    for (const { doc, span, text } of items('bsn')) {
      expect(passesElevenProof(text.replace(/\D/g, '')), text).toBe(true);
      expect(cue.test(doc.text.slice(Math.max(0, span.start - 80), span.start)), `${doc.id} ${text}`).toBe(
        true,
      );
    }
  });

  it('card numbers pass Luhn; IMEI and ICCID look-alikes do too', () => {
    expect(bad(texts('credit_card'), passesLuhn)).toEqual([]);
    expect(bad(decoyTexts('imei'), (v) => passesLuhn(v) && v.length === 15)).toEqual([]);
    expect(bad(decoyTexts('iccid'), passesLuhn)).toEqual([]);
  });

  it('MRZs have the TD1 or TD3 layout and correct check digits', () => {
    const ok = (field: string, digit: string) => icaoDigit(field) === Number(digit);
    for (const mrz of texts('mrz')) {
      const lines = mrz.split('\n');
      expect(
        lines.every((l) => /^[A-Z0-9<]+$/.test(l)),
        mrz,
      ).toBe(true);
      if (lines.length === 2) {
        const l2 = lines[1]!;
        expect(lines.every((l) => l.length === 44)).toBe(true);
        expect(
          ok(l2.slice(0, 9), l2[9]!) && ok(l2.slice(13, 19), l2[19]!) && ok(l2.slice(21, 27), l2[27]!),
        ).toBe(true);
        expect(ok(l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43), l2[43]!)).toBe(true);
      } else {
        expect(lines).toHaveLength(3);
        const [l1, l2] = lines as [string, string, string];
        expect(lines.every((l) => l.length === 30)).toBe(true);
        expect(
          ok(l1.slice(5, 14), l1[14]!) && ok(l2.slice(0, 6), l2[6]!) && ok(l2.slice(8, 14), l2[14]!),
        ).toBe(true);
        expect(ok(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29]!)).toBe(true);
      }
    }
  });

  it("phone numbers are valid for libphonenumber in the writer's own country", () => {
    // Belgians, Germans and Britons write their numbers in national format, without a +32/+49/+44.
    const parse = (v: string) =>
      (['NL', 'BE', 'DE', 'GB', 'IE'] as const)
        .map((c) => parsePhoneNumberFromString(v, c))
        .find((p) => p?.isValid());
    const all = texts('phone');
    expect(bad(all, (v) => parse(v) !== undefined)).toEqual([]);
    const countries = new Set(all.map((v) => parse(v)?.country));
    for (const c of ['NL', 'BE', 'DE', 'GB', 'IE']) expect(countries).toContain(c);
  });

  it('postcodes are Dutch, Belgian, German, British or Irish; document numbers follow the Dutch scheme', () => {
    const postcode =
      /^([1-9][0-9]{3} ?[A-Za-z]{2}|[1-9][0-9]{3}|[0-9]{5}|[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}|[A-Z][0-9]{2} [A-Z0-9]{4})$/;
    expect(bad(texts('postcode'), (v) => postcode.test(v))).toEqual([]);
    const docs = [...texts('passport_number'), ...texts('id_card_number')];
    expect(bad(docs, (v) => /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/.test(v))).toEqual([]);
  });

  it('IP addresses parse, IPv6 included; coordinates and plates look like what they are', () => {
    const all = texts('ip_address');
    expect(bad(all, (v) => isIP(v) !== 0)).toEqual([]);
    expect(all.some((v) => isIP(v) === 6)).toBe(true);
    expect(
      bad(texts('geo_coordinates'), (v) => /^(N )?5[0-3]\.\d{5,6}(, ?| )(E )?[3-7]\.\d{5,6}$/.test(v)),
    ).toEqual([]);
    expect(
      bad(texts('licence_plate'), (v) => /^[0-9A-Z]{1,3}-?[0-9A-Z]{2,3}-?[0-9A-Z]{1,2}$/i.test(v)),
    ).toEqual([]);
    expect(bad(decoyTexts('fleet_plate'), (v) => v.startsWith('V'))).toEqual([]);
  });

  it('e-mail addresses, user agents, names and birth dates look like what they are', () => {
    expect(bad(texts('email'), (v) => /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(v))).toEqual([]);
    expect(bad(texts('user_agent'), (v) => /^[A-Za-z][\w.!-]*\/\d/.test(v))).toEqual([]);
    expect(
      bad(texts('person_name'), (v) => !/\d/.test(v) && !/^(dhr|mevr|mr|mrs|ms|heer|mevrouw)\b/i.test(v)),
    ).toEqual([]);
    const year = /(19[3-9]\d|200\d|\/\d\d$)/;
    expect(bad(texts('date_of_birth'), (v) => year.test(v))).toEqual([]);
  });
});
