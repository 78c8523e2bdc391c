import { describe, expect, it } from 'vitest';
import { followable } from './links.js';

const base = 'https://www.cloudaware.eu/';
const site = 'cloudaware.eu';

describe('followable', () => {
  it('follows same-site pages, without their fragment, sub-domains included', () => {
    expect(followable('/over-ons#team', base, site)).toBe('https://www.cloudaware.eu/over-ons');
    expect(followable('https://shop.cloudaware.eu/', base, site)).toBe('https://shop.cloudaware.eu/');
  });

  it('skips other sites, non-web links, files and sign-out links', () => {
    expect(followable('https://www.facebook.com/cloudaware', base, site)).toBeUndefined();
    expect(followable('mailto:privacy@cloudaware.eu', base, site)).toBeUndefined();
    expect(followable('tel:+31701234567', base, site)).toBeUndefined();
    expect(followable('javascript:void(0)', base, site)).toBeUndefined();
    expect(followable('/docs/voorwaarden.pdf', base, site)).toBeUndefined();
    expect(followable('/account/logout', base, site)).toBeUndefined();
    expect(followable('/account/uitloggen', base, site)).toBeUndefined();
    expect(followable('/account?action=sign-out', base, site)).toBeUndefined();
    expect(followable('/account', base, site, 'Afmelden')).toBeUndefined();
  });
});
