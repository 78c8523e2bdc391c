import { describe, expect, it } from 'vitest';
import { cookieDomainSite, registrableDomain, siteOf } from './site.js';

describe('siteOf', () => {
  it('groups sub-domains under their registrable domain, also below two-label suffixes', () => {
    expect(siteOf('https://www.cloudaware.eu/diensten')).toBe('cloudaware.eu');
    expect(siteOf('https://static.cloudaware.eu/app.js')).toBe('cloudaware.eu');
    expect(siteOf('https://shop.example.co.uk/')).toBe('example.co.uk');
    expect(siteOf('https://www.google-analytics.com/g/collect')).toBe('google-analytics.com');
  });

  it('tells ports apart on IP addresses and localhost, where there is no registrable domain', () => {
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(siteOf('http://127.0.0.1:8081/pixel.gif')).toBe('127.0.0.1:8081');
    expect(siteOf('http://localhost/')).toBe('localhost:80');
    expect(siteOf('https://localhost/')).toBe('localhost:443');
  });

  it('has no site for URLs without a host', () => {
    expect(siteOf('data:image/gif;base64,R0lG')).toBeUndefined();
    expect(siteOf('about:blank')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });

  it('reads a cookie domain as a site only where the domain can name one', () => {
    expect(cookieDomainSite('.www.example.com')).toBe('example.com');
    expect(cookieDomainSite('127.0.0.1')).toBeUndefined();
    expect(registrableDomain('example.com')).toBe('example.com');
  });
});
