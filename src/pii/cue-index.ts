import { piiTypes } from '../policy/schema.js';
import { documentWords, moneyWords, notPersonalWords, versionWords } from './context-words.js';
import type { PiiType } from './finding.js';

/**
 * What a cue word says: one bit per PII type (a context word of that type), and bits for the
 * cue lists that speak against personal data or for a kind of value.
 */
export type CueKind = PiiType | 'not_personal' | 'version' | 'money' | 'document';

const extraKinds = ['not_personal', 'version', 'money', 'document'] as const;
const extraLists: Record<(typeof extraKinds)[number], readonly string[]> = {
  not_personal: notPersonalWords,
  version: versionWords,
  money: moneyWords,
  document: documentWords,
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

/** Slots of the dense child table: a–z, then space, hyphen and dot; other characters use a map. */
const SLOTS = 29;
function slotOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c === 32) return 26;
  if (c === 45) return 27;
  if (c === 46) return 28;
  return -1;
}

/**
 * All cue words of all kinds in one trie, with each word's kinds as a bit mask. Matching walks the
 * trie from each word start, so a text is searched for a few hundred words in one pass that looks
 * at most words' first letter or two. A word must start at a word boundary; one of four letters or
 * more may continue into a compound ("telefoonnummer"), a shorter one must end at a boundary
 * ("tel", not "hotel" or "telling").
 */
export class CueMatcher {
  private children = new Int32Array(SLOTS * 64);
  private readonly other = new Map<number, number>();
  private accept = new Int32Array(64);
  private nodes = 1;

  constructor(contextWords: ReadonlyMap<PiiType, readonly string[]>) {
    for (const [type, words] of contextWords) for (const w of words) this.add(w, cueBit(type));
    for (const kind of extraKinds) for (const w of extraLists[kind]) this.add(w, cueBit(kind));
  }

  private child(node: number, c: number): number {
    const slot = slotOf(c);
    return slot >= 0 ? this.children[node * SLOTS + slot]! : (this.other.get(node * 0x10000 + c) ?? 0);
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
        const slot = slotOf(c);
        if (slot >= 0) this.children[node * SLOTS + slot] = next;
        else this.other.set(node * 0x10000 + c, next);
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
    for (let j = i; j < n; ) {
      node = this.child(node, fold(text.charCodeAt(j)));
      if (node === 0) break;
      j++;
      const accepted = this.accept[node]!;
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

  private firstChars: Uint8Array | undefined;

  /** Whether some cue word can start with this character (any case); a table lookup. */
  startsWith(c: number): boolean {
    if (!this.firstChars) {
      this.firstChars = new Uint8Array(0x10000);
      for (let k = 0; k < 0x10000; k++) if (this.child(0, fold(k)) !== 0) this.firstChars[k] = 1;
    }
    return this.firstChars[c] === 1;
  }

  private bigrams: Uint8Array | undefined;

  /**
   * Whether some cue word can start with letters `a` then `b` (Latin-1, any case): a table lookup
   * that rejects most word starts before the trie is walked. Words of one character (`v`) always
   * pass.
   */
  mayStartWith(a: number, b: number): boolean {
    if (a > 0xff || b > 0xff) return this.startsWith(a);
    if (!this.bigrams) {
      const table = new Uint8Array(0x10000);
      for (let x = 0; x < 0x100; x++) {
        const first = this.child(0, fold(x));
        if (first === 0) continue;
        const single = this.accept[first] !== 0;
        for (let y = 0; y < 0x100; y++)
          if (single || this.child(first, fold(y)) !== 0) table[(x << 8) | y] = 1;
      }
      this.bigrams = table;
    }
    return this.bigrams[(a << 8) | b] === 1;
  }
}

/**
 * Where the cue words of a text are: found in one regex pass, then every "is there a BSN cue in the
 * 40 characters before this number?" is a binary search instead of a search of the text.
 *
 * @example
 *   const cues = CueIndex.build('Uw BSN: 111222333', matcher);
 *   cues.distance(cueBit('bsn'), 8, 40); // 2
 */
export class CueIndex {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly masks: Int32Array,
    readonly length: number,
  ) {}

  /** Where the cues having one of `bits` end, in text order. */
  endsOf(bits: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.length; i++) if (this.masks[i]! & bits) out.push(this.ends[i]!);
    return out;
  }

  /** Whether any cue has one of `bits`. */
  has(bits: number): boolean {
    for (let i = 0; i < this.length; i++) if (this.masks[i]! & bits) return true;
    return false;
  }

  /** Index of the last cue ending at or before `pos`, or -1. */
  private lastBefore(pos: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Distance from the end of the nearest cue having any of `bits`, lying wholly within the
   * `size` characters before `pos`, to `pos`; -1 when there is none.
   */
  distance(bits: number, pos: number, size: number): number {
    const from = pos - size;
    for (let i = this.lastBefore(pos); i >= 0 && this.starts[i]! >= from; i--) {
      if (this.masks[i]! & bits) return pos - this.ends[i]!;
    }
    return -1;
  }
}
