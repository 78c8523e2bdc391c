import { isIP } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../../../errors.js';
import {
  icaoCheckDigit,
  isValidGtin,
  isValidIbanChecksum,
  passesElevenProof,
  passesLuhn,
} from '../../checksums.js';
import { generateHeldoutCorpus } from './generate.js';

const corpus = generateHeldoutCorpus({ seed: 'test', documents: 600 });
const valuesOf = (type: string) =>
  corpus.documents.flatMap((d) =>
    d.spans.filter((s) => s.type === type).map((s) => d.text.slice(s.start, s.end)),
  );
const decoysOf = (kind: string) =>
  corpus.documents.flatMap((d) =>
    d.decoys.filter((s) => s.kind === kind).map((s) => d.text.slice(s.start, s.end)),
  );
const digitsOf = (s: string) => s.replace(/\D/g, '');

describe('generateHeldoutCorpus', () => {
  it('gives the same corpus for the same seed and another for another seed', () => {
    expect(generateHeldoutCorpus({ seed: 'test', documents: 40 })).toEqual(
      generateHeldoutCorpus({ seed: 'test', documents: 40 }),
    );
    expect(generateHeldoutCorpus({ seed: 'other', documents: 1 }).documents[0]!.text).not.toBe(
      corpus.documents[0]!.text,
    );
  });

  it('stops once the byte budget is reached and rejects a bad budget', () => {
    const sizes = generateHeldoutCorpus({ seed: 'test', bytes: 30_000 }).documents.map((d) =>
      Buffer.byteLength(d.text),
    );
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(30_000);
    expect(total - sizes[sizes.length - 1]!).toBeLessThan(30_000);
    expect(() => generateHeldoutCorpus({ seed: 1, bytes: -1 })).toThrow(GrondslagError);
  });

  it('places every span on exactly its value: no surrounding space or punctuation, no overlaps', () => {
    for (const doc of corpus.documents) {
      const all = [...doc.spans, ...doc.decoys].sort((a, b) => a.start - b.start);
      for (let i = 0; i < all.length; i++) {
        const v = doc.text.slice(all[i]!.start, all[i]!.end);
        expect(v.length).toBeGreaterThan(0);
        expect(v).toBe(v.trim());
        expect(v).not.toMatch(/^[,;"<]|^:(?!:)|[,;:"(>]$/); // IPv6 may open with "::"
        // A bracket may open a value only as an area code: "(020) 8380869".
        if (v.startsWith('(')) expect(v).toMatch(/^\(0\d+\) \d/);
        if (i > 0) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
      }
    }
  });

  it('plants every type of personal data and every kind of look-alike it promises', () => {
    const types = new Set(corpus.documents.flatMap((d) => d.spans.map((s) => s.type)));
    expect([...types].sort()).toEqual(
      [
        'bsn',
        'credit_card',
        'date_of_birth',
        'email',
        'geo_coordinates',
        'iban',
        'id_card_number',
        'ip_address',
        'licence_plate',
        'mrz',
        'passport_number',
        'person_name',
        'phone',
        'postal_address',
        'postcode',
        'user_agent',
      ].sort(),
    );
    const kinds = new Set(corpus.documents.flatMap((d) => d.decoys.map((s) => s.kind)));
    for (const k of [
      'vat_number',
      'rsin',
      'tracking_code',
      'timestamp',
      'message_id',
      'kvk_number',
      'ean',
      'order_number',
    ]) {
      expect(kinds).toContain(k);
    }
  });

  it('plants only valid identifiers', () => {
    for (const v of valuesOf('bsn')) expect(passesElevenProof(digitsOf(v)), v).toBe(true);
    for (const v of valuesOf('iban'))
      expect(isValidIbanChecksum(v.replace(/\s/g, '').toUpperCase()), v).toBe(true);
    for (const v of valuesOf('credit_card')) expect(passesLuhn(digitsOf(v)), v).toBe(true);
    for (const v of valuesOf('phone')) {
      const normalised = /^31\d{9}$/.test(v) ? `+${v}` : v; // RADIUS logs write MSISDNs without +
      expect(parsePhoneNumberFromString(normalised, 'NL')?.isValid(), v).toBe(true);
    }
    const ips = valuesOf('ip_address');
    expect(ips.filter((v) => v.includes('::')).length).toBeGreaterThan(50);
    for (const v of ips) expect(isIP(v), v).not.toBe(0);
    for (const v of valuesOf('postcode')) expect(v).toMatch(/^[1-9]\d{3} ?[A-Z]{2}$/);
    for (const v of valuesOf('licence_plate'))
      expect(v).toMatch(/^[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}$/);
  });

  it('writes machine-readable zones whose every ICAO 7-3-1 check digit holds', () => {
    const zones = valuesOf('mrz');
    expect(zones.length).toBeGreaterThan(5);
    const check = (line: string, from: number, to: number, at: number) =>
      expect(icaoCheckDigit(line, from, to), line).toBe(Number(line[at]));
    for (const zone of zones) {
      const lines = zone.split('\n');
      if (lines.length === 2) {
        const [, l2] = lines as [string, string];
        expect(lines.every((l) => l.length === 44)).toBe(true);
        check(l2, 0, 9, 9);
        check(l2, 13, 19, 19);
        check(l2, 21, 27, 27);
        check(l2, 28, 42, 42);
        expect(icaoCheckDigit(`${l2.slice(0, 10)}${l2.slice(13, 20)}${l2.slice(21, 43)}`)).toBe(
          Number(l2[43]),
        );
      } else {
        const [l1, l2] = lines as [string, string, string];
        expect(lines.every((l) => l.length === 30)).toBe(true);
        check(l1, 5, 14, 14);
        check(l2, 0, 6, 6);
        check(l2, 8, 14, 14);
        expect(icaoCheckDigit(`${l1.slice(5)}${l2.slice(0, 7)}${l2.slice(8, 15)}${l2.slice(18, 29)}`)).toBe(
          Number(l2[29]),
        );
      }
    }
  });

  it('makes look-alikes that pass the same checks, so only context tells them apart', () => {
    const orders = decoysOf('order_number').filter((v) => /^\d{9}$/.test(v));
    expect(orders.length).toBeGreaterThan(20);
    for (const v of orders) expect(passesElevenProof(v), v).toBe(true);
    for (const v of decoysOf('rsin')) expect(passesElevenProof(v), v).toBe(true);
    for (const v of decoysOf('ean')) expect(isValidGtin(v), v).toBe(true);
  });
});
