import { describe, expect, it } from 'vitest';
import { campaignTags, describePageview, pagePath, referrerHost } from './pageview.js';

const site = ['https://www.cloudaware.nl', 'https://cloudaware.nl'];

describe('what is kept of a page view', () => {
  it('keeps the path and drops the query string and the fragment', () => {
    const facts = describePageview(
      new URL('https://www.cloudaware.nl/tarieven?plan=pro&session=abc123&email=jan%40example.nl#prijzen'),
      '',
      site,
    );
    expect(facts).toEqual({ page: '/tarieven' });
    expect(JSON.stringify(facts)).not.toMatch(/plan|session|abc123|example|prijzen/);
  });

  it('keeps utm_source, utm_medium and utm_campaign, in that order, and no other parameter', () => {
    const url = new URL(
      'https://cloudaware.nl/?utm_campaign=Lente%202026&gclid=XYZ&utm_source=nieuwsbrief&utm_medium=email&utm_content=knop&utm_term=cloud',
    );
    expect(campaignTags(url)).toBe('utm_source=nieuwsbrief&utm_medium=email&utm_campaign=Lente+2026');
    expect(describePageview(url, undefined, site).campaign).toBe(
      'utm_source=nieuwsbrief&utm_medium=email&utm_campaign=Lente+2026',
    );
  });

  it('has no campaign when the tags are absent or empty', () => {
    expect(campaignTags(new URL('https://cloudaware.nl/?utm_source=&ref=x'))).toBeUndefined();
    expect(describePageview(new URL('https://cloudaware.nl/'), undefined, site)).toEqual({ page: '/' });
  });

  it('replaces personal data in a path or a tag by its type', () => {
    expect(pagePath(new URL('https://cloudaware.nl/klant/jan.jansen@example.nl/facturen'))).toBe(
      '/klant/<email>/facturen',
    );
    expect(campaignTags(new URL('https://cloudaware.nl/?utm_source=jan.jansen@example.nl'))).toBe(
      'utm_source=%3Cemail%3E',
    );
  });

  it('decodes the path and treats a trailing slash as the same page', () => {
    expect(pagePath(new URL('https://cloudaware.nl/over%20ons/'))).toBe('/over ons');
    expect(pagePath(new URL('https://cloudaware.nl/'))).toBe('/');
    expect(pagePath(new URL('https://cloudaware.nl/%E0%A4%A'))).toBe('/%E0%A4%A');
  });

  it('keeps only the host of another site as referrer, without www', () => {
    const page = new URL('https://www.cloudaware.nl/');
    expect(referrerHost('https://www.google.com/search?q=jan+jansen', page, site)).toBe('google.com');
    expect(referrerHost('https://news.ycombinator.com/item?id=1', page, site)).toBe('news.ycombinator.com');
  });

  it('ignores referrers from the site itself, and what is not a web address', () => {
    const page = new URL('https://www.cloudaware.nl/tarieven');
    expect(referrerHost('https://www.cloudaware.nl/', page, site)).toBeUndefined();
    expect(referrerHost('https://cloudaware.nl/blog', page, site)).toBeUndefined();
    expect(referrerHost('android-app://com.google.android.gm/', page, site)).toBeUndefined();
    expect(referrerHost('not a url', page, site)).toBeUndefined();
    expect(referrerHost('', page, site)).toBeUndefined();
  });
});
