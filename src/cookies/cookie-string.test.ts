import { describe, expect, it } from 'vitest';
import { parseCookieWrite } from './cookie-string.js';

const now = new Date('2026-03-02T09:00:00Z');

describe('parseCookieWrite', () => {
  it('reads the name and the Domain attribute of a header or document.cookie write', () => {
    expect(parseCookieWrite('_ga=GA1.2.3; Domain=.Example.com; Path=/; Max-Age=63072000', now)).toEqual({
      name: '_ga',
      domain: 'example.com',
      path: '/',
      deletes: false,
    });
    expect(parseCookieWrite('sessionid=abc; HttpOnly', now)).toEqual({ name: 'sessionid', deletes: false });
  });

  it('tells a deletion from a write, with Max-Age taking precedence over Expires', () => {
    expect(parseCookieWrite('a=; expires=Thu, 01 Jan 1970 00:00:00 GMT', now)?.deletes).toBe(true);
    expect(parseCookieWrite('a=1; max-age=0', now)?.deletes).toBe(true);
    expect(parseCookieWrite('a=1; max-age=60; expires=Thu, 01 Jan 1970 00:00:00 GMT', now)?.deletes).toBe(
      false,
    );
    expect(parseCookieWrite('a=1; expires=Fri, 01 Jan 2100 00:00:00 GMT', now)?.deletes).toBe(false);
  });

  it('ignores a write without a name', () => {
    expect(parseCookieWrite('justavalue', now)).toBeUndefined();
    expect(parseCookieWrite('=x', now)).toBeUndefined();
  });
});
