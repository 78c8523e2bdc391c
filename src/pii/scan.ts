import { GrondslagError } from '../errors.js';
import { piiTypes } from '../policy/schema.js';
import { type AllowList, allowList, withoutAllowed } from './allow-list.js';
import type { ContextLanguage } from './context-words.js';
import type { Detector } from './detector.js';
import { allDetectors } from './detectors/all.js';
import { personNameDetector } from './detectors/person-name.js';
import { postcodeDetector } from './detectors/postcode.js';
import type { PiiFinding, PiiType } from './finding.js';
import { type NativeScanner, nativeScanner } from './native/engine.js';
import { withoutOrganisationContacts } from './organisation-contacts.js';
import { FOREIGN_POSTCODE_SCORE, withPostcodesAfterAddresses } from './postcodes-after-addresses.js';
import { REPEATED_NAME_SCORE, withRepeatedNames } from './repeated-names.js';
import { resolveOverlaps } from './resolve.js';
import { type ContextOverrides, resolveContextWords, ScanContext } from './scan-context.js';
import type { TableHeader } from './table-header.js';

export interface ScanOptions {
  /** Only these types (default: all). */
  types?: PiiType[];
  /** Languages whose context words count (default: Dutch and English). */
  languages?: ContextLanguage[];
  /** Findings scoring below this are dropped (default 0.5). */
  minScore?: number;
  /**
   * Context words per language and type. A list given here replaces the built-in list of that
   * type in that language (see context-words.ts for the defaults).
   */
  context?: ContextOverrides;
  /**
   * Values never reported: the organisation's own published contact details (service number, role
   * mailboxes, office address, bank account), which look like personal data but are not. See
   * allow-list.ts for how values compare; an array is compiled once per array.
   */
  allow?: readonly string[] | AllowList;
  /**
   * Anyone's organisation contact points — role mailboxes, a number the text asks to call, an
   * address or IBAN on a line naming a legal person (see organisation-contacts.ts) — are omitted by
   * default; `'report'` keeps them.
   */
  organisationContacts?: 'omit' | 'report';
}

/**
 * The default threshold. Detectors score a bare checksum match of an ambiguous shape (a nine-digit
 * number passing the 11-proof, a document-number-shaped code) below it and the same with a
 * context word above it.
 */
export const DEFAULT_MIN_SCORE = 0.5;

const detectorsByTypes = new WeakMap<readonly PiiType[], readonly Detector[]>();

function selectDetectors(types: PiiType[] | undefined): readonly Detector[] {
  if (types === undefined) return allDetectors;
  const cached = detectorsByTypes.get(types);
  if (cached) return cached;
  for (const t of types) {
    if (!(piiTypes as readonly string[]).includes(t)) {
      throw new GrondslagError(
        'PII_UNKNOWN_TYPE',
        `unknown PII type "${t}"; known types: ${piiTypes.join(', ')}`,
      );
    }
  }
  const selected = allDetectors.filter((d) => types.includes(d.type));
  detectorsByTypes.set(types, selected);
  return selected;
}

function checkMinScore(minScore: number): number {
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new GrondslagError('PII_BAD_MIN_SCORE', `minScore must be a number from 0 to 1, got ${minScore}`);
  }
  return minScore;
}

function checkOrganisationContacts(value: unknown): 'omit' | 'report' {
  if (value === undefined) return 'omit';
  if (value === 'omit' || value === 'report') return value;
  throw new GrondslagError(
    'PII_BAD_ORGANISATION_CONTACTS',
    `organisationContacts must be "omit" or "report", got ${JSON.stringify(value)}`,
  );
}

/** The findings scoring at least `minScore`; the list itself when all do (the usual case: no copy). */
function atOrAbove(findings: PiiFinding[], minScore: number): PiiFinding[] {
  let i = 0;
  while (i < findings.length && findings[i]!.score >= minScore) i++;
  if (i === findings.length) return findings;
  const kept = findings.slice(0, i);
  for (i++; i < findings.length; i++) if (findings[i]!.score >= minScore) kept.push(findings[i]!);
  return kept;
}

