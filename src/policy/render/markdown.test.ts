import { describe, expect, it } from 'vitest';
import { hostilePolicy, seedPolicy } from '../../../test/helpers/render-policies.js';
import { renderStatement } from './render.js';

/** The lines of the Markdown outside the front matter. */
const body = (md: string) => md.split('\n+++\n')[1] ?? '';

describe('Markdown statement', () => {
  it('starts with Hugo front matter in TOML between +++ lines', async () => {
    const md = renderStatement(await seedPolicy(), { lang: 'en', format: 'md' });
    const [open, ...rest] = md.split('\n');
    expect(open).toBe('+++');
    const front = rest.slice(0, rest.indexOf('+++'));
    expect(front).toEqual([
      'title = "Privacy statement"',
      'description = "CloudAware privacy statement"',
      'date = "2023-12-21"',
      'aliases = ["privacy", "privacybeleid"]',
      'author = "Jeroen Hermans"',
    ]);
  });

  it('keeps quotes in front matter inside the TOML string', async () => {
    const md = renderStatement(await hostilePolicy(), { lang: 'nl', format: 'md' });
    const title = md.split('\n').find((l) => l.startsWith('title = '));
    // One string: every inner quote escaped, so the value cannot end early and inject keys.
    expect(title).toMatch(/^title = "(?:[^"\\]|\\.)*"$/);
    expect(title).toContain('\\"x\\"');
  });

  it('shows markup from the policy as text, never as links, HTML or Hugo shortcodes', async () => {
    const md = body(renderStatement(await hostilePolicy(), { lang: 'nl', format: 'md' }));
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('\\[link\\](javascript:alert(1))');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).not.toContain('{{<');
    expect(md).not.toMatch(/(?<!\\)\*bold(?<!\\)\*/);
    // The policy's website is a javascript: URL: shown, but not as a link target.
    expect(md.split('\n')).toContain('javascript:alert(1)');
  });

  it('does not let a label turn into a heading or a nested list', async () => {
    const md = body(renderStatement(await hostilePolicy(), { lang: 'nl', format: 'md' }));
    const lines = md.split('\n');
    // "- …" label and "# …" purpose stay list items with literal text.
    expect(lines.some((l) => /^- \\- /.test(l))).toBe(true);
    expect(lines.some((l) => /^- \\# /.test(l))).toBe(true);
    expect(lines.some((l) => /^- - /.test(l) || /^- # /.test(l))).toBe(false);
  });

  it('keeps a cookie table row at five cells when names and texts contain pipes', async () => {
    const md = body(renderStatement(await hostilePolicy(), { lang: 'en', format: 'md' }));
    const row = md.split('\n').find((l) => l.includes('a\\|b'));
    expect(row).toBeDefined();
    const cells = (row ?? '').split(/(?<!\\)\|/).slice(1, -1);
    expect(cells).toHaveLength(5);
  });
});
