import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../../../test/helpers/html-balance.js';
import { hostilePolicy, seedPolicy } from '../../../test/helpers/render-policies.js';
import { renderStatement, renderStatementHtmlFragment } from './render.js';

describe('HTML statement', () => {
  it('is a standalone page: doctype, language, charset, viewport, title, styles', async () => {
    const html = renderStatement(await seedPolicy(), { lang: 'nl', format: 'html' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<meta name="viewport" content="width=device-width[^"]*">/);
    expect(html).toContain('<title>Privacybeleid</title>');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(htmlProblems(html)).toEqual([]);
  });

  it('uses headings, an address and real links for e-mail, phone and website', async () => {
    const html = renderStatement(await seedPolicy(), { lang: 'en', format: 'html' });
    expect(html).toContain('<h1>Privacy statement</h1>');
    expect(html).toContain('<h2>How long we keep personal data</h2>');
    expect(html).toMatch(/<address>[\s\S]*Bezuidenhoutseweg 98[\s\S]*<\/address>/);
    expect(html).toContain('<a href="mailto:privacy@cloudaware.eu">privacy@cloudaware.eu</a>');
    expect(html).toContain('<a href="https://cloudaware.eu">');
    expect(html).toContain('<a href="tel:+31857828878">');
  });

  it('escapes every string from the policy', async () => {
    const html = renderStatement(await hostilePolicy(), { lang: 'nl', format: 'html' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<b>|<i>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(htmlProblems(html)).toEqual([]);
  });

  it('shows declared cookies as a table with a header row', async () => {
    const html = renderStatement(await hostilePolicy(), { lang: 'en', format: 'html' });
    const table = /<table>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(table).toContain(
      '<th scope="col">Name</th><th scope="col">Provider</th><th scope="col">Type</th><th scope="col">Purpose</th><th scope="col">Lifetime</th>',
    );
    expect(table).toContain('<code>a|b`c&lt;d&gt;</code>');
    expect(table).toContain('<td>1 year</td>');
  });

  it('gives the portal a fragment without <html>, <head> or <body>', async () => {
    const fragment = renderStatementHtmlFragment(await seedPolicy(), { lang: 'nl' });
    expect(fragment).not.toMatch(/<(html|head|body)[\s>]|<!doctype/i);
    expect(fragment.startsWith('<article class="privacy-statement" lang="nl">')).toBe(true);
    expect(fragment).toContain('vier weken');
    expect(htmlProblems(fragment)).toEqual([]);
  });

  it('refuses a language the policy is not published in', async () => {
    const policy = await seedPolicy();
    expect(() => renderStatementHtmlFragment(policy, { lang: 'de' })).toThrow(
      expect.objectContaining({ code: 'RENDER_UNKNOWN_LANGUAGE', kind: 'input' }),
    );
  });

  it('is checked by a balance check that does catch broken HTML', () => {
    expect(htmlProblems('<p><strong>x</p></strong>')).not.toEqual([]);
    expect(htmlProblems('<p>a < b</p>')).not.toEqual([]);
    expect(htmlProblems('<ul><li>x</li>')).not.toEqual([]);
    expect(htmlProblems('<p>a<br>b &amp; c</p>')).toEqual([]);
  });
});
