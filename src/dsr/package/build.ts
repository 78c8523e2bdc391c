import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { Policy } from '../../policy/schema.js';
import type { StoredValue } from '../anonymise-value.js';
import type { ExecutionPlan } from '../plan.js';
import type { RequestLanguage, SubjectIdentity } from '../request.js';
import { accessReport } from './access-report.js';
import { toCsv } from './csv.js';
import { reportHtml } from './report-html.js';
import { reportPdf } from './report-pdf.js';
import { isFreeText, OwnIdentifiers, redactOthers } from './third-parties.js';

/**
 * The access/portability package: a ZIP with
 *
 * - `manifest.json` — request id, when it was generated, per system/collection the number of rows
 *   and the SHA-256 of each file;
 * - `data/<system>/<collection>.json` and `.csv` — the person's rows, other people's data redacted
 *   (Art. 15(4));
 * - `report.html` and `report.pdf` — the information of Art. 15(1)(a)–(h), in the person's language.
 *
 * Built in memory from the rows execution read; deterministic for the same input (file times are
 * the generation time), so a package rebuilt after a crash is byte for byte the same.
 */

export type StoredRow = Record<string, StoredValue>;

export interface PackageInput {
  requestId: string;
  reference: string;
  lang: RequestLanguage;
  generatedAt: Date;
  policy: Policy;
  plan: ExecutionPlan;
  /** The rows read per plan step. */
  rows: Map<number, StoredRow[]>;
  identity: SubjectIdentity;
}

export interface PackageFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface PackageManifest {
  format: 'grondslag-access-package/1';
  requestId: string;
  reference: string;
  generatedAt: string;
  language: RequestLanguage;
  controller: { name: string; email: string };
  collections: { system: string; collection: string; rows: number; json: PackageFile; csv: PackageFile }[];
  files: PackageFile[];
  /** Texts in which other people's identifiers were replaced (Art. 15(4)). */
  redactedTexts: number;
}

export interface BuiltPackage {
  zip: Uint8Array;
  sha256: string;
  manifest: PackageManifest;
  /** The redacted rows per `system/collection`, for transmission as JSON (Art. 20(2)). */
  data: Record<string, StoredRow[]>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * @example
 *   const pkg = await buildAccessPackage({ requestId, reference, lang: 'nl', generatedAt: now, policy, plan, rows, identity });
 *   await writeFile('inzage.zip', pkg.zip);
 */
export async function buildAccessPackage(input: PackageInput): Promise<BuiltPackage> {
  const { plan } = input;
  const own = ownIdentifiers(input);
  const structured = structuredFields(input);
  const files: Record<string, Uint8Array> = {};
  const collections: PackageManifest['collections'] = [];
  const data: Record<string, StoredRow[]> = {};
  let redactedTexts = 0;
  const categories = new Set<string>();

  for (const step of plan.steps) {
    const rows = input.rows.get(step.step) ?? [];
    if (rows.length === 0) continue;
    for (const f of step.fields) for (const c of f.categories) categories.add(c);
    const skip = structured.get(step.step) ?? new Set<string>();
    const redacted = rows.map((row) => {
      const out: StoredRow = {};
      for (const [k, v] of Object.entries(row)) {
        if (!skip.has(k) && isFreeText(v)) {
          const r = redactOthers(v, own);
          if (r.replaced > 0) redactedTexts++;
          out[k] = r.text;
        } else out[k] = v;
      }
      return out;
    });
    const base = `data/${safeName(step.system)}/${safeName(step.collection)}`;
    const json = strToU8(`${JSON.stringify(redacted, null, 2)}\n`);
    const csv = strToU8(toCsv(redacted));
    files[`${base}.json`] = json;
    files[`${base}.csv`] = csv;
    data[`${step.system}/${step.collection}`] = redacted;
    collections.push({
      system: step.system,
      collection: step.collection,
      rows: rows.length,
      json: { path: `${base}.json`, sha256: sha256(json), bytes: json.length },
      csv: { path: `${base}.csv`, sha256: sha256(csv), bytes: csv.length },
    });
  }

  const doc = accessReport({
    policy: input.policy,
    lang: input.lang,
    reference: input.reference,
    generatedAt: input.generatedAt,
    collections: collections.map((c) => ({ system: c.system, collection: c.collection, rows: c.rows })),
    categories: [...categories],
    redactedTexts,
  });
  files['report.html'] = strToU8(reportHtml(doc));
  files['report.pdf'] = await reportPdf(doc, input.generatedAt);

  const manifest: PackageManifest = {
    format: 'grondslag-access-package/1',
    requestId: input.requestId,
    reference: input.reference,
    generatedAt: input.generatedAt.toISOString(),
    language: input.lang,
    controller: {
      name: input.policy.controller.tradeName ?? input.policy.controller.legalName,
      email: input.policy.controller.email,
    },
    collections,
    files: ['report.html', 'report.pdf'].map((path) => ({
      path,
      sha256: sha256(files[path]!),
      bytes: files[path]!.length,
    })),
    redactedTexts,
  };
  const entries: Record<string, Uint8Array> = {
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    ...files,
  };
  // The PDF's streams are compressed already: deflating it again costs most of the ZIP's time and
  // saves almost nothing, so it is stored as it is.
  const zip = zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([p, b]) => [
        p,
        [b, p.endsWith('.pdf') ? { mtime: input.generatedAt, level: 0 } : { mtime: input.generatedAt }],
      ]),
    ),
    { level: 6 },
  );
  return { zip, sha256: sha256(zip), manifest, data };
}

/** A name safe as one path segment inside the ZIP. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Per step, the fields that hold one identifier of the person each (not scanned as prose). */
function structuredFields(input: PackageInput): Map<number, Set<string>> {
  return new Map(
    input.plan.steps.map((s) => [
      s.step,
      new Set(s.fields.filter((f) => f.piiType && !f.prose).map((f) => f.field)),
    ]),
  );
}

/**
 * The person's own identifiers: what they gave, and the identifier fields of their rows. A record
 * with two fields of one identity kind (a call's own number and the other party's) names someone
 * else in one of them; such fields are left out — the person's own number is known from elsewhere.
 */
function ownIdentifiers(input: PackageInput): OwnIdentifiers {
  const own = new OwnIdentifiers();
  own.add('email', input.identity.email);
  if (input.identity.phone) own.add('phone', input.identity.phone);
  for (const s of input.plan.steps) {
    const rows = input.rows.get(s.step) ?? [];
    const kinds = s.fields.flatMap((f) => (f.identity ? [f.identity] : []));
    for (const f of s.fields) {
      if (!f.piiType || f.prose) continue;
      if (f.identity && kinds.filter((k) => k === f.identity).length > 1) continue;
      for (const row of rows) own.add(f.piiType, row[f.field]);
    }
  }
  return own;
}
