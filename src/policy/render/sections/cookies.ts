import type { RenderContext } from '../context.js';
import { type Block, type Inline, paragraph, type Section } from '../document.js';

/**
 * Which kinds of cookies are used, what a cookie is, the declared cookies one by one as a table (when
 * the policy lists them) and how to refuse them.
 */
export function cookiesSection(ctx: RenderContext): Section {
  const { policy, phrases, t, org } = ctx;
  const { categoriesUsed, privacyFriendlyAnalytics, declared, optOut } = policy.cookies;
  const blocks: Block[] = [];

  if (categoriesUsed.length === 0) {
    blocks.push(paragraph(phrases.noCookies(org)));
  } else {
    const kinds = categoriesUsed.map((c) =>
      c === 'analytics' && privacyFriendlyAnalytics
        ? phrases.privacyFriendlyAnalytics
        : phrases.cookieKinds[c],
    );
    blocks.push(
      paragraph(
        [
          phrases.cookiesUsed(org, ctx.and(kinds)),
          phrases.cookieDefinition,
          ...categoriesUsed.map((c) => phrases.cookieExplanation[c]),
        ].join(' '),
      ),
    );
  }

  if (declared !== 'unstated' && declared.length > 0) {
    blocks.push(paragraph(phrases.cookieTableIntro), {
      kind: 'table',
      header: [...phrases.cookieTableHeader],
      rows: declared.map((c): Inline[][] => [
        [{ kind: 'code', text: c.name }],
        [c.firstParty ? c.provider : phrases.thirdPartyCookie(c.provider)],
        [phrases.cookieCategoryName[c.category]],
        [t(c.purpose)],
        [c.lifetime === 'session' ? phrases.sessionLifetime : ctx.duration(c.lifetime)],
      ]),
    });
  }

  blocks.push(paragraph(t(optOut)));
  return { id: 'cookies', heading: phrases.headings.cookies, blocks };
}
