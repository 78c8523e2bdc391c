import type { PiiFinding } from './finding.js';

/**
 * An organisation's own contact points — a role mailbox, the number it asks people to call, its
 * office address and bank account in a letter's footer — have the shape of personal data but are
 * not about a person (GDPR Art. 4(1) covers natural persons only). They stand in every ticket,
 * letter and chat an organisation writes, so reporting them floods discovery and redaction blanks
 * out exactly what a reader needs. The allow list removes an operator's *known* details; this
 * removes anyone's, by what the text says around them:
 *
 * - an e-mail address whose local part names a function, not a person (`incasso@`, `privacy@`);
 * - a phone number the text asks the reader to call ("Bel ons op", "call us on", "Vragen? Bel"),
 *   when it is the first number after those words;
 * - an address, postcode or IBAN on a line that names a legal person before it ("Polderlink B.V. |
 *   Europalaan 420"), a VAT or Chamber of Commerce number, a creditor or office label ("Adres
 *   incassant", "Creditor address", "Bezoekadres"), or a PO box ("Postbus 19044 · 3501 DA");
 * - an IBAN paid "t.n.v." / "in the name of" a legal person.
 *
 * Names are never removed here: a person working for an organisation is still a person.
 */
export type OrganisationContactReason =
  | 'role-mailbox'
  | 'call-us'
  | 'organisation-line'
  | 'organisation-account';

/** Local parts of e-mail addresses that name a function of an organisation, not a person. */
const ROLE_MAILBOXES = new Set(
  `info informatie privacy service support helpdesk servicedesk klantenservice customerservice customercare
contact incasso collections billing facturen facturatie factuur invoices administratie finance debiteuren
sales verkoop abuse postmaster hostmaster webmaster noreply no-reply donotreply do-not-reply nummerbehoud
porting dpo fg avg gdpr security cert noc hr jobs vacatures recruitment werkenbij pers press media
marketing nieuwsbrief newsletter orders bestellingen planning storingen storing klachten complaints
receptie reception office kantoor secretariaat legal juridisch compliance betalingen payments retour
returns hallo hello team bezwaar`.split(/\s+/),
);

/**
 * Words that ask the reader to call the writer: "bel ons", "call us", "contact us", "ons … bellen"
 * ("Je kunt ons ook bellen op"), or a question followed by "Bel"/"Call" ("Vragen? Bel …").
 */
const CALL_US =
  /(?:\b(?:bel|belt|call|contact|reach|phone|ring)\s+(?:us|ons)\b|\bons\s+(?:\p{L}+\s+){0,2}(?:bellen|bereiken)\b|(?:vragen|questions)\?\s*(?:bel|call)\b)/giu;

/**
 * Legal forms that follow an organisation's name ("Polderlink B.V.", "Acme Ltd"), matched in their
 * own case only: "39 bv" is a house number's addition.
 */
const LEGAL_FORMS = [
  'B.V.',
  'B. V.',
  'BV',
  'N.V.',
  'N. V.',
  'NV',
  'V.O.F.',
  'VOF',
  'GmbH',
  'Ltd',
  'Inc.',
  'LLC',
];

/**
 * Labels, compared in lower case, that make the rest of a line an organisation's: a VAT or Chamber
 * of Commerce number, a creditor (SEPA mandates, dunning letters), an office, a PO box.
 */
const ORGANISATION_LABELS = [
  'btw',
  'vat',
  'kvk',
  'k.v.k.',
  'chamber of commerce',
  'handelsregister',
  'creditor',
  'crediteur',
  'incassant',
  'bezoekadres',
  'postadres',
  'vestigingsadres',
  'hoofdkantoor',
  'head office',
  'registered office',
  'company address',
  'bedrijfsadres',
  'postbus',
  'p.o. box',
  'antwoordnummer',
];

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

/** A mark and whether it is compared in its own case (a legal form) or in lower case (a label). */
interface Mark {
  word: string;
  exact: boolean;
}

/** The marks by their first letter in lower case (ASCII): a line is read once, testing only word starts. */
const MARKS_BY_FIRST: Mark[][] = Array.from({ length: 128 }, () => []);
/** 1 where an ASCII character may start a mark, in either case: the per-character test. */
const MAY_START = new Uint8Array(128);
/**
 * 1 where a mark may start with three characters, keyed by their low five bits (so case does not
 * matter; a rare collision only costs a comparison): most word starts stop here.
 */
const MAY_START3 = new Uint8Array(1 << 15);
const key3 = (a: number, b: number, c: number) => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
for (const mark of [
  ...LEGAL_FORMS.map((word) => ({ word, exact: true })),
  ...ORGANISATION_LABELS.map((word) => ({ word, exact: false })),
]) {
  const first = mark.word.charCodeAt(0) | 32;
  MARKS_BY_FIRST[first]!.push(mark);
  MAY_START[first] = 1;
  MAY_START[first & ~32] = 1;
  const [a, b] = [mark.word.charCodeAt(0), mark.word.charCodeAt(1)];
  if (mark.word.length > 2) MAY_START3[key3(a, b, mark.word.charCodeAt(2))] = 1;
  else for (let c = 0; c < 32; c++) MAY_START3[key3(a, b, c)] = 1;
}

const isLetterCode = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

