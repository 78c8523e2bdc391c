import type { Inline } from '../../policy/render/document.js';
import { durationWording } from '../../policy/render/duration-wording.js';
import { phrasesFor } from '../../policy/render/phrases.js';
import type { LocalizedText, Policy } from '../../policy/schema.js';
import type { RequestLanguage } from '../request.js';
import { list, paragraph, type ReportDocument, type ReportSection, table } from './report-document.js';
import { reportPhrases } from './report-phrases.js';

/**
 * The answer to an access request as a document: confirmation and copy (Art. 15(1), 15(3)) and the
 * information of Art. 15(1)(a)–(h) — purposes and bases, categories, recipients, retention, rights,
 * the complaint to the Autoriteit Persoonsgegevens, the source, automated decisions — taken from the
 * policy for the activities that concern the data actually found, in the person's language.
 */

export interface AccessReportInput {
  policy: Policy;
  lang: RequestLanguage;
  reference: string;
  generatedAt: Date;
  /** Rows found per system/collection (only those with rows are listed). */
  collections: { system: string; collection: string; rows: number }[];
  /** Policy category ids of the fields the person's rows hold. */
  categories: string[];
  /** Texts in which other people's data was redacted (Art. 15(4)). */
  redactedTexts: number;
}

/**
 * @example
 *   const doc = accessReport({ policy, lang: 'nl', reference: 'DSR-2026-0001', generatedAt: now,
 *     collections: [{ system: 'crm', collection: 'customers', rows: 1 }], categories: ['name', 'email'], redactedTexts: 0 });
 *   doc.sections.map((s) => s.heading); // ['Waar wij uw gegevens bewaren', 'Waarvoor wij uw gegevens gebruiken…', …]
 */
