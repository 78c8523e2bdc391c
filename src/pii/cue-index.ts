import { piiTypes } from '../policy/schema.js';
import {
  documentWords,
  equipmentWords,
  introductionWords,
  moneyWords,
  nameHolderWords,
  notPersonalWords,
  versionWords,
} from './context-words.js';
import type { PiiType } from './finding.js';

/**
 * What a cue word says: one bit per PII type (a context word of that type), and bits for the
 * cue lists that speak against personal data or for a kind of value.
 */
export type CueKind =
  | PiiType
  | 'not_personal'
  | 'version'
  | 'money'
  | 'document'
  | 'name_holder'
  | 'introduction'
  | 'equipment';

const extraKinds = [
  'not_personal',
  'version',
  'money',
  'document',
  'name_holder',
  'introduction',
  'equipment',
] as const;
const extraLists: Record<(typeof extraKinds)[number], readonly string[]> = {
  not_personal: notPersonalWords,
  version: versionWords,
  money: moneyWords,
  document: documentWords,
  name_holder: nameHolderWords,
  introduction: introductionWords,
  equipment: equipmentWords,
};

const bitOf = new Map<CueKind, number>();
for (const [i, t] of piiTypes.entries()) bitOf.set(t, 1 << i);
for (const [i, k] of extraKinds.entries()) bitOf.set(k, 1 << (piiTypes.length + i));

/** The bit of a cue kind, for `CueIndex` queries. */
export function cueBit(kind: CueKind): number {
  return bitOf.get(kind)!;
}

/** Folds A–Z and À–Þ to lower case; cue words are stored lower case. */
function fold(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
  return c;
}

export function isLetterCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/**
 * Every cue word, trimmed and lower case, with its kind's bit: the context words of each type
 * and the extra lists. The native scanner builds its trie from the same list.
 */
export function cueEntries(contextWords: ReadonlyMap<PiiType, readonly string[]>): [string, number][] {
  const entries: [string, number][] = [];
  const push = (w: string, bit: number) => {
    const word = w.trim().toLowerCase();
    if (word) entries.push([word, bit]);
  };
  for (const [type, words] of contextWords) for (const w of words) push(w, cueBit(type));
  for (const kind of extraKinds) for (const w of extraLists[kind]) push(w, cueBit(kind));
  return entries;
}

/**
 * All cue words of all kinds in one trie, with each word's kinds as a bit mask. Matching walks the
 * trie from each word start, so a text is searched for a few hundred words in one pass that looks
 * at most words' first letter or two. A word must start at a word boundary; one of four letters or
 * more may continue into a compound ("telefoonnummer"), a shorter one must end at a boundary
 * ("tel", not "hotel" or "telling").
 *
 * The trie is a dense table: one row per node, one column per character that occurs in some cue
 * word (a few dozen), and a table from every UTF-16 code unit, folded to lower case, to its column.
 * A step of the walk is two array reads; a character no cue word has ends the walk at once.
 */
export class CueMatcher {
  /** Per code unit: 1 + its column (after folding to lower case), or 0 when no cue word has it. */
  private readonly column = new Uint16Array(0x10000);
  private readonly width: number;
  private children: Int32Array;
  private accept: Int32Array;
  private nodes = 1;

