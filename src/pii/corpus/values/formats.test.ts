import { isIPv4, isIPv6 } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { Prng } from '../prng.js';
import { dutchAddress } from './address.js';
import { geoCoordinates } from './geo.js';
import { dutchDocumentNumber } from './identity-document.js';
import { compressIpv6, ipv4, ipv6, userAgent } from './network.js';
import { phoneNumber } from './phone.js';
import { licencePlate } from './vehicle.js';

const rng = () => new Prng('formats');

describe('phone numbers', () => {
  it('are all valid numbers by libphonenumber, read as Dutch when written nationally', () => {
    const r = rng();
    for (let i = 0; i < 400; i++) {
      const text = phoneNumber(r);
      const parsed = parsePhoneNumberFromString(text.replace('(0)', ''), 'NL');
      expect(parsed?.isValid(), text).toBe(true);
    }
  });
});

describe('IP addresses', () => {
  it('compresses IPv6 the RFC 5952 way', () => {
    expect(compressIpv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])).toBe('2001:db8::1');
    expect(compressIpv6([0, 0, 0, 0, 0, 0, 0, 1])).toBe('::1');
    expect(compressIpv6([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(compressIpv6([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1])).toBe('2001:db8:0:1:1:1:1:1');
    expect(compressIpv6([0x2001, 0, 0, 1, 0, 0, 1, 1])).toBe('2001::1:0:0:1:1');
    expect(compressIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 0])).toBe('2001:db8:0:0:1::');
  });

  it('generates addresses Node itself accepts, including compressed and mapped IPv6', () => {
    const r = rng();
    const v6 = Array.from({ length: 300 }, () => ipv6(r));
    for (const a of v6) expect(isIPv6(a), a).toBe(true);
    expect(v6.some((a) => a.includes('::'))).toBe(true);
    expect(v6.some((a) => a.startsWith('::ffff:'))).toBe(true);
    expect(v6.some((a) => /^[0-9a-f]{4}(:[0-9a-f]{4}){7}$/.test(a))).toBe(true);
    for (let i = 0; i < 100; i++) expect(isIPv4(ipv4(r))).toBe(true);
  });
});

describe('Dutch formats', () => {
  it('writes postcodes with four digits (no leading 0) and two allowed letters', () => {
    const r = rng();
    for (let i = 0; i < 300; i++) {
      const { postcode, street } = dutchAddress(r);
      expect(postcode).toMatch(/^[1-9]\d{3} ?[A-Z]{2}$/);
      expect(postcode).not.toMatch(/[FIOQUY]|S[ADS]$/);
      expect(street).toMatch(/\s\d+/);
    }
  });

  it('writes licence plates in a current sidecode with consonants only', () => {
    const r = rng();
    const sidecodes = [
      /^[A-Z]{2}-\d{2}-[A-Z]{2}$/,
      /^[A-Z]{2}-[A-Z]{2}-\d{2}$/,
      /^\d{2}-[A-Z]{2}-[A-Z]{2}$/,
      /^\d{2}-[A-Z]{3}-\d$/,
      /^\d-[A-Z]{3}-\d{2}$/,
      /^[A-Z]{2}-\d{3}-[A-Z]$/,
      /^[A-Z]-\d{3}-[A-Z]{2}$/,
      /^[A-Z]{3}-\d{2}-[A-Z]$/,
    ];
    for (let i = 0; i < 300; i++) {
      const plate = licencePlate(r);
      expect(
        sidecodes.some((s) => s.test(plate)),
        plate,
      ).toBe(true);
      expect(plate).not.toMatch(/[AEIOUCMQW]/);
    }
  });

  it('writes document numbers without the letter O and with a final digit', () => {
    const r = rng();
    for (let i = 0; i < 300; i++) expect(dutchDocumentNumber(r)).toMatch(/^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/);
  });

  it('places coordinates inside the Netherlands', () => {
    const r = rng();
    for (let i = 0; i < 200; i++) {
      const text = geoCoordinates(r);
      const decimal = text.match(/^(\d+\.\d+)°?(?: N)?, ?(\d+\.\d+)/);
      if (!decimal) continue;
      expect(Number(decimal[1])).toBeGreaterThan(50.7);
      expect(Number(decimal[1])).toBeLessThan(53.6);
      expect(Number(decimal[2])).toBeGreaterThan(3.3);
      expect(Number(decimal[2])).toBeLessThan(7.3);
    }
  });

  it('writes browser user agents', () => {
    const r = rng();
    for (let i = 0; i < 50; i++) expect(userAgent(r)).toMatch(/^Mozilla\/5\.0 \(.+\) .+\/\d+/);
  });
});
