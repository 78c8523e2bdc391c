import type { RenderContext } from '../context.js';
import { link, paragraph, type Section } from '../document.js';

/** The right to complain to a supervisory authority (Art. 13(2)(d)); absent while the policy leaves it unstated. */
export function complaintSection(ctx: RenderContext): Section | undefined {
  const { complaint } = ctx.policy.rights;
  if (complaint === 'unstated') return undefined;
  const authority = complaint.url ? link(complaint.authority, complaint.url) : complaint.authority;
  return {
    id: 'complaint',
    heading: ctx.phrases.headings.complaint,
    blocks: [paragraph(ctx.phrases.complaint(authority))],
  };
}
