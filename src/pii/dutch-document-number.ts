import { codeAt, isAlnum, isDigit, isUpperAscii } from './chars.js';
import type { ScanContext } from './scan-context.js';

/**
 * The number of a Dutch passport or identity card (since 2014): nine characters, two letters, six
 * letters or digits, one digit; the letter O is not used, so it cannot be confused with zero.
 */
const DOCUMENT_NUMBER = /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/;

export interface DocumentNumberCandidate {
  start: number;
  end: number;
  /** Nearest distance of a passport cue, an identity-card cue, and a generic document cue, or -1. */
  passport: number;
  idCard: number;
  generic: number;
}

/**
 * The nine-character tokens of the shape above, found from the digit runs, with the distances of
 * the cues that decide whether each is a passport or identity-card number. Computed once per text
 * and shared by the two detectors.
 */
export function documentNumberCandidates(text: string, ctx: ScanContext): DocumentNumberCandidate[] {
  return ctx.memoize('dutch-document-number', () => {
    const runs = ctx.digitRuns();
    const found: DocumentNumberCandidate[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      if (s < lastEnd) continue;
      let ts = s;
      while (ts > lastEnd && s - ts < 8 && isTokenChar(text.charCodeAt(ts - 1))) ts--;
      let te = runs[r + 1]!;
      while (te < text.length && te - ts < 10 && isTokenChar(text.charCodeAt(te))) te++;
      if (te - ts !== 9 || isAlnum(codeAt(text, ts - 1)) || isAlnum(codeAt(text, te))) continue;
      const token = text.slice(ts, te);
      if (!DOCUMENT_NUMBER.test(token)) continue;
      found.push({
        start: ts,
        end: te,
        passport: ctx.contextDistance('passport_number', ts),
        idCard: ctx.contextDistance('id_card_number', ts),
        generic: ctx.cueDistance('document', ts),
      });
      lastEnd = te;
    }
    return found;
  });
}

const isTokenChar = (c: number) => isUpperAscii(c) || isDigit(c);

/** The nearer of two cue distances (-1 meaning absent), for comparing kinds of document. */
export function nearer(a: number, b: number): boolean {
  return a >= 0 && (b < 0 || a <= b);
}
