import type { LocalizedText, Policy } from '../policy/schema.js';
import type { KeptCount, StepRecord } from './execution-store.js';
import { list, paragraph, type ReportDocument, table } from './package/report-document.js';
import { reportHtml } from './package/report-html.js';
import { reportPhrases } from './package/report-phrases.js';
import type { ExecutionPlan } from './plan.js';
import type { DsrRequest, RequestLanguage } from './request.js';

/**
 * The erasure certificate: what was done where — per system/collection the rows found, erased,
 * anonymised and kept, the fields and what happened to each, and for everything kept the reason and
 * the article — without any of the erased data. JSON for machines and the audit file, HTML for the
 * person (in their language) and the regulator.
 */

export interface CertificateCollection {
  system: string;
  collection: string;
  found: number;
  erased: number;
  anonymised: number;
  kept: number;
  keptFor: KeptCount[];
  fields: { field: string; treatment: string; operator?: string }[];
}

export interface Art19Record {
  recipient: string;
  channel: 'email' | 'webhook';
  status: 'sent' | 'failed';
}

export interface ErasureCertificate {
  format: 'grondslag-erasure-certificate/1';
  requestId: string;
  reference: string;
  requestType: string;
  issuedAt: string;
  controller: { name: string; email: string };
  collections: CertificateCollection[];
  totals: { found: number; erased: number; anonymised: number; kept: number };
  /** Whether kept rows were put on the restriction list. */
  restricted: boolean;
  notified: Art19Record[];
}

/**
 * @example
 *   const cert = erasureCertificate({ plan, steps, request, policy, issuedAt: now, notified: [] });
 *   cert.totals; // { found: 41, erased: 30, anonymised: 3, kept: 8 }
 */
export function erasureCertificate(input: {
  plan: ExecutionPlan;
  steps: StepRecord[];
  request: Pick<DsrRequest, 'id' | 'reference' | 'type'>;
  policy: Policy;
  issuedAt: Date;
  notified: Art19Record[];
}): ErasureCertificate {
  const byStep = new Map(input.steps.map((s) => [s.step, s]));
  const collections = input.plan.steps.map((ps) => summariseStep(ps, byStep.get(ps.step)));
  const sum = (f: (c: CertificateCollection) => number) => collections.reduce((n, c) => n + f(c), 0);
  return {
    format: 'grondslag-erasure-certificate/1',
    requestId: input.request.id,
    reference: input.request.reference,
    requestType: input.request.type,
    issuedAt: input.issuedAt.toISOString(),
    controller: {
      name: input.policy.controller.tradeName ?? input.policy.controller.legalName,
      email: input.policy.controller.email,
    },
    collections,
    totals: {
      found: sum((c) => c.found),
      erased: sum((c) => c.erased),
      anonymised: sum((c) => c.anonymised),
      kept: sum((c) => c.kept),
    },
    restricted: sum((c) => c.kept) > 0,
    notified: input.notified,
  };
}

/**
 * The certificate as a standalone HTML page in the person's language.
 *
 * @example
 *   await writeFile('certificate.html', certificateHtml(cert, policy, 'nl'));
 */
export function certificateHtml(cert: ErasureCertificate, policy: Policy, lang: RequestLanguage): string {
  const rp = reportPhrases(lang).certificate;
  const text = (t: LocalizedText) => t[lang] ?? t[policy.meta.languages[0]!] ?? '';
  const names = new Map(policy.recipients.map((r) => [r.id, text(r.name)]));
  const kept = cert.collections.flatMap((c) =>
    c.keptFor.map((k) => rp.keptLine(`${c.system}.${c.collection}`, k.rows, rp.reasons[k.reason], k.article)),
  );
  const sent = cert.notified
    .filter((n) => n.status === 'sent')
    .map((n) => names.get(n.recipient) ?? n.recipient);
  const doc: ReportDocument = {
    lang,
    title: rp.title,
    sections: [
      { blocks: [paragraph(rp.intro(cert.controller.name, cert.reference, cert.issuedAt.slice(0, 10)))] },
      {
        blocks: [
          table(
            [...rp.header],
            cert.collections.map((c) => [
              c.system,
              c.collection,
              String(c.found),
              String(c.erased),
              String(c.anonymised),
              String(c.kept),
            ]),
          ),
        ],
      },
      {
        heading: rp.keptHeading,
        blocks: kept.length > 0 ? [list(kept), paragraph(rp.restricted)] : [paragraph(rp.nothingKept)],
      },
      {
        blocks: [
          paragraph(sent.length > 0 ? rp.notified(sent.join(', ')) : rp.noRecipients),
          paragraph(rp.noPersonalData),
        ],
      },
    ],
  };
  return reportHtml(doc);
}

/**
 * What one plan step did to its collection: row counts, what was kept and why, and the treatment of
 * each changed field (never the data). Shared by the certificate and `dsr show`.
 */
export function summariseStep(
  ps: ExecutionPlan['steps'][number],
  s: StepRecord | undefined,
): CertificateCollection {
  return {
    system: ps.system,
    collection: ps.collection,
    found: s?.rowsFound ?? 0,
    erased: s?.rowsErased ?? 0,
    anonymised: s?.rowsAnonymised ?? 0,
    kept: s?.rowsKept ?? 0,
    keptFor: s?.kept ?? [],
    fields: ps.fields
      .filter((f) => f.treatment !== 'unchanged')
      .map((f) =>
        f.operator
          ? { field: f.field, treatment: f.treatment, operator: f.operator }
          : { field: f.field, treatment: f.treatment },
      ),
  };
}
