import type { RightName } from '../../schema.js';
import { lowerFirst, type RenderContext } from '../context.js';
import {
  type Block,
  type Inline,
  type InlinePart,
  list,
  mailLink,
  paragraph,
  type Section,
} from '../document.js';

// The order a reader expects, whatever order the policy lists them in.
const order: readonly RightName[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'withdraw_consent',
  'objection',
  'portability',
];

/**
 * The rights offered (Art. 13(2)(b)–(c)), direct-marketing objection presented on its own (21(4)), how
 * to make a request, how identity is verified, and the response deadline (12(3)).
 */
export function rightsSection(ctx: RenderContext): Section | undefined {
  const { policy, phrases } = ctx;
  const offered = order.filter((r) => policy.rights.offered.includes(r));
  const blocks: Block[] = [];

  if (offered.length > 0) {
    blocks.push(
      paragraph(phrases.rightsIntro),
      list(
        offered.map((r): InlinePart[] => [
          { kind: 'strong', text: phrases.rightName[r] },
          ': ',
          rightText(ctx, r),
        ]),
      ),
    );
  }

  const marketing = policy.activities.filter((a) => a.directMarketing);
  if (offered.includes('objection') && marketing.length > 0) {
    // Art. 21(4): the absolute right to object to direct marketing is presented on its own.
    blocks.push(
      paragraph(phrases.directMarketingPurposes(marketing.length)),
      list(marketing.map((a) => [ctx.t(a.purpose)])),
      paragraph(phrases.directMarketingObjection),
    );
  }

  const request = requestParagraph(ctx);
  if (request) blocks.push(request);
  blocks.push(verificationParagraph(ctx));

  return { id: 'rights', heading: phrases.headings.rights, blocks };
}

function rightText(ctx: RenderContext, right: RightName): string {
  const { phrases, policy } = ctx;
  if (right !== 'portability') return phrases.rightText[right](ctx.org);
  // Without details, the policy promises what Art. 20 requires: provided data, to the person.
  const p = policy.rights.portability ?? { to: ['data_subject'], scope: 'provided', formats: [] };
  const to =
    p.to.includes('data_subject') && p.to.includes('other_controller')
      ? phrases.portabilityTo.both
      : phrases.portabilityTo[p.to[0] ?? 'data_subject'];
  return phrases.portability({
    scope: p.scope,
    to,
    formats: p.formats.length > 0 ? ctx.or(p.formats.map(formatName)) : undefined,
  });
}

function requestParagraph(ctx: RenderContext): Block | undefined {
  const { policy, phrases } = ctx;
  const { channels, fee } = policy.requests;
  const ways: Inline[][] = [];
  if (channels.email) ways.push(phrases.requestChannel.email(mailLink(channels.email)));
  if (channels.portal) ways.push([phrases.requestChannel.portal]);
  if (channels.postal) ways.push([phrases.requestChannel.postal]);
  if (ways.length === 0) return undefined;
  return paragraph(phrases.requestIntro(ctx.orInline(ways)), ' ', phrases.fee[fee]);
}

function verificationParagraph(ctx: RenderContext): Block {
  const { policy, phrases } = ctx;
  const { methods, idCopy } = policy.identityVerification;
  const sentences: string[] = [];
  const checks = methods.filter((m) => m !== 'id_copy').map((m) => phrases.verificationMethod[m]);
  if (checks.length > 0) sentences.push(phrases.verificationMethods(ctx.or(checks)));
  if (idCopy.required !== 'never') {
    sentences.push(idCopy.required === 'always' ? phrases.idCopyAlways : phrases.idCopyOnDoubt);
    if (idCopy.mustMask.length > 0) {
      sentences.push(phrases.idCopyMask(ctx.and(idCopy.mustMask.map((m) => phrases.maskItem[m]))));
    }
    if (idCopy.afterVerification === 'delete') sentences.push(phrases.idCopyDeleted);
  }
  sentences.push(phrases.responseDeadline(ctx.duration(policy.requests.responseDeadline, 'words')));
  const ext = policy.requests.extension;
  if (ext !== 'unstated') {
    const conditions = ctx.t(ext.conditions);
    // Conditions are meant as a phrase ("complex or numerous requests"); an author who wrote the whole
    // sentence has worded the extension already, and their wording wins, as a retention wording does.
    sentences.push(
      /[.!?]$/.test(conditions)
        ? conditions
        : phrases.extension({
            maxPeriod: ctx.duration(ext.maxPeriod, 'words'),
            conditions: lowerFirst(conditions),
            noticeWithin: ctx.duration(ext.noticeWithin, 'words'),
          }),
    );
  }
  return paragraph(sentences.join(' '));
}

// Portability formats are often given as media types; readers know them by their short names.
const formatNames: Record<string, string> = {
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/json': 'JSON',
};

function formatName(format: string): string {
  const known = formatNames[format.toLowerCase()];
  if (known) return known;
  const subtype = /^[a-z]+\/([a-z0-9]{2,5})$/i.exec(format)?.[1];
  return subtype ? subtype.toUpperCase() : format;
}
