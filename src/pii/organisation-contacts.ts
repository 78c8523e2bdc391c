import {
  codeAt,
  foldAscii,
  isAlnum,
  isAsciiLetter,
  isDigit,
  isLetter,
  isUpperAscii,
  isWordOfFolded,
  startsWithAsciiFolded,
} from './chars.js';
import type { PiiFinding } from './finding.js';
import { legalForms } from './lexicon/legal-forms.js';

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
 * - an address, postcode or IBAN whose line names, in the 48 characters before it, a legal person
 *   ("Polderlink B.V. | Europalaan 420"), a VAT or Chamber of Commerce number, a creditor or office
 *   label ("Adres incassant", "Creditor address", "Bezoekadres"), or a PO box ("Postbus 19044 ·
 *   3501 DA") — unless a sentence ends between the two;
 * - an IBAN paid "t.n.v." / "in the name of" a legal person;
 * - an address or postcode followed on its line by a Chamber of Commerce or VAT number (a footer:
 *   "Handelskade 41 · 9934 AR Delfzijl · KvK 71829304"); a PO box, and the postcode on the line after it;
 * - an IP address the line names as the organisation's own system: a RADIUS NAS, a DHCP relay
 *   ("via 185.57.10.57"), a gateway, next hop, resolver or server, a mail server's own address
 *   ("by mx2.example.nl (185.57.8.4)").
 *
 * Names are never removed here: a person working for an organisation is still a person.
 */
export type OrganisationContactReason =
  | 'role-mailbox'
  | 'call-us'
  | 'organisation-line'
  | 'organisation-account'
  | 'organisation-system';

/**
 * Local parts of e-mail addresses that name a function of an organisation, not a person (also
 * handed to the native scanner, src/pii/native/tables.ts).
 */
export const roleMailboxes: readonly string[] =
  `info informatie privacy service support helpdesk servicedesk klantenservice customerservice customercare
contact incasso collections billing facturen facturatie factuur invoices administratie finance debiteuren
sales verkoop abuse postmaster hostmaster webmaster noreply no-reply donotreply do-not-reply nummerbehoud
porting dpo fg avg gdpr security cert noc hr jobs vacatures recruitment werkenbij pers press media
marketing nieuwsbrief newsletter orders bestellingen planning storingen storing klachten complaints
receptie reception office kantoor secretariaat legal juridisch compliance betalingen payments retour
returns hallo hello team bezwaar mailer mailer-daemon`.split(/\s+/);
const ROLE_MAILBOXES = new Set(roleMailboxes);

/** Verbs that, followed by "us" or "ons", ask the reader to call: "bel ons", "call us", "contact us". */
const CALL_VERBS = ['bel', 'belt', 'call', 'contact', 'reach', 'phone', 'ring'];
/** The object of those verbs. */
const US = ['us', 'ons'];
/** Verbs that end "ons … bellen" ("Je kunt ons ook bellen op"). */
const CALL_ENDS = ['bellen', 'bereiken'];
/** Questions after which "Bel"/"Call" asks the reader ("Vragen? Bel …"). */
const QUESTIONS = ['vragen', 'questions'];
/** The imperative after such a question. */
const CALL = ['bel', 'call'];

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

/** Registration labels that, after an address on its line, make the line a footer. */
const REGISTRATION_LABELS = ['kvk', 'k.v.k.', 'btw', 'vat', 'chamber of commerce', 'handelsregister'];

/** A PO box opening the line before a postcode ("Postbus 2210\n9930 AE Delfzijl"). */
const PO_BOXES = ['postbus', 'p.o. box', 'po box', 'antwoordnummer'];

/**
 * Labels, compared in lower case as whole words, of an address of the organisation's own systems:
 * RADIUS, DHCP relays, routing, resolvers, servers.
 */
const SYSTEM_LABELS = [
  'nas-ip-address',
  'nas-ipv6-address',
  'nas',
  'via',
  'gateway',
  'next_hop',
  'next-hop',
  'nexthop',
  'resolver',
  'resolvers',
  'nameserver',
  'nameservers',
  'dns',
  'router',
  'relay',
  'server',
];

/** Words after an IBAN that name its holder: "t.n.v. Polderlink B.V.", "in the name of Acme Ltd". */
const HOLDER_CUES = ['t.n.v.', 'tnv', 't.n.v', 'ten name van', 'in the name of', 'on behalf of'];

/** How far before a phone number "call us" may stand. */
const CALL_WINDOW = 80;
/** How far after an IBAN its holder cue may start, and how long the holder's name may run. */
const HOLDER_CUE_WITHIN = 12;
const HOLDER_LENGTH = 60;
/** How far before an address, postcode or IBAN its line is read for an organisation's mark. */
const MARK_WINDOW = 48;

/** A mark and whether it is compared in its own case (a legal form) or without ASCII case (a label). */
interface Mark {
  word: string;
  exact: boolean;
}

/** The marks by their first letter in lower case (ASCII): a line is read once, testing only word starts. */
const MARKS_BY_FIRST: Mark[][] = Array.from({ length: 128 }, () => []);
/** 1 where an ASCII character may start a mark, in either case: the per-character test. */
const MAY_START = new Uint8Array(128);
for (const mark of [
  ...legalForms.map((word) => ({ word, exact: true })),
  ...ORGANISATION_LABELS.map((word) => ({ word, exact: false })),
]) {
  const first = mark.word.charCodeAt(0) | 32;
  MARKS_BY_FIRST[first]!.push(mark);
  MAY_START[first] = 1;
  MAY_START[first & ~32] = 1;
}

/**
 * Where the first mark of an organisation in `text[from, to)` ends (with `formsOnly`, the first
 * legal form), or -1: findings after it are the organisation's. Marks start words: a legal form
 * counts after a name (a letter, then a space); a form ending in a dot ends itself ("B.V.,"), any
 * other mark must end its word.
 */
export function organisationMarkEnd(text: string, from = 0, to = text.length, formsOnly = false): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Most characters are rejected here, by one table read.
    if (c >= 128 || MAY_START[c] === 0 || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) continue;
    for (const { word, exact } of MARKS_BY_FIRST[c | 32]!) {
      if (formsOnly && !exact) continue;
      if (exact ? !text.startsWith(word, i) : !startsWithAsciiFolded(text, i, word)) continue;
      const end = i + word.length;
      if (!word.endsWith('.') && end < text.length && isAlnum(text.charCodeAt(end))) continue;
      if (exact && (i < 2 || text.charCodeAt(i - 1) !== 32 || !isLetter(text.charCodeAt(i - 2)))) continue;
      return end;
    }
  }
  return -1;
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

