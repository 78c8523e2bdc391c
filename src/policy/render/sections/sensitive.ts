import { contactEmail, lowerFirst, type RenderContext } from '../context.js';
import { type Block, mailLink, paragraph, type Section } from '../document.js';

/** Special (Art. 9) and otherwise sensitive data, national identifiers, and the rule for children (Art. 8). */
export function sensitiveSection(ctx: RenderContext): Section {
  const { policy, phrases, t } = ctx;
  const labels = (pick: (c: (typeof policy.categories)[number]) => boolean) =>
    policy.categories.filter(pick).map((c) => lowerFirst(t(c.label)));

  const special = labels((c) => c.special);
  const sensitive = labels((c) => c.sensitive && !c.special);
  const sentences = [
    special.length > 0 ? phrases.specialCategories(ctx.and(special)) : phrases.noSpecialCategories,
  ];
  if (sensitive.length > 0) sentences.push(phrases.sensitiveCategories(ctx.and(sensitive)));
  for (const c of policy.categories) {
    if (c.statutoryBasis) sentences.push(phrases.statutoryBasis(lowerFirst(t(c.label)), c.statutoryBasis));
  }
  const blocks: Block[] = [paragraph(sentences.join(' '))];

  const children = policy.children;
  if (children !== 'unstated') {
    const groups = policy.subjects.filter((s) => s.mayIncludeChildren).map((s) => lowerFirst(t(s.label)));
    const age = children.minimumAge;
    blocks.push(
      paragraph(
        phrases.childrenNotIntended({
          group: groups.length > 0 ? ctx.or(groups) : phrases.people,
          age,
          parentalConsent: children.parentalConsent,
        }),
        ' ',
        phrases.childrenAgeCheck[children.ageVerification](age),
        ' ',
        phrases.childrenReport({
          email: mailLink(contactEmail(policy)),
          parentalConsent: children.parentalConsent,
          age,
          onReport: children.onReport,
        }),
      ),
    );
  }
  return { id: 'sensitive', heading: phrases.headings.sensitive, blocks };
}
