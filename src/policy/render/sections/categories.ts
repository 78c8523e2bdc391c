import type { RenderContext } from '../context.js';
import { type Block, list, paragraph, type Section } from '../document.js';

/** The categories of personal data, in the policy's order, and where they come from (Art. 14(1)(d), 14(2)(f)). */
export function categoriesSection(ctx: RenderContext): Section {
  const { policy, phrases, t } = ctx;
  const blocks: Block[] = [
    paragraph(`${t(policy.collection)} ${phrases.categoriesIntro}`),
    list(policy.categories.map((c) => [c.description ? `${t(c.label)}: ${t(c.description)}` : t(c.label)])),
  ];
  const sources = new Set(policy.activities.flatMap((a) => a.source));
  const more = [
    sources.has('third_party') ? phrases.sourceThirdParty : undefined,
    sources.has('public_source') ? phrases.sourcePublic : undefined,
  ].filter((s): s is string => s !== undefined);
  if (more.length > 0) blocks.push(paragraph(more.join(' ')));
  return { id: 'categories', heading: phrases.headings.categories, blocks };
}