/** Whether the e-mail address `[start, end)` has a role's local part (ASCII only; "+tag" ignored). */
function isRoleMailbox(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && text.charCodeAt(at) !== 64) at++;
  if (at === end) return false;
  let local = '';
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 43 && i > start) break; // "+tag"
    if (c >= 128) return false;
    local += String.fromCharCode(foldAscii(c));
  }
  return ROLE_MAILBOXES.has(local);
}

/**
 * Whether `text[from, to)` — the line before a phone number, at most CALL_WINDOW long — asks the
 * reader to call, and no other number stands between those words and this one ("Bel ons op 020 …
 * of mij op 06 …": the second is a person's). Words are runs of ASCII letters, without case:
 * "bel|call|contact|… us|ons", "ons" and at most two words then "bellen|bereiken", "vragen?|
 * questions?" then "bel|call". Markup after the cue is skipped: `Bel <a href="tel:+31…">088 …</a>`.
 */
function asksToCall(text: string, from: number, to: number): boolean {
  // The words of the window: [start, end) pairs, and whether only blanks stand before each.
  const words: number[] = [];
  const is = (k: number, list: readonly string[]) =>
    isWordOfFolded(text, words[2 * k]!, words[2 * k + 1]!, list);
  const blanksBefore = (k: number) => k > 0 && onlyBlanks(text, words[2 * k - 1]!, words[2 * k]!);
  let cueEnd = -1;
  let i = from;
  while (i < to) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    words.push(start, i);
    const n = words.length / 2 - 1;
    if (is(n, US) && blanksBefore(n) && is(n - 1, CALL_VERBS)) cueEnd = i;
    if (is(n, CALL_ENDS)) {
      for (let k = n - 1, gap = 0; k >= 0 && gap <= 2 && blanksBefore(k + 1); k--, gap++) {
        if (is(k, ONS)) {
          cueEnd = i;
          break;
        }
      }
    }
    if (is(n, CALL) && n > 0 && is(n - 1, QUESTIONS)) {
      const q = words[2 * n - 1]!;
      if (text.charCodeAt(q) === 63 && onlyBlanks(text, q + 1, start)) cueEnd = i;
    }
  }
  if (cueEnd < 0) return false;
  for (let k = cueEnd; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 60) {
      let close = k + 1;
      while (close < to && text.charCodeAt(close) !== 62) close++;
      if (close < to) k = close;
    } else if (isDigit(c)) return false;
  }
  return true;
}

