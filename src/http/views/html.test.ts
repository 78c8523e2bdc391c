import { describe, expect, it } from 'vitest';
import { html, trustedHtml } from './html.js';

describe('html template', () => {
  it('escapes interpolated text so a value cannot open a tag or leave an attribute', () => {
    const name = `<script>alert("x")</script>' onmouseover='x`;
    const out = html`<p title="${name}">${name}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/title="[^"]*"[^>]/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;');
  });

  it('keeps nested templates and trusted markup as markup, and renders lists and nothing', () => {
    const items = ['a&b', 'c'];
    const out =
      html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${null}${false}${undefined}${trustedHtml(
        '<hr>',
      )}${0}`.value;
    expect(out).toBe('<ul><li>a&amp;b</li><li>c</li></ul><hr>0');
  });
});
