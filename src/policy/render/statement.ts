import type { Policy } from '../schema.js';
import { renderContext } from './context.js';
import type { Section, StatementDocument } from './document.js';
import { automatedDecisionsSection } from './sections/automated-decisions.js';
import { categoriesSection } from './sections/categories.js';
import { complaintSection } from './sections/complaint.js';
import { cookiesSection } from './sections/cookies.js';
import { introSection } from './sections/intro.js';
import { purposesSection } from './sections/purposes.js';
import { retentionSection } from './sections/retention.js';
import { rightsSection } from './sections/rights.js';
import { securitySection } from './sections/security.js';
import { sensitiveSection } from './sections/sensitive.js';
import { sharingSection } from './sections/sharing.js';

// The seed's order; the complaint section (which the seed lacks) follows the rights it belongs to.
const sectionBuilders = [
  introSection,
  categoriesSection,
  sensitiveSection,
  purposesSection,
  automatedDecisionsSection,
  retentionSection,
  sharingSection,
  cookiesSection,
  rightsSection,
  complaintSection,
  securitySection,
];

/**
 * The privacy statement of a policy in one language, as a format-independent document. Pure: the same
 * policy and language always give the same document. Throws RENDER_UNKNOWN_LANGUAGE when the policy is
 * not published in `lang`.
 *
 * @example
 *   const doc = buildStatement(policy, 'nl');
 *   doc.sections.map((s) => s.heading); // [undefined, 'Persoonsgegevens die wij verwerken', …]
 */
export function buildStatement(policy: Policy, lang: string): StatementDocument {
  const ctx = renderContext(policy, lang);
  const { meta } = policy;
  const sections = sectionBuilders
    .map((build) => build(ctx))
    .filter((s): s is Section => s !== undefined && s.blocks.length > 0);
  return {
    lang,
    title: ctx.t(meta.title),
    description: ctx.t(meta.description),
    date: meta.date,
    dateText: new Intl.DateTimeFormat(ctx.phrases.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${meta.date}T00:00:00Z`),
    ),
    updatedLabel: ctx.phrases.lastUpdated,
    aliases: meta.aliases,
    author: meta.author,
    sections,
  };
}
