import type { CorpusDocument } from '../../src/pii/corpus/builder.js';

/** One missed item, touched decoy or stray redaction, with enough text around it to judge. */
export interface MissEntry {
  doc: string;
  /** PII type of a missed item, decoy kind of a touched decoy, or "unplanted" for a stray. */
  what: string;
  value: string;
  /** The value with the characters the tool removed shown in ⟦…⟧. */
  marked: string;
  context: string;
}

export interface MissReport {
  missed: MissEntry[];
  touchedDecoys: MissEntry[];
  /** Runs of removed non-whitespace characters inside no planted item and no decoy. */
  unplanted: MissEntry[];
}

const isAlnum = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

function mark(text: string, redacted: Uint8Array, start: number, end: number): string {
  let out = '';
  let open = false;
  for (let i = start; i < end; i++) {
    if (redacted[i] && !open) out += '⟦';
    if (!redacted[i] && open) out += '⟧';
    open = redacted[i] === 1;
    out += text[i];
  }
  return open ? `${out}⟧` : out;
}

function entry(
  doc: CorpusDocument,
  redacted: Uint8Array,
  what: string,
  start: number,
  end: number,
): MissEntry {
  const from = Math.max(0, start - 60);
  const to = Math.min(doc.text.length, end + 40);
  return {
    doc: doc.id,
    what,
    value: doc.text.slice(start, end),
    marked: mark(doc.text, redacted, start, end),
    context: `${doc.text.slice(from, start)}«${mark(doc.text, redacted, start, end)}»${doc.text.slice(end, to)}`,
  };
}

/**
 * What a tool got wrong in one document, given the characters it removed: planted items whose
 * letters and digits were not all removed (the rule `scoreDocument` counts), decoys that lost a
 * character, and removed text that was neither.
 */
export function documentMisses(doc: CorpusDocument, redacted: Uint8Array, into: MissReport): MissReport {
  const { text } = doc;
  const covered = new Uint8Array(text.length);
  for (const s of doc.spans) {
    covered.fill(1, s.start, s.end);
    let all = true;
    for (let i = s.start; i < s.end && all; i++) if (isAlnum(text[i]!) && !redacted[i]) all = false;
    if (!all) into.missed.push(entry(doc, redacted, s.type, s.start, s.end));
  }
  for (const d of doc.decoys) {
    covered.fill(1, d.start, d.end);
    for (let i = d.start; i < d.end; i++) {
      if (redacted[i] && !/\s/.test(text[i]!)) {
        into.touchedDecoys.push(entry(doc, redacted, d.kind, d.start, d.end));
        break;
      }
    }
  }
  for (let i = 0; i < text.length; i++) {
    if (!redacted[i] || covered[i] || /\s/.test(text[i]!)) continue;
    let j = i;
    while (j < text.length && redacted[j] && !covered[j]) j++;
    into.unplanted.push(entry(doc, redacted, 'unplanted', i, j));
    i = j;
  }
  return into;
}
