import type { RenderContext } from '../context.js';
import { type Block, list, paragraph, type Section } from '../document.js';

/**
 * Recipients (Art. 13(1)(e)) and transfers outside the EEA (13(1)(f)). Named recipients are always
 * listed; categories of recipients only when the policy has no general sharing sentence, which already
 * names them. "No transfers" is said only when every purpose states it: one `unstated` keeps it silent.
 */
export function sharingSection(ctx: RenderContext): Section | undefined {
  const { policy, phrases, t } = ctx;
  const blocks: Block[] = [];
  if (policy.sharing) blocks.push(paragraph(t(policy.sharing)));

  const shown = policy.recipients.filter((r) => !r.isCategory || !policy.sharing);
  if (shown.length > 0) {
    blocks.push(
      paragraph(phrases.recipientsIntro),
      list(
        shown.map((r) => [
          r.isCategory
            ? t(r.name)
            : phrases.recipient({
                name: t(r.name),
                kind: phrases.recipientKind[r.kind],
                country: r.country ? ctx.country(r.country) : undefined,
                basis: r.basis !== 'unstated' ? phrases.disclosureBasis[r.basis] : undefined,
                agreement: r.kind === 'processor' && r.processingAgreement === true,
              }),
        ]),
      ),
    );
  }

  const transfers = transferLines(ctx);
  if (transfers === 'none') blocks.push(paragraph(phrases.noTransfers));
  else if (transfers.length > 0)
    blocks.push(paragraph(phrases.transfersIntro), list(transfers.map((l) => [l])));

  if (blocks.length === 0) return undefined;
  return { id: 'sharing', heading: phrases.headings.sharing, blocks };
}

/** One line per distinct transfer; 'none' when every purpose says it has none. */
function transferLines(ctx: RenderContext): string[] | 'none' {
  const { policy, phrases, t } = ctx;
  const stated = policy.activities.map((a) => a.transfers);
  if (stated.every((x) => Array.isArray(x) && x.length === 0)) return 'none';
  const lines = new Set<string>();
  for (const list of stated) {
    if (list === 'unstated') continue;
    for (const tr of list) {
      const recipient = policy.recipients.find((r) => r.id === tr.recipient);
      lines.add(
        phrases.transfer({
          country: ctx.country(tr.country),
          recipient: recipient ? t(recipient.name) : undefined,
          safeguard: phrases.safeguard[tr.safeguard],
          reference: tr.reference,
        }),
      );
    }
  }
  return [...lines];
}
