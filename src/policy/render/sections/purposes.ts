import { lowerFirst, type RenderContext, sentence } from '../context.js';
import { type InlinePart, lineBreak, list, paragraph, type Section } from '../document.js';

/**
 * The purposes, each with what the policy states about it: its legal basis (Art. 13(1)(c)), the
 * legitimate interest (13(1)(d)), and whether the data must be provided (13(2)(e)). A purpose whose
 * basis is `unstated` shows only its wording, as in the seed.
 */
export function purposesSection(ctx: RenderContext): Section {
  const { policy, phrases, t } = ctx;
  const items = policy.activities.map((a): InlinePart[] => {
    const notes: string[] = [];
    if (a.legalBasis !== 'unstated') notes.push(phrases.legalBasis[a.legalBasis]);
    if (a.legitimateInterest)
      notes.push(sentence(phrases.legitimateInterest(lowerFirst(t(a.legitimateInterest)))));
    if (a.provisionRequirement !== 'unstated') notes.push(phrases.provision[a.provisionRequirement]);
    if (a.consequencesOfNotProviding) notes.push(sentence(t(a.consequencesOfNotProviding)));
    return notes.length > 0 ? [t(a.purpose), lineBreak, notes.join(' ')] : [t(a.purpose)];
  });
  return {
    id: 'purposes',
    heading: phrases.headings.purposes,
    blocks: [paragraph(phrases.purposesIntro(ctx.org)), list(items)],
  };
}
