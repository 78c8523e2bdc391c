import type { FieldInfo, Row } from '../connectors/connector.js';
import type { PiiType } from '../pii/finding.js';
import { nameLexicon } from '../pii/lexicon/lexicon.js';
import { type ColumnProfile, maskExample, profileColumns } from '../pii/sample.js';
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

/** A column is one of name parts when at least this share of its values are names the lexicon knows. */
const MIN_NAME_PART_SHARE = 0.6;

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
    .map((t) => ({
      type: t.type,
      rows: t.rows,
      share: nonEmpty === 0 ? 0 : t.rows / nonEmpty,
      examples: t.examples,
    }))
    .filter((t) => t.rows >= Math.min(MIN_TYPE_ROWS, nonEmpty) && t.share >= MIN_TYPE_SHARE)
    // A date column can only hold dates of birth; anything else there is a detector's stray guess.
    .filter((t) => f.type !== 'date' || t.type === 'date_of_birth');
  if (f.type === 'text' && !types.some((t) => t.type === 'person_name')) {
    const parts = nameParts(rows, f.name);
    if (parts) types.push(parts);
    types.sort((a, b) => b.rows - a.rows);
  }
  if (f.type === 'text' && !types.some((t) => t.type === 'postal_address')) {
    const address = streetNames(rows, f.name) ?? houseNumbers(rows, f.name);
    if (address) types.push(address);
    types.sort((a, b) => b.rows - a.rows);
  }

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

/** The words of a name part the lexicon cannot decide on its own ("de", "van der"). */
const particles = new Set([
  'de',
  'van',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  "'t",
  'op',
  'in',
  'von',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'el',
  'al',
]);

/**
 * A column of first names or surnames alone ("Sanne", "de Vries"): the name detector wants a whole
 * name or a cue word in running text, so such a column is read here against its lexicon instead.
 * Counts when most values are one to three capitalised words that are all given names or surnames.
 */
function nameParts(rows: Row[], field: string): TypeEvidence | undefined {
  const lex = nameLexicon();
  let nonEmpty = 0;
  let names = 0;
  const examples: string[] = [];
  for (const row of rows) {
    const v = row[field];
    if (typeof v !== 'string' || v.trim() === '') continue;
    nonEmpty++;
    const words = v
      .trim()
      .split(/\s+/)
      .filter((w) => !particles.has(w.toLowerCase()));
    if (words.length === 0 || words.length > 3) continue;
    const known = words.every(
      (w) =>
        /^\p{Lu}/u.test(w) && (lex.givenNames.has(w) || lex.surnames.has(w) || lex.ambiguousSurnames.has(w)),
    );
    if (!known) continue;
    names++;
    const example = maskExample(v.trim());
    if (examples.length < 3 && !examples.includes(example)) examples.push(example);
  }
  if (nonEmpty === 0 || names < MIN_TYPE_ROWS || names / nonEmpty < MIN_NAME_PART_SHARE) return undefined;
  return { type: 'person_name', rows: names, share: names / nonEmpty, examples };
}

/** The non-empty string values of a column, trimmed. */
function textValues(rows: Row[], field: string): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const v = row[field];
    if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
  }
  return out;
}

function shareEvidence(
  type: PiiType,
  values: string[],
  matches: (v: string) => boolean,
  minShare: number,
): TypeEvidence | undefined {
  const hits = values.filter(matches);
  if (values.length === 0 || hits.length < MIN_TYPE_ROWS || hits.length / values.length < minShare)
    return undefined;
  const examples = [...new Set(hits.slice(0, 20).map(maskExample))].slice(0, 3);
  return { type, rows: hits.length, share: hits.length / values.length, examples };
}

/**
 * A column of street names alone ("Kerkstraat"): an address once it has a house number, so each
 * value is read by the address detector with one appended, and counts when the whole is one address.
 */
function streetNames(rows: Row[], field: string): TypeEvidence | undefined {
  return shareEvidence(
    'postal_address',
    textValues(rows, field),
    (v) => {
      if (v.split(/\s+/).length > 5) return false;
      const probe = `${v} 12`;
      const found = scanText(probe, { types: ['postal_address'] });
      return found.some((x) => x.start === 0 && x.end === probe.length);
    },
    MIN_NAME_PART_SHARE,
  );
}

/**
 * House numbers ("12", "7a", "101-3") cannot be told from other small numbers by value alone; the
 * column's name says what they are, and the values must have the shape of one.
 */
const houseNumberName =
  /^(house_?(number|no|nr)|huis_?(nummer|nr)|huisnummer_?toevoeging|toevoeging|number_addition)$/i;
function houseNumbers(rows: Row[], field: string): TypeEvidence | undefined {
  if (!houseNumberName.test(field)) return undefined;
  return shareEvidence(
    'postal_address',
    textValues(rows, field),
    (v) => /^\d{1,5}\s*-?\s*[A-Za-z0-9]{0,4}$/.test(v),
    MIN_IDENTITY_SHARE,
  );
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
    (t) =>
      `${t.type} in ${Math.round(t.share * 100)}% of ${e.nonEmpty} sampled values (${t.examples.join(', ')})`,
  );
  return parts.join('; ');
}