/** Whether `line` holds `word` at `i`, ASCII letters compared without case (the labels are ASCII). */
function startsWithFolded(line: string, i: number, word: string): boolean {
  if (i + word.length > line.length) return false;
  for (let k = 1; k < word.length; k++)
    if ((line.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Where the first mark of an organisation in `text[from, to)` ends (with `formsOnly`, the first
 * legal form), or -1: findings after it are
 * the organisation's. Marks start words: a legal form counts after a name (a word, then a space);
 * a form ending in a dot ends itself ("B.V.,"), any other mark must end its word.
 */
export function organisationMarkEnd(text: string, from = 0, to = text.length, formsOnly = false): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters are rejected here, by one table read.
    if (c >= 128 || MAY_START[c] === 0 || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    if (MAY_START3[key3(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2))] === 0) continue;
    for (const { word: mark, exact } of MARKS_BY_FIRST[c | 32]!) {
      if (formsOnly && !exact) continue;
      if (exact ? !text.startsWith(mark, i) : !startsWithFolded(text, i, mark)) continue;
      const end = i + mark.length;
      if (!mark.endsWith('.') && isWordChar(text.charCodeAt(end))) continue;
      // A legal form follows a name: a space, then a letter ("2553 NV" is a postcode).
      if (exact && (text.charCodeAt(i - 1) !== 32 || !isLetterCode(text.charCodeAt(i - 2)))) continue;
      return end;
    }
  }
  return -1;
}

/** Words after an IBAN that name its holder: "t.n.v. Polderlink B.V.", "in the name of Acme Ltd". */
const HOLDER_CUES = ['t.n.v.', 'tnv', 't.n.v', 'ten name van', 'in the name of', 'on behalf of'];

/** Whether the account right after `end` is paid to a legal person: its holder, named within 60 characters, has a legal form. */
function paidToOrganisation(text: string, end: number): boolean {
  const next = text.slice(end, end + 30).toLowerCase();
  for (const cue of HOLDER_CUES) {
    const i = next.indexOf(cue);
    if (i < 0 || i > 12) continue;
    const from = end + i + cue.length;
    // The holder's name ends the clause: at a line end, "?" or "!" (not "." — initials have dots).
    let to = Math.min(text.length, from + 60);
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 63 || c === 33) to = k;
    }
    return organisationMarkEnd(text, from, to, true) >= 0;
  }
  return false;
}

const LINE_TYPES = new Set(['postal_address', 'postcode', 'iban']);

/** How far before a phone number "call us" may stand, and how far after an IBAN its holder. */
const CUE_WINDOW = 80;

/**
 * The line of a finding, read for an organisation's mark up to the latest finding on it; kept
 * while findings stay on one line, so a long line (a JSON log record) is read once.
 */
interface LineMark {
  start: number;
  end: number;
  /** Read up to here. */
  read: number;
  /** Where the first mark ends, or -1 while none was found. */
  mark: number;
}

function lineMarkOf(text: string, at: number, last: LineMark | undefined): LineMark {
  let line = last;
  if (!line || at < line.start || at >= line.end) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    line = { start, end, read: start, mark: -1 };
  }
  if (line.mark < 0 && at > line.read) {
    // A mark may end past `at` only if it starts before it; read a little past so it is whole.
    const to = Math.min(line.end, at + 24);
    line.mark = organisationMarkEnd(text, line.read, to);
    line.read = Math.max(line.read, at - 24);
  }
  return line;
}

/**
 * Whether a sentence ends in `text[from, to)` (". ", "? ", "! "): a mark in a footer or after a
 * label runs on over separators, but a sentence after it speaks of something else ("Wij zijn een
 * eenmanszaak, KvK-nummer 82389791. Per 1 mei woon ik op Beukenlaan 46").
 */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 63 || c === 33) && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/** Why the finding is an organisation's contact point, or undefined when it may be a person's. */
export function organisationContactReason(
  text: string,
  finding: PiiFinding,
): OrganisationContactReason | undefined {
  return reasonOn(text, finding, undefined);
}

function reasonOn(
  text: string,
  finding: PiiFinding,
  line: LineMark | undefined,
): OrganisationContactReason | undefined {
  const { type, start, end } = finding;
  if (type === 'email') {
    const at = text.indexOf('@', start);
    if (at < 0 || at >= end) return undefined;
    let local = text.slice(start, at).toLowerCase();
    const plus = local.indexOf('+');
    if (plus > 0) local = local.slice(0, plus);
    return ROLE_MAILBOXES.has(local) ? 'role-mailbox' : undefined;
  }
  if (type === 'phone') {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return asksToCall(text.slice(Math.max(lineStart, start - CUE_WINDOW), start)) ? 'call-us' : undefined;
  }
  if (!LINE_TYPES.has(type)) return undefined;
  const mark = line ?? lineMarkOf(text, start, undefined);
  if (mark.mark >= 0 && mark.mark <= start && !sentenceEndBetween(text, mark.mark, start))
    return 'organisation-line';
  if (type === 'iban' && paidToOrganisation(text, end)) return 'organisation-account';
  return undefined;
}

/**
 * Whether `before` (the line before a phone number) asks the reader to call, and no other number
 * stands between those words and this one ("Bel ons op 020 … of mij op 06 …": the second is a
 * person's). Markup between them is skipped: `Bel <a href="tel:+31…">088 …</a>`.
 */
function asksToCall(before: string): boolean {
  const lower = before.toLowerCase();
  if (!lower.includes(' us') && !lower.includes('ons ') && !lower.includes('?')) return false;
  CALL_US.lastIndex = 0;
  let last = -1;
  for (let m = CALL_US.exec(before); m !== null; m = CALL_US.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  return !/\d/.test(before.slice(last).replace(/<[^>]*>/g, ''));
}

/** The findings without the organisation's contact points; the list itself when none is one. */
export function withoutOrganisationContacts(text: string, findings: PiiFinding[]): PiiFinding[] {
  let kept: PiiFinding[] | undefined;
  let line: LineMark | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (LINE_TYPES.has(f.type)) line = lineMarkOf(text, f.start, line);
    if (reasonOn(text, f, line) === undefined) kept?.push(f);
    else kept ??= findings.slice(0, i);
  }
  return kept ?? findings;
}
