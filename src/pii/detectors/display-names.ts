import { baseLetter, isDigit, isLetter } from '../chars.js';
import type { PiiFinding } from '../finding.js';
import { roleMailboxes } from '../organisation-contacts.js';

/**
 * The display name before an e-mail address in a mail header or a ticket's requester line —
 * `From: "callum blackwood" <callumblackwood62@…>`, `Cc: "Oosting, Derk" <derk.oosting@…>`,
 * `Requester: Divya Krishnamurthy <divya.k@…>` — is a person's name when the address itself spells
 * part of it: a word of the name, three letters or more, stands in the address's local part
 * (accents and case aside). That holds for names in lower case and names no lexicon has, and it
 * leaves "Eemsvezel Billing" <facturatie@…> alone. Not taken: a role mailbox ("Support"
 * <support@…>), a name with a word the domain spells too ("Polderlink Noord"
 * <polderlink.noord@polderlink.nl> — and so also "Jan Jansen" <jan@jansen.nl>, a family's own
 * domain), and names with digits or a legal form. Mirrored by native/pii/display_names.cc.
 */

const SCORE = 0.85;
/** How far back from `<` a display name may start. */
const MAX_NAME = 80;
const MIN_WORD = 3;
const ROLE_MAILBOXES = new Set(roleMailboxes);
/** Legal forms in display names, compared by base letters: "Acme B.V." → "bv". */
const LEGAL_FORMS = new Set(['bv', 'nv', 'vof', 'ltd', 'gmbh', 'inc', 'llc', 'plc', 'bvba', 'sa', 'ag']);

/** The address's letters from `from` to `to`, as base letters (digits and punctuation dropped). */
function baseLettersOf(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const b = baseLetter(text.charCodeAt(i));
    if (b !== 0) out += String.fromCharCode(b);
  }
  return out;
}

const isLocalPartChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  isDigit(c) ||
  c === 46 ||
  c === 95 ||
  c === 45 ||
  c === 43 ||
  c === 37;

/** Where the display name before `lt` (the `<`) lies, as [start, end), or undefined. */
function nameBefore(text: string, lt: number): [number, number] | undefined {
  let e = lt;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  if (text.charCodeAt(e - 1) === 34) {
    // Quoted: everything between the quotes, on one line.
    const close = e - 1;
    let open = close - 1;
    while (
      open >= 0 &&
      close - open <= MAX_NAME &&
      text.charCodeAt(open) !== 34 &&
      text.charCodeAt(open) !== 10
    )
      open--;
    if (open < 0 || text.charCodeAt(open) !== 34) return undefined;
    let s = open + 1;
    let t = close;
    while (s < t && text.charCodeAt(s) === 32) s++;
    while (t > s && text.charCodeAt(t - 1) === 32) t--;
    return t > s ? [s, t] : undefined;
  }
  // Unquoted: back to the start of the line, a colon, a comma or semicolon between recipients, a tab.
  let s = e;
  while (s > 0 && e - s < MAX_NAME) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || c === 13 || c === 58 || c === 44 || c === 59 || c === 9 || c === 62 || c === 40) break;
    s--;
  }
  while (s < e && text.charCodeAt(s) === 32) s++;
  return e > s ? [s, e] : undefined;
}

/**
 * Whether text[s, e) reads as a name (letters, spaces, hyphens, apostrophes, initials' dots, one
 * comma of register order; one to five words) with a word of three letters or more in `local`, and
 * none in `domain`.
 */
function spelledByAddress(text: string, s: number, e: number, local: string, domain: string): boolean {
  let words = 0;
  let matched = false;
  let commas = 0;
  for (let i = s; i < e; ) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (c === 44) {
      if (++commas > 1) return false;
      i++;
      continue;
    }
    // One word: letters with inner hyphens, apostrophes and dots.
    let j = i;
    let base = '';
    while (j < e) {
      const d = text.charCodeAt(j);
      if (isLetter(d)) {
        const b = baseLetter(d);
        if (b !== 0) base += String.fromCharCode(b);
      } else if (d !== 45 && d !== 39 && d !== 0x2019 && d !== 46) break;
      j++;
    }
    if (j === i) return false; // a digit, '@' or another sign: no name
    if (++words > 5 || LEGAL_FORMS.has(base)) return false;
    // Each part of a double name counts on its own: "bart-jan" → "bart", "jan".
    for (const part of text.slice(i, j).split(/[-'’.]/)) {
      const b = baseLettersOf(part, 0, part.length);
      if (b.length < MIN_WORD) continue;
      // A word the domain spells too names the organisation: "Polderlink Noord" <…@polderlink.nl>.
      if (domain.includes(b)) return false;
      if (local.includes(b)) matched = true;
    }
    i = j;
  }
  return matched;
}

/** Display names spelled by their e-mail address, appended to `out` in text order. */
export function displayNames(text: string, out: PiiFinding[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let ls = at;
    while (ls > 0 && isLocalPartChar(text.charCodeAt(ls - 1))) ls--;
    if (ls === at || text.charCodeAt(ls - 1) !== 60) continue;
    let de = at + 1;
    while (de < text.length && text.charCodeAt(de) !== 62 && de - at < 255) {
      const c = text.charCodeAt(de);
      if (c === 10 || c === 32) break;
      de++;
    }
    if (text.charCodeAt(de) !== 62) continue;
    // A role mailbox names a function, not a person: "info", "support+nl".
    let first = ls;
    while (first < at && isLetter(text.charCodeAt(first))) first++;
    if (ROLE_MAILBOXES.has(text.slice(ls, first).toLowerCase())) continue;
    const span = nameBefore(text, ls - 1);
    if (!span) continue;
    const local = baseLettersOf(text, ls, at);
    const domain = baseLettersOf(text, at + 1, de);
    if (!spelledByAddress(text, span[0], span[1], local, domain)) continue;
    out.push({
      type: 'person_name',
      start: span[0],
      end: span[1],
      score: SCORE,
      detector: 'person-name-labelled',
    });
  }
}

/**
 * Whether the display name starting at `start` (up to a `<` on its line) names an organisation by
 * its address: the address is a role mailbox ("Mergelweb Planning" <planning@…>), or its domain
 * spells a word of the name ("Mergelweb Technical Support" <klantenservice@mergelweb.nl>). The
 * name detector does not take such a sender after "From:".
 */
export function organisationDisplayName(text: string, start: number): boolean {
  let lt = start;
  while (lt < text.length && lt - start < MAX_NAME) {
    const c = text.charCodeAt(lt);
    if (c === 60) break;
    if (c === 10 || c === 13 || c === 58 || c === 44 || c === 59 || c === 64 || c === 62) return false;
    lt++;
  }
  if (text.charCodeAt(lt) !== 60) return false;
  let at = lt + 1;
  while (at < text.length && isLocalPartChar(text.charCodeAt(at))) at++;
  if (at === lt + 1 || text.charCodeAt(at) !== 64) return false;
  let first = lt + 1;
  while (first < at && isLetter(text.charCodeAt(first))) first++;
  if (ROLE_MAILBOXES.has(text.slice(lt + 1, first).toLowerCase())) return true;
  let de = at + 1;
  while (de < text.length && de - at < 255 && isLocalPartChar(text.charCodeAt(de))) de++;
  const domain = baseLettersOf(text, at + 1, de);
  for (let i = start; i < lt; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < lt && isLetter(text.charCodeAt(j))) j++;
    const word = baseLettersOf(text, i, j);
    if (word.length >= MIN_WORD && domain.includes(word)) return true;
    i = j;
  }
  return false;
}
