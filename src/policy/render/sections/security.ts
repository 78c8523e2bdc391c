import type { RenderContext } from '../context.js';
import { type Block, list, mailLink, paragraph, type Section } from '../document.js';

/** The security promise, the measures where the policy lists them (Art. 32), and where to report misuse. */
export function securitySection(ctx: RenderContext): Section {
  const { policy, phrases, t } = ctx;
  const blocks: Block[] = [paragraph(t(policy.security.statement))];
  if (policy.security.measures.length > 0) {
    blocks.push(paragraph(phrases.measuresIntro), list(policy.security.measures.map((m) => [t(m)])));
  }
  const contact = t(policy.breach.contact);
  // The contact sentence usually names the address already (the seed's does); otherwise add it.
  blocks.push(
    contact.includes(policy.breach.email)
      ? paragraph(contact)
      : paragraph(contact, ' ', phrases.breachEmail(mailLink(policy.breach.email))),
  );
  return { id: 'security', heading: phrases.headings.security, blocks };
}