  constructor(contextWords: ReadonlyMap<PiiType, readonly string[]>) {
    const entries = cueEntries(contextWords);
    const columns = new Map<number, number>();
    for (const [w] of entries) {
      const word = w.trim().toLowerCase();
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (!columns.has(c)) columns.set(c, columns.size);
      }
    }
    for (let c = 0; c < 0x10000; c++) {
      const col = columns.get(fold(c));
      if (col !== undefined) this.column[c] = col + 1;
    }
    this.width = Math.max(1, columns.size);
    this.children = new Int32Array(this.width * 64);
    this.accept = new Int32Array(64);
    for (const [w, bit] of entries) this.add(w, bit);
    const { firstChars, bigrams } = this.startTables();
    this.firstChars = firstChars;
    this.bigrams = bigrams;
  }

  /** The trie node after `node` on code unit `c` (any case), or 0 when there is none. */
  private child(node: number, c: number): number {
    const col = this.column[c]!;
    return col === 0 ? 0 : this.children[node * this.width + col - 1]!;
  }

  private add(word: string, bit: number): void {
    const w = word.trim().toLowerCase();
    if (!w) return;
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let next = this.child(node, c);
      if (next === 0) {
        next = this.nodes++;
        if (next >= this.accept.length) {
          const accept = new Int32Array(this.accept.length * 2);
          accept.set(this.accept);
          this.accept = accept;
          const children = new Int32Array(this.children.length * 2);
          children.set(this.children);
          this.children = children;
        }
        this.children[node * this.width + this.column[c]! - 1] = next;
      }
      node = next;
    }
    this.accept[node] = this.accept[node]! | bit;
  }

  /**
   * The longest cue word starting at `i` (which the caller has checked is a word start): its end
   * and kinds, written to `out` as [end, mask]; returns false when none starts there.
   */
  matchAt(text: string, i: number, out: Int32Array): boolean {
    let node = 0;
    let best = -1;
    let mask = 0;
    const n = text.length;
    const column = this.column;
    const children = this.children;
    const accept = this.accept;
    const width = this.width;
    for (let j = i; j < n; ) {
      const col = column[text.charCodeAt(j)]!;
      if (col === 0) break;
      node = children[node * width + col - 1]!;
      if (node === 0) break;
      j++;
      const accepted = accept[node]!;
      if (accepted !== 0 && (j - i >= 4 || j >= n || !isLetterCode(text.charCodeAt(j)))) {
        best = j;
        mask = accepted;
      }
    }
    if (best < 0) return false;
    out[0] = best;
    out[1] = mask;
    return true;
  }

  /** Per code unit: 1 when some cue word starts with it (any case). */
  private readonly firstChars: Uint8Array;

  /** Whether some cue word can start with this character (any case); a table lookup. */
  startsWith(c: number): boolean {
    return this.firstChars[c] === 1;
  }

  /** Per pair of Latin-1 code units `(a << 8) | b`: 1 when some cue word can start with them. */
  private readonly bigrams: Uint8Array;

  /**
   * Whether some cue word can start with letters `a` then `b` (Latin-1, any case): a table lookup
   * that rejects most word starts before the trie is walked. Words of one character (`v`) always
   * pass.
   */
  mayStartWith(a: number, b: number): boolean {
    if (a > 0xff || b > 0xff) return this.firstChars[a] === 1;
    return this.bigrams[(a << 8) | b] === 1;
  }

  /** The first-character and two-character tables, built once with the trie (the index asks per word). */
  private startTables(): { firstChars: Uint8Array; bigrams: Uint8Array } {
    const firstChars = new Uint8Array(0x10000);
    for (let k = 0; k < 0x10000; k++) if (this.child(0, k) !== 0) firstChars[k] = 1;
    const bigrams = new Uint8Array(0x10000);
    for (let x = 0; x < 0x100; x++) {
      const first = this.child(0, x);
      if (first === 0) continue;
      const single = this.accept[first] !== 0;
      for (let y = 0; y < 0x100; y++) if (single || this.child(first, y) !== 0) bigrams[(x << 8) | y] = 1;
    }
    return { firstChars, bigrams };
  }
}

/**
 * Where the cue words of a text are: found in the text index's one pass (buildTextIndex), then every
 * "is there a BSN cue in the 40 characters before this number?" is a binary search instead of a
 * search of the text. One flat array of triples, so that an index is a single allocation.
 *
 * @example
 *   const cues = buildTextIndex('Uw BSN: 111222333', matcher).cues;
 *   cues.distance(cueBit('bsn'), 8, 40); // 2
 */
export class CueIndex {
  /** Number of cues. */
  readonly length: number;

  /** @param cues one triple per cue, in text order: start, end, kinds mask. */
  constructor(private readonly cues: Int32Array) {
    this.length = cues.length / 3;
  }

  /** Where the cues having one of `bits` end, in text order. */
  endsOf(bits: number): number[] {
    const out: number[] = [];
    const cues = this.cues;
    for (let i = 0; i < cues.length; i += 3) if (cues[i + 2]! & bits) out.push(cues[i + 1]!);
    return out;
  }

  /** Whether any cue has one of `bits`. */
  has(bits: number): boolean {
    const cues = this.cues;
    for (let i = 2; i < cues.length; i += 3) if (cues[i]! & bits) return true;
    return false;
  }

  /** Index of the last cue ending at or before `pos`, or -1. */
  private lastBefore(pos: number): number {
    const cues = this.cues;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cues[mid * 3 + 1]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Distance from the end of the nearest cue having any of `bits`, lying wholly within the
   * `size` characters before `pos`, to `pos`; -1 when there is none.
   */
  distance(bits: number, pos: number, size: number): number {
    const cues = this.cues;
    const from = pos - size;
    for (let i = this.lastBefore(pos) * 3; i >= 0 && cues[i]! >= from; i -= 3) {
      if (cues[i + 2]! & bits) return pos - cues[i + 1]!;
    }
    return -1;
  }
}