const ONS = ['ons'];

/** Whether `text[from, to)` is one or more spaces, tabs or other white space of a line. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether the account right before `end` is paid to a legal person: a holder cue soon after it, then a legal form. */
function paidToOrganisation(text: string, end: number): boolean {
  for (const cue of HOLDER_CUES) {
    let i = 0;
    while (i <= HOLDER_CUE_WITHIN && !startsWithAsciiFolded(text, end + i, cue)) i++;
    if (i > HOLDER_CUE_WITHIN) continue;
    const from = end + i + cue.length;
    // The holder's name ends the clause: at a line end, "?" or "!" (not "." — initials have dots).
    let to = Math.min(text.length, from + HOLDER_LENGTH);
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 63 || c === 33) to = k;
    }
    return organisationMarkEnd(text, from, to, true) >= 0;
  }
  return false;
}

const LINE_TYPES = new Set(['postal_address', 'postcode', 'iban']);

/** Where the line holding `at` starts, looking back at most `max` characters (else `at - max`, at least 0). */
function lineStartWithin(text: string, at: number, max: number): number {
  const stop = Math.max(0, at - max);
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/**
 * Whether a mark of an organisation ends in the MARK_WINDOW characters of the line before `start`,
 * with no sentence ending between it and the finding.
 */
function organisationLineBefore(text: string, start: number): boolean {
  const mark = organisationMarkEnd(text, lineStartWithin(text, start, MARK_WINDOW), start);
  return mark >= 0 && mark <= start && !sentenceEndBetween(text, mark, start);
}

/** Whether a registration label starts a word in the MARK_WINDOW characters of the line after `end`, no sentence ending before it. */
function registrationAfter(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + MARK_WINDOW);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (isAlnum(codeAt(text, i - 1))) continue;
    for (const label of REGISTRATION_LABELS) {
      if (!startsWithAsciiFolded(text, i, label) || isAlnum(codeAt(text, i + label.length))) continue;
      return !sentenceEndBetween(text, end, i);
    }
  }
  return false;
}

/** Whether a PO box and its number start at `i` ("Postbus 2210"). */
function poBoxAt(text: string, i: number): boolean {
  for (const box of PO_BOXES) {
    if (
      startsWithAsciiFolded(text, i, box) &&
      codeAt(text, i + box.length) === 32 &&
      isDigit(codeAt(text, i + box.length + 1))
    )
      return true;
  }
  return false;
}

