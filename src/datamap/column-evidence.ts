import type { FieldInfo, Row } from '../connectors/connector.js';
import type { PiiType } from '../pii/finding.js';
import { type ColumnProfile, profileColumns } from '../pii/sample.js';
import { scanText } from '../pii/scan.js';
import type { Policy } from '../policy/schema.js';
import type { IdentityKind } from './schema.js';

/**
 * What sampled values say about one column: which PII types it holds, in what share of its values,
 * which of the policy's categories that means, and whether its values identify a person. Pure: the
 * rows come from the caller (discovery and the drift check sample the same way).
 */

/** Type families whose values are profiled; numbers and booleans carry no text to find personal data in. */
const profiledTypes = new Set<FieldInfo['type']>(['text', 'json', 'other', 'date']);

/**
 * A PII type counts for a column when it occurs in at least this share of the non-empty values.
 * Free text (a support message) carries a phone number in only some rows, so the bar is low; the
 * detectors' own scores keep one-off look-alikes in product codes out.
 */
const MIN_TYPE_SHARE = 0.1;
/** ... and in at least this many rows, so a single odd value does not make a column personal. */
const MIN_TYPE_ROWS = 2;
/** A column identifies a person when nearly every value is exactly one value of an identity type. */
const MIN_IDENTITY_SHARE = 0.8;

/** PII types whose values identify a person: a data-subject request can start from them. */
export const identityOfPiiType: Partial<Record<PiiType, IdentityKind>> = {
  email: 'email',
  phone: 'phone',
  iban: 'iban',
  ip_address: 'ip_address',
};

export interface TypeEvidence {
  type: PiiType;
  /** Share of the sampled non-empty values with this type (0–1). */
  share: number;
  rows: number;
  /** Masked examples, never the values themselves. */
  examples: string[];
}

export interface ColumnEvidence {
  field: string;
  /** Rows sampled, and how many had a value in this column. */
  sampled: number;
  nonEmpty: number;
  /** PII types that count, most frequent first. */
  types: TypeEvidence[];
  /** The policy's categories for `types`; the first category listing a type is chosen. */
  categories: string[];
  /** Other categories that list one of the types too, for the reviewer to choose from. */
  alternativeCategories: string[];
  /** PII types no category of the policy lists: personal data the policy does not describe. */
  uncategorisedTypes: PiiType[];
  /** Set when (nearly) every value is one e-mail address, phone number, IBAN or IP address. */
  identity?: IdentityKind;
  /** Share of the non-empty values that are exactly one value of the identity's type. */
  identityShare?: number;
}

/** Whether a field's values are profiled at all (text-ish and dates; not numbers, booleans, binaries). */
export function isProfiled(field: FieldInfo): boolean {
  return profiledTypes.has(field.type);
}

/**
 * The evidence for every profiled field of `fields` in `rows`. Fields without personal data come
 * back with empty `types`.
 *
 * @example
 *   const ev = columnEvidence(rows, info.fields, policy);
 *   ev.find((e) => e.field === 'email')?.identity; // 'email'
 */
export function columnEvidence(rows: Row[], fields: FieldInfo[], policy: Policy): ColumnEvidence[] {
  const profiled = fields.filter(isProfiled);
  const names = new Set(profiled.map((f) => f.name));
  const projected = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => names.has(k))));
  const profiles = profileColumns(projected);
  return profiled.map((f) => evidenceFor(f, profiles[f.name], rows, policy));
}

function evidenceFor(
  f: FieldInfo,
  profile: ColumnProfile | undefined,
  rows: Row[],
  policy: Policy,
): ColumnEvidence {
  const nonEmpty = profile?.nonEmpty ?? 0;
  const types: TypeEvidence[] = (profile?.types ?? [])
    .map((t) => ({ type: t.type, rows: t.rows, share: nonEmpty === 0 ? 0 : t.rows / nonEmpty, examples: t.examples }))
    .filter((t) => t.rows >= Math.min(MIN_TYPE_ROWS, nonEmpty) && t.share >= MIN_TYPE_SHARE)
    // A date column can only hold dates of birth; anything else there is a detector's stray guess.
    .filter((t) => f.type !== 'date' || t.type === 'date_of_birth');

  const categories: string[] = [];
  const alternatives: string[] = [];
  const uncategorised: PiiType[] = [];
  for (const t of types) {
    const listing = policy.categories.filter((c) => c.piiTypes.includes(t.type)).map((c) => c.id);
    if (listing.length === 0) {
      uncategorised.push(t.type);
      continue;
    }
    if (!listing.some((id) => categories.includes(id))) categories.push(listing[0]!);
    for (const id of listing.slice(1)) if (!alternatives.includes(id)) alternatives.push(id);
  }

  const evidence: ColumnEvidence = {
    field: f.name,
    sampled: rows.length,
    nonEmpty,
    types,
    categories,
    alternativeCategories: alternatives.filter((id) => !categories.includes(id)),
    uncategorisedTypes: uncategorised,
  };
  const top = types[0];
  const kind = top ? identityOfPiiType[top.type] : undefined;
  if (top && kind && top.share >= MIN_IDENTITY_SHARE) {
    const share = wholeValueShare(rows, f.name, top.type);
    if (share >= MIN_IDENTITY_SHARE) {
      evidence.identity = kind;
      evidence.identityShare = share;
    }
  }
  return evidence;
}

/**
 * Share of the non-empty values that are one value of `type` and nothing else. A free-text column
 * full of e-mail addresses still does not identify a person by its value: a request cannot match it.
 */
function wholeValueShare(rows: Row[], field: string, type: PiiType): number {
  let nonEmpty = 0;
  let whole = 0;
  for (const row of rows) {
    const v = row[field];
    if (typeof v !== 'string' || v.trim() === '') continue;
    nonEmpty++;
    const text = v.trim();
    const found = scanText(text, { types: [type] });
    if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length) whole++;
  }
  return nonEmpty === 0 ? 0 : whole / nonEmpty;
}

/** The column holds personal data: some PII type counts for it. */
export function isPersonal(e: ColumnEvidence): boolean {
  return e.types.length > 0;
}

/** One line of evidence for a reviewer: "email 100% of 200 sampled (j***@*******.**, …)". */
export function describeEvidence(e: ColumnEvidence): string {
  const parts = e.types.map(
    (t) => `${t.type} in ${Math.round(t.share * 100)}% of ${e.nonEmpty} sampled values (${t.examples.join(', ')})`,
  );
  return parts.join('; ');
}