/** Merges two lists sorted by start; on equal starts the earlier list (detector) comes first. */
function mergeByStart(a: PiiFinding[], b: PiiFinding[]): PiiFinding[] {
  const out: PiiFinding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/**
 * Finds personal data in a text: every detector's findings at or above `minScore`, overlaps
 * resolved (higher score, then longer span wins), sorted by start. Offsets are UTF-16 indexes.
 *
 * @example
 *   scanText('Mail jan.jansen@example.nl of bel 06-12345678');
 *   // → [{ type: 'email', start: 5, end: 26, … }, { type: 'phone', start: 34, end: 45, … }]
 */
export function scanText(text: string, options: ScanOptions = {}): PiiFinding[] {
  return scanTextWith(text, options);
}

/**
 * `scanText` for one row of a table whose header the caller already read (the stream scanner
 * passes the first line's header for every later line, so column names stay context).
 */
export function scanTextWith(text: string, options: ScanOptions, header?: TableHeader): PiiFinding[] {
  return scanOn(nativeScanner(), text, options, header);
}

/**
 * The JavaScript engine, whichever engine scanText uses: the reference the native scanner is
 * compared with, and the engine wherever the addon is not built.
 */
export function scanTextInJs(text: string, options: ScanOptions, header?: TableHeader): PiiFinding[] {
  return scanOn(null, text, options, header);
}

/** Options checked the same way for both engines, then the text scanned by `native` or in JavaScript. */
function scanOn(
  native: NativeScanner | null,
  text: string,
  options: ScanOptions,
  header?: TableHeader,
): PiiFinding[] {
  const detectors = selectDetectors(options.types);
  const minScore = checkMinScore(options.minScore ?? DEFAULT_MIN_SCORE);
  const contacts = checkOrganisationContacts(options.organisationContacts);
  if (text.length === 0) return [];
  const words = resolveContextWords(options.languages, options.context);
  const omit = contacts === 'omit';
  // The native scanner leaves the contact points out itself (organisation_contacts.cc).
  const found = native
    ? native.scan(text, detectors, words, minScore, header, omit)
    : omitted(text, scanInJs(text, detectors, words, minScore, header), omit);
  return options.allow ? withoutAllowed(text, found, allowList(options.allow)) : found;
}

const omitted = (text: string, found: PiiFinding[], omit: boolean) =>
  omit ? withoutOrganisationContacts(text, found) : found;

function scanInJs(
  text: string,
  detectors: readonly Detector[],
  words: ReturnType<typeof resolveContextWords>,
  minScore: number,
  header: TableHeader | undefined,
): PiiFinding[] {
  const ctx = new ScanContext(text, words, header);
  // Each detector reports in text order; merging the lists keeps that order without a full sort.
  let merged: PiiFinding[] = [];
  let weakNames: PiiFinding[] = [];
  for (const detector of detectors) {
    const results = detector.find(text, ctx);
    if (results.length === 0) continue;
    if (detector === personNameDetector) weakNames = results.filter((f) => f.score < minScore);
    const kept = atOrAbove(results, minScore);
    if (kept.length === 0) continue;
    merged = merged.length === 0 ? kept : mergeByStart(merged, kept);
  }
  let resolved = resolveOverlaps(merged);
  // Other mentions of the names found (repeated-names.ts), when names are scanned for at all.
  if (detectors.includes(personNameDetector) && minScore <= REPEATED_NAME_SCORE)
    resolved = withRepeatedNames(text, resolved, ctx.capitals(), weakNames);
  // Belgian and German postcodes after the addresses found (postcodes-after-addresses.ts).
  if (detectors.includes(postcodeDetector) && minScore <= FOREIGN_POSTCODE_SCORE)
    resolved = withPostcodesAfterAddresses(text, resolved);
  return resolved;
}
