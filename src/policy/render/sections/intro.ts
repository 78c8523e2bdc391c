import type { RenderContext } from '../context.js';
import {
  type Block,
  type InlinePart,
  inlines,
  lineBreak,
  link,
  mailLink,
  paragraph,
  phoneLink,
  type Section,
} from '../document.js';

/**
 * The opening block, without a heading as in the seed: the website, who the controller is and where,
 * and how to reach the data protection officer (Art. 13(1)(a)–(b)).
 */
export function introSection(ctx: RenderContext): Section {
  const { policy, phrases, org } = ctx;
  const c = policy.controller;
  const blocks: Block[] = [];

  const website = policy.meta.website ?? c.website;
  if (website) blocks.push(paragraph(link(website, website)));

  const address: InlinePart[] = [
    c.tradeName ? phrases.tradingAs(c.legalName, c.tradeName) : c.legalName,
    lineBreak,
    c.address.street,
    lineBreak,
    `${c.address.postcode} ${c.address.city}`,
    lineBreak,
    ctx.country(c.address.country),
    lineBreak,
    phoneLink(c.phone),
  ];
  if (c.chamberOfCommerce !== 'unstated')
    address.push(lineBreak, phrases.chamberOfCommerce(c.chamberOfCommerce));
  blocks.push({ kind: 'address', content: inlines(...address) });

  const dpo = policy.dpo;
  if (dpo !== 'unstated') {
    blocks.push(
      paragraph(
        phrases.dpo({
          name: dpo.name,
          title: dpo.title ? ctx.t(dpo.title) : phrases.defaultDpoTitle,
          org,
          email: mailLink(dpo.email),
          phone: dpo.phone ? phoneLink(dpo.phone) : undefined,
        }),
      ),
    );
  }
  // The controller's own address matters when there is no DPO, or when the DPO has another one.
  if (dpo === 'unstated' || dpo.email !== c.email)
    blocks.push(paragraph(phrases.controllerContact(org, mailLink(c.email))));
  if (c.representative) blocks.push(paragraph(phrases.representative(c.representative)));
  if (c.jointControllers.length > 0)
    blocks.push(paragraph(phrases.jointControllers(ctx.and(c.jointControllers))));
  return { id: 'contact', blocks };
}
