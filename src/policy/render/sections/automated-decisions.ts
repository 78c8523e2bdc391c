import { type RenderContext, sentence } from '../context.js';
import { type Block, list, paragraph, type Section } from '../document.js';

/**
 * Automated decision-making (Art. 13(2)(f)) and, apart from it, the purposes that profile people without
 * deciding anything automatically: a reader deserves to know both.
 */
export function automatedDecisionsSection(ctx: RenderContext): Section {
  const { policy, phrases, t, org } = ctx;
  const adm = policy.automatedDecisionMaking;
  const blocks: Block[] = [];
  if (adm.used) {
    const deciding = policy.activities.filter((a) => a.automatedDecisions);
    blocks.push(paragraph(phrases.automatedDecisions(org, deciding.length > 0)));
    if (deciding.length > 0) blocks.push(list(deciding.map((a) => [t(a.purpose)])));
    if (adm.logic) blocks.push(paragraph(sentence(phrases.automatedDecisionLogic(t(adm.logic)))));
  } else {
    blocks.push(paragraph(phrases.noAutomatedDecisions(org)));
  }
  const profiling = policy.activities.filter((a) => a.profiling && !(adm.used && a.automatedDecisions));
  if (profiling.length > 0) {
    blocks.push(
      paragraph(phrases.profilingIntro(profiling.length)),
      list(profiling.map((a) => [t(a.purpose)])),
    );
  }
  return { id: 'automated-decisions', heading: phrases.headings.automatedDecisions, blocks };
}