/** Whether the finding is a PO box, or opens its line after a line that opens with one. */
function poBoxOrAfter(text: string, start: number): boolean {
  if (poBoxAt(text, start)) return true;
  const lineStart = lineStartWithin(text, start, MARK_WINDOW);
  if (lineStart === 0 || text.charCodeAt(lineStart - 1) !== 10) return false;
  if (start > lineStart && !onlyBlanks(text, lineStart, start)) return false;
  let i = lineStartWithin(text, lineStart - 1, MARK_WINDOW);
  while (i < lineStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return poBoxAt(text, i);
}

const isListSeparator = (c: number) =>
  c === 32 || c === 9 || c === 61 || c === 58 || c === 91 || c === 40 || c === 44 || c === 34 || c === 39;
const isHostChar = (c: number) => isAlnum(c) || c === 45 || c === 95 || c === 46;
const isAddressChar = (c: number) => isDigit(c) || c === 46 || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/**
 * Whether the "via" at `via` follows a hardware address or a host name in parentheses, as a DHCP
 * server logs its relay ("to 3C:A6:2F:69:65:AF via", "(iPhone-van-Seppe) via"); "kom ik binnen via"
 * in prose is the customer's own address.
 */
function relayedVia(text: string, via: number): boolean {
  let i = via;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  if (codeAt(text, i - 1) === 41) return true;
  let groups = 0;
  let k = i;
  for (;;) {
    const c = codeAt(text, k - 1);
    if (c === 58 || c === 45) groups++;
    else if (!isAddressChar(c)) break;
    k--;
  }
  return groups >= 5 && i - k >= 17;
}

/**
 * Whether the IP address at `start` is named, on its line, as the organisation's own system: a
 * system label before it, across separators and up to three addresses of the same list
 * ("resolvers: [185.57.8.53, 185.57.9.53]"), or a mail server's host name after "by".
 */
function systemAddress(text: string, start: number): boolean {
  // A mail server as Postfix names it: "host mx.example.com[213.75.95.218] said: 550 …".
  if (codeAt(text, start - 1) === 91 && hostNameBefore(text, start - 1)) return true;
  if (proxyOfForwardedLine(text, start) || probeOfHealthCheck(text, start)) return true;
  const stop = Math.max(0, start - 64);
  let i = start;
  for (let listed = 0; listed <= 3; listed++) {
    let opened = false;
    while (i > stop && isListSeparator(text.charCodeAt(i - 1))) {
      if (text.charCodeAt(i - 1) === 40) opened = true;
      i--;
    }
    let w = i;
    while (w > stop && isHostChar(text.charCodeAt(w - 1))) w--;
    if (w === i) return false;
    if (isWordOfFolded(text, w, i, SYSTEM_LABELS))
      return !isWordOfFolded(text, w, i, ['via']) || relayedVia(text, w);
    if (opened) {
      // "by mx2.example.nl (185.57.8.4)": the host a mail server names itself by, then its address.
      let b = w;
      while (b > stop && text.charCodeAt(b - 1) === 32) b--;
      return b - 2 >= 0 && b < w && isWordOfFolded(text, b - 2, b, ['by']) && !isAlnum(codeAt(text, b - 3));
    }
    let address = true;
    for (let k = w; k < i; k++) if (!isAddressChar(text.charCodeAt(k))) address = false;
    if (!address) return false;
    i = w;
  }
  return false;
}

/** Whether a host name with a dot ("mx.example.com", not an address or a bare word) ends at `end`. */
function hostNameBefore(text: string, end: number): boolean {
  let w = end;
  let dots = 0;
  let letters = 0;
  while (w > 0 && end - w < 253 && isHostChar(text.charCodeAt(w - 1))) {
    const c = text.charCodeAt(w - 1);
    if (c === 46) dots++;
    else if (isLetter(c)) letters++;
    w--;
  }
  return dots > 0 && letters > 1 && codeAt(text, w - 1) !== 64;
}

/** Keys of an access log's field that holds the client behind a proxy, compared in lower case. */
const FORWARDED_KEYS = ['xff', 'x-forwarded-for', 'x_forwarded_for', 'forwarded_for', 'forwarded-for'];

/**
 * Whether the address at `start` opens a log line that names the client in an X-Forwarded-For
 * field ("185.104.88.201 - - [05/Oct/2025…] … xff=\"87.197.51.181\""): the line's first field is then
 * the organisation's proxy or load balancer, and the client's address is the forwarded one.
 */
function proxyOfForwardedLine(text: string, start: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  let end = text.indexOf('\n', start);
  if (end === -1 || end - start > MAX_LOG_LINE) end = Math.min(text.length, start + MAX_LOG_LINE);
  for (let i = start + 7; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 61 && c !== 58) continue;
    // The key before the sign, then the value after it: an address.
    let k = i;
    while (k > start && (isHostChar(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 95)) k--;
    if (!isWordOfFolded(text, k, i, FORWARDED_KEYS) || isAlnum(codeAt(text, k - 1))) continue;
    let v = i + 1;
    while (v < end && (text.charCodeAt(v) === 34 || text.charCodeAt(v) === 39 || text.charCodeAt(v) === 32))
      v++;
    let digits = 0;
    let separators = 0;
    for (let q = v; q < end && q < v + 8; q++) {
      const d = text.charCodeAt(q);
      if (isDigit(d)) digits++;
      else if (d === 46 || d === 58) separators++;
      else if (!isAddressChar(d)) break;
    }
    if (digits > 0 && separators > 0) return true;
  }
  return false;
}

/** Paths that load balancers and monitors probe; a person's browser does not ask for them. */
const HEALTH_PATHS = [
  '/healthz',
  '/health',
  '/healthcheck',
  '/health-check',
  '/_health',
  '/livez',
  '/readyz',
  '/ping',
  '/status',
  '/server-status',
  '/metrics',
];

/**
 * Whether the address at `start` opens an access-log line whose request asks for a health or
 * monitoring path ("185.104.89.20 - - […] \"GET /healthz HTTP/1.1\" 200 2"): the client is the
 * organisation's own load balancer or monitor.
 */
function probeOfHealthCheck(text: string, start: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  // The request: the first `"` on the line, a method, a space, the path.
  let q = start;
  while (q < text.length && q - start < 200 && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 10) q++;
  if (text.charCodeAt(q) !== 34) return false;
  let p = q + 1;
  while (p - q <= 8 && isUpperAscii(codeAt(text, p))) p++;
  if (p === q + 1 || codeAt(text, p) !== 32) return false;
  p++;
  let e = p;
  while (
    e < text.length &&
    e - p < 40 &&
    text.charCodeAt(e) !== 32 &&
    text.charCodeAt(e) !== 63 &&
    text.charCodeAt(e) !== 34
  )
    e++;
  return isWordOfFolded(text, p, e, HEALTH_PATHS);
}

/** How far along a log line the forwarded field is looked for. */
const MAX_LOG_LINE = 4096;

/** Why the finding is an organisation's contact point, or undefined when it may be a person's. */
export function organisationContactReason(
  text: string,
  finding: PiiFinding,
): OrganisationContactReason | undefined {
  const { type, start, end } = finding;
  if (type === 'email') return isRoleMailbox(text, start, end) ? 'role-mailbox' : undefined;
  if (type === 'phone')
    return asksToCall(text, lineStartWithin(text, start, CALL_WINDOW), start) ? 'call-us' : undefined;
  if (type === 'ip_address') return systemAddress(text, start) ? 'organisation-system' : undefined;
  if (!LINE_TYPES.has(type)) return undefined;
  if (organisationLineBefore(text, start)) return 'organisation-line';
  if (type !== 'iban' && (registrationAfter(text, end) || poBoxOrAfter(text, start)))
    return 'organisation-line';
  if (type === 'iban' && paidToOrganisation(text, end)) return 'organisation-account';
  return undefined;
}

/**
 * The findings without the organisation's contact points; the list itself when none is one. The
 * native scanner applies the same rules (native/pii/organisation_contacts.cc).
 */
export function withoutOrganisationContacts(text: string, findings: PiiFinding[]): PiiFinding[] {
  let kept: PiiFinding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (organisationContactReason(text, f) === undefined) kept?.push(f);
    else kept ??= findings.slice(0, i);
  }
  return kept ?? findings;
}