export function accessReport(input: AccessReportInput): ReportDocument {
  const { policy, lang } = input;
  const rp = reportPhrases(lang);
  const sp = phrasesFor(policy.meta.languages.includes(lang) ? lang : policy.meta.languages[0]!);
  const text = (t: LocalizedText | undefined) => (t ? (t[lang] ?? t[policy.meta.languages[0]!] ?? '') : '');
  const org = policy.controller.tradeName ?? policy.controller.legalName;
  const date = input.generatedAt.toISOString().slice(0, 10);
  const total = input.collections.reduce((n, c) => n + c.rows, 0);
  const held = new Set(input.categories);
  const activities = policy.activities.filter((a) => a.categories.some((c) => held.has(c)));
  const sections: ReportSection[] = [];

  sections.push({
    blocks: [
      paragraph(rp.intro(org, input.reference, date)),
      paragraph(total > 0 ? rp.confirmation(total) : rp.noData),
    ],
  });
  const found = input.collections.filter((c) => c.rows > 0);
  if (found.length > 0) {
    sections.push({
      heading: rp.headings.overview,
      blocks: [
        table(
          [...rp.overviewHeader],
          found.map((c) => [c.system, c.collection, String(c.rows)]),
        ),
      ],
    });
  }

  // (a) purposes and the legal basis of each.
  sections.push({
    heading: rp.headings.purposes,
    blocks: [
      list(
        activities.map((a) => {
          const basis = a.legalBasis === 'unstated' ? rp.basisUnstated : sp.legalBasis[a.legalBasis];
          const interest = a.legitimateInterest
            ? ` ${sp.legitimateInterest(text(a.legitimateInterest))}`
            : '';
          return `${text(a.purpose)} ${basis}${interest}`;
        }),
      ),
    ],
  });

  // (b) categories.
  const categories = policy.categories.filter((c) => held.has(c.id));
  sections.push({ heading: rp.headings.categories, blocks: [list(categories.map((c) => text(c.label)))] });

  // (c) recipients, and transfers outside the EEA.
  const recipientBlocks = [];
  const recipientIds = new Set<string>();
  let recipientsUnstated = false;
  let transfersUnstated = false;
  const transfers: string[] = [];
  for (const a of activities) {
    if (a.recipients === 'unstated') recipientsUnstated = true;
    else for (const r of a.recipients) recipientIds.add(r);
    if (a.transfers === 'unstated') transfersUnstated = true;
    else
      for (const t of a.transfers)
        transfers.push(
          sp.transfer({ country: t.country, safeguard: sp.safeguard[t.safeguard], reference: t.reference }),
        );
  }
  const recipients = policy.recipients.filter((r) => recipientIds.has(r.id));
  if (recipients.length > 0) {
    recipientBlocks.push(
      list(
        recipients.map((r) =>
          sp.recipient({
            name: text(r.name),
            kind: sp.recipientKind[r.kind],
            country: r.country,
            basis: r.basis === 'unstated' ? undefined : sp.disclosureBasis[r.basis],
            agreement: r.processingAgreement === true,
          }),
        ),
      ),
    );
  } else recipientBlocks.push(paragraph(recipientsUnstated ? rp.recipientsUnstated : rp.recipientsNone));
  if (transfers.length > 0) recipientBlocks.push(paragraph(sp.transfersIntro), list(transfers));
  else recipientBlocks.push(paragraph(transfersUnstated ? rp.transfersUnstated : sp.noTransfers));
  sections.push({ heading: rp.headings.recipients, blocks: recipientBlocks });

  // (d) retention.
  const ruleIds = new Set(activities.flatMap((a) => a.retention));
  const rules = policy.retention.filter((r) => ruleIds.has(r.id));
  sections.push({
    heading: rp.headings.retention,
    blocks: [
      rules.length > 0
        ? list(
            rules.map((r) => {
              const period = sp.retentionPeriod({
                from: r.from,
                duration: durationWording(r.period, sp),
                legalHold: r.legalHoldExtends,
                anonymise: r.action === 'anonymise',
              });
              const ground = r.ground === 'unstated' ? '' : ` ${sp.retentionGround(r.ground)}`;
              return `${text(r.label)}: ${period}${ground}`;
            }),
          )
        : paragraph(rp.retentionUnstated),
    ],
  });

  // (e) the rights to rectification, erasure, restriction and objection (and the others offered).
  const rightItems = [
    `${sp.rightName.rectification}: ${sp.rightText.rectification(org)}`,
    `${sp.rightName.erasure}: ${sp.rightText.erasure(org)}`,
    `${sp.rightName.restriction}: ${sp.rightText.restriction(org)}`,
    `${sp.rightName.objection}: ${sp.rightText.objection(org)}`,
  ];
  if (policy.rights.offered.includes('portability')) rightItems.push(`${sp.rightName.portability}`);
  if (activities.some((a) => a.legalBasis === 'consent')) {
    rightItems.push(`${sp.rightName.withdraw_consent}: ${sp.rightText.withdraw_consent(org)}`);
  }
  const blocks = [paragraph(rp.rightsIntro), list(rightItems)];
  if (activities.some((a) => a.directMarketing)) blocks.push(paragraph(sp.directMarketingObjection));
  sections.push({ heading: rp.headings.rights, blocks });

  // (f) the complaint to the supervisory authority, stated even where the policy leaves it out.
  const complaint = policy.rights.complaint;
  sections.push({
    heading: rp.headings.complaint,
    blocks: [
      paragraph(
        complaint === 'unstated'
          ? rp.complaintDefault
          : inlineText(
              sp.complaint(complaint.url ? `${complaint.authority} (${complaint.url})` : complaint.authority),
            ),
      ),
    ],
  });

  // (g) the source.
  const sources = [...new Set(activities.flatMap((a) => a.source))];
  sections.push({ heading: rp.headings.source, blocks: [list(sources.map((s) => rp.sources[s]))] });

  // (h) automated decisions, with profiling named where the policy declares it.
  const automated = policy.automatedDecisionMaking;
  const autoBlocks = [
    paragraph(
      automated.used
        ? `${sp.automatedDecisions(org, false)}${automated.logic ? ` ${sp.automatedDecisionLogic(text(automated.logic))}` : ''}`
        : rp.noAutomated,
    ),
  ];
  const profiled = activities.filter((a) => a.profiling);
  if (profiled.length > 0)
    autoBlocks.push(paragraph(rp.profiling(profiled.map((a) => text(a.purpose)).join('; '))));
  sections.push({ heading: rp.headings.automated, blocks: autoBlocks });

  // Art. 15(4).
  sections.push({
    heading: rp.headings.others,
    blocks: [paragraph(input.redactedTexts > 0 ? rp.redacted(input.redactedTexts) : rp.notRedacted)],
  });
  sections.push({ heading: rp.headings.files, blocks: [paragraph(rp.filesText)] });
  const dpo = policy.dpo === 'unstated' ? undefined : policy.dpo;
  sections.push({
    heading: rp.headings.contact,
    blocks: [paragraph(rp.contact(dpo?.name ?? org, dpo?.email ?? policy.controller.email))],
  });
  return { lang, title: rp.title, sections };
}

function inlineText(parts: Inline[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.kind === 'break' ? '\n' : p.text)).join('');
}
