import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countToken, rateKey, truncateClientAddress, visitorId } from './visitor.js';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

describe('truncating the client address', () => {
  it('keeps an IPv4 /24 and an IPv6 /48', () => {
    expect(truncateClientAddress('192.0.2.77')).toBe('192.0.2.0');
    expect(truncateClientAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::');
    expect(truncateClientAddress('2001:DB8:85A3::1')).toBe('2001:db8:85a3::');
  });

  it('treats an IPv4 address seen through a dual-stack socket as the IPv4 address', () => {
    expect(truncateClientAddress('::ffff:192.0.2.77')).toBe('192.0.2.0');
  });

  it('gives an empty string for what is not an address', () => {
    expect(truncateClientAddress('unknown')).toBe('');
    expect(truncateClientAddress('')).toBe('');
  });
});

describe('visitor ids', () => {
  const salt = randomBytes(32);
  const visit = { site: 'cloudaware', address: '198.51.100.23', userAgent: CHROME };

  it('are the same for one browser on one /24 under one salt', () => {
    const id = visitorId(salt, visit);
    expect(id).toHaveLength(32);
    expect(visitorId(salt, { ...visit, address: '198.51.100.240' })).toEqual(id);
  });

  it('differ by network, browser, site and salt', () => {
    const id = visitorId(salt, visit);
    expect(visitorId(salt, { ...visit, address: '198.51.101.23' })).not.toEqual(id);
    expect(visitorId(salt, { ...visit, userAgent: FIREFOX })).not.toEqual(id);
    expect(visitorId(salt, { ...visit, site: 'portal' })).not.toEqual(id);
    expect(visitorId(randomBytes(32), visit)).not.toEqual(id);
  });

  it('do not contain the address or the user agent', () => {
    const id = visitorId(salt, visit).toString('latin1');
    expect(id).not.toContain('198.51');
    expect(id).not.toContain('Chrome');
  });

  it('give unlinkable count tokens per counted thing', () => {
    const id = visitorId(salt, visit);
    const tokens = new Set([
      countToken(id, 'site', ''),
      countToken(id, 'page', '/'),
      countToken(id, 'page', '/tarieven'),
      countToken(id, 'referrer', 'google.com'),
    ]);
    expect(tokens.size).toBe(4);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{32}$/);
    expect(countToken(id, 'page', '/')).toBe(countToken(visitorId(salt, visit), 'page', '/'));
  });

  it('key the rate limiter per /24 and per salt', () => {
    expect(rateKey(salt, '198.51.100.1')).toBe(rateKey(salt, '198.51.100.200'));
    expect(rateKey(salt, '198.51.101.1')).not.toBe(rateKey(salt, '198.51.100.1'));
    expect(rateKey(randomBytes(32), '198.51.100.1')).not.toBe(rateKey(salt, '198.51.100.1'));
  });
});
