import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../../errors.js';
import { piiTypes } from '../../policy/schema.js';
import { corpusDocuments, generateCorpus } from './generate.js';
import { passesElevenProof } from './values/bsn.js';
import { passesLuhn } from './values/card.js';
import { decoyKinds } from './values/decoys.js';
import { ibanIsValid } from './values/iban.js';
import { mrzCheckDigit } from './values/mrz.js';

const corpus = generateCorpus({ seed: 'test', documents: 400 });
const spansOf = (type: string) =>
  corpus.documents.flatMap((d) =>
    d.spans.filter((s) => s.type === type).map((s) => d.text.slice(s.start, s.end)),
  );

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed and a different one for another seed', () => {
    expect(generateCorpus({ seed: 'test', documents: 30 })).toEqual(
      generateCorpus({ seed: 'test', documents: 30 }),
    );
    expect(generateCorpus({ seed: 'other', documents: 30 }).documents[0]!.text).not.toBe(
      corpus.documents[0]!.text,
    );
  });

  it('starts a larger corpus with the documents of a smaller one', () => {
    expect(generateCorpus({ seed: 'test', documents: 10 }).documents).toEqual(corpus.documents.slice(0, 10));
  });

  it('stops once the byte budget is reached', () => {
    const { documents } = generateCorpus({ seed: 'test', bytes: 50_000 });
    const sizes = documents.map((d) => Buffer.byteLength(d.text));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(50_000);
    expect(total - sizes[sizes.length - 1]!).toBeLessThan(50_000);
  });

  it('writes only the requested languages and kinds', () => {
    const { documents } = generateCorpus({
      seed: 3,
      documents: 40,
      languages: ['nl'],
      kinds: ['email', 'log'],
    });
    expect(new Set(documents.map((d) => d.lang))).toEqual(new Set(['nl']));
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set(['email', 'log']));
  });

  it('rejects unusable options with a typed error', () => {
    expect(() => generateCorpus({ seed: 1, documents: -1 })).toThrow(GrondslagError);
    expect(() => generateCorpus({ seed: 1, languages: ['de' as 'nl'] })).toThrow(/unknown language "de"/);
    expect(() => corpusDocuments({ seed: 1, kinds: [] })).toThrow(/kinds must not be empty/);
  });

  it('plants every PII type, every decoy kind, both languages and all document kinds', () => {
    const types = new Set(corpus.documents.flatMap((d) => d.spans.map((s) => s.type)));
    expect([...types].sort()).toEqual([...piiTypes].sort());
    const kinds = new Set(corpus.documents.flatMap((d) => d.decoys.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual([...decoyKinds].sort());
    expect(new Set(corpus.documents.map((d) => d.lang))).toEqual(new Set(['nl', 'en']));
    expect(new Set(corpus.documents.map((d) => d.kind))).toEqual(new Set(['ticket', 'email', 'log', 'csv']));
  });

  it('records spans that lie inside the text, in order, without overlap or surrounding whitespace', () => {
    for (const doc of corpus.documents) {
      const all = [...doc.spans, ...doc.decoys].sort((a, b) => a.start - b.start);
      let end = 0;
      for (const s of all) {
        expect(s.start).toBeGreaterThanOrEqual(end);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(doc.text.length);
        const value = doc.text.slice(s.start, s.end);
        expect(value.trim()).toBe(value);
        end = s.end;
      }
    }
  });

  it('plants only valid values: BSN 11-proof, IBAN mod 97, card Luhn, libphonenumber-valid phones', () => {
    for (const v of spansOf('bsn')) expect(passesElevenProof(v.replace(/[.\s]/g, '')), v).toBe(true);
    for (const v of spansOf('iban')) expect(ibanIsValid(v), v).toBe(true);
    for (const v of spansOf('credit_card')) expect(passesLuhn(v), v).toBe(true);
    for (const v of spansOf('phone'))
      expect(parsePhoneNumberFromString(v.replace('(0)', ''), 'NL')?.isValid(), v).toBe(true);
  });

  it('plants MRZ blocks of two 44-character or three 30-character lines with correct document check digits', () => {
    const blocks = spansOf('mrz');
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      const lines = block.split('\n');
      expect(lines.map((l) => l.length)).toEqual(lines.length === 2 ? [44, 44] : [30, 30, 30]);
      const doc = lines.length === 2 ? lines[1]!.slice(0, 10) : lines[0]!.slice(5, 15);
      expect(doc[9]).toBe(mrzCheckDigit(doc.slice(0, 9)));
    }
  });

  it('plants Dutch names with tussenvoegsels and addresses with house numbers', () => {
    const names = spansOf('person_name');
    expect(names.some((n) => / (van der|van den|de|ter|ten|in 't) [A-Z]/.test(n))).toBe(true);
    expect(names.some((n) => /^(Van|De|In|Ter|Ten) /.test(n))).toBe(true);
    // A street with its number, or (in a query string, after the postcode) the number alone.
    for (const a of spansOf('postal_address')) expect(a).toMatch(/^\p{Lu}.* \d+|^\d{1,3}$/u);
    expect(spansOf('postal_address').some((a) => /^\p{Lu}.* \d+/u.test(a))).toBe(true);
  });

  it('includes 9-digit invoice numbers that pass the 11-proof, to catch context-free BSN detection', () => {
    const invoices = corpus.documents.flatMap((d) =>
      d.decoys.filter((s) => s.kind === 'invoice_number').map((s) => d.text.slice(s.start, s.end)),
    );
    expect(invoices.filter((v) => /^\d{9}$/.test(v) && passesElevenProof(v)).length).toBeGreaterThan(10);
  });
});
