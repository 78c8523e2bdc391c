import { AT, DASH, DOT, GT, isAlnum, isLetter, LT } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

/** Characters of an unquoted local part (RFC 5322 dot-atom, the ones seen in practice). */
function isLocalChar(c: number): boolean {
  return isAlnum(c) || c === DOT || c === DASH || c === 95 || c === PLUS_SIGN || c === 37 || c === 39;
}
const PLUS_SIGN = 43;

function isDomainChar(c: number): boolean {
  return isAlnum(c) || c === DOT || c === DASH;
}

function hasDoubleDot(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++)
    if (text.charCodeAt(i) === DOT && text.charCodeAt(i - 1) === DOT) return true;
  return false;
}

/** Whether `text[from, to)` is a host name with a dot and an alphabetic top-level label. */
function isDomain(text: string, from: number, to: number): boolean {
  let labelStart = from;
  let dots = 0;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === DOT) {
      const len = i - labelStart;
      if (len === 0 || len > 63) return false;
      if (text.charCodeAt(labelStart) === DASH || text.charCodeAt(i - 1) === DASH) return false;
      if (i < to) dots++;
      labelStart = i + 1;
    }
  }
  if (dots === 0) return false;
  const tld = text.lastIndexOf('.', to - 1) + 1;
  if (to - tld < 2) return false;
  for (let i = tld; i < to; i++) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
}

/** Mail headers whose `<…@…>` values name messages, not mailboxes. */
const MESSAGE_ID_HEADER =
  /^(?:message-id|in-reply-to|references|content-id|x-message-id)\s*:\s*(?:<[^<>\s]*>\s*)*$/i;

/**
 * Whether the address-shaped `[s, e)` is a message identifier in a mail header
 * ("Message-ID: <dd37afcd-…@mail.example.net>"): it identifies a message, not a person.
 */
function isMessageId(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s - 1) !== LT || text.charCodeAt(e) !== GT) return false;
  const lineStart = text.lastIndexOf('\n', s) + 1;
  return MESSAGE_ID_HEADER.test(text.slice(lineStart, s - 1));
}

/**
 * Finds addresses around each occurrence of `sep` (`@`, or `%40` in URL-encoded query strings).
 */
function findAround(text: string, sep: string, out: PiiFinding[]): void {
  let lastEnd = 0;
  let at = text.indexOf(sep);
  while (at !== -1) {
    let s = at;
    // RFC 5321 limits: 64 characters before the @, 255 after; also bounds the work on odd input.
    while (s > lastEnd && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    // Neither a dot nor an apostrophe opens an address: "'kim@home.nl'" is a quoted SQL or CSV
    // value, not a local part that starts with a quote (one inside stays: "o'brien@…").
    while (s < at && (text.charCodeAt(s) === DOT || text.charCodeAt(s) === 39)) s++;
    const domainStart = at + sep.length;
    let e = domainStart;
    while (e < text.length && e - domainStart < 255 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > domainStart && (text.charCodeAt(e - 1) === DOT || text.charCodeAt(e - 1) === DASH)) e--;
    const localOk = s < at && text.charCodeAt(at - 1) !== DOT && !hasDoubleDot(text, s, at);
    if (localOk && text.charCodeAt(e) !== AT && isDomain(text, domainStart, e)) {
      if (!isMessageId(text, s, e))
        out.push({ type: 'email', start: s, end: e, score: 0.95, detector: 'email' });
      lastEnd = e;
      at = text.indexOf(sep, e);
    } else at = text.indexOf(sep, at + 1);
  }
}

/**
 * E-mail addresses, also URL-encoded in query strings (`jan%40example.nl`, as web-server logs record
 * them). Found from each `@` outwards rather than with one regex over the text: a regex anchored on
 * the local part retries at every letter of every word, this looks only where an `@` is. The domain
 * must have a dot and an alphabetic top-level label, so `user@localhost` and `a@1.2` are not taken.
 */
export const emailDetector: Detector = {
  name: 'email',
  type: 'email',
  find(text) {
    const out: PiiFinding[] = [];
    findAround(text, '@', out);
    if (text.includes('%40')) {
      const before = out.length;
      findAround(text, '%40', out);
      if (before > 0 && out.length > before) out.sort((a, b) => a.start - b.start);
    }
    return out;
  },
};
