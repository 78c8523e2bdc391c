/** A 32-bit hash of `text[from, to)`, the same as of the word itself. */
export function wordHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * Words with a non-zero number each, looked up by a range of a text without slicing it: the
 * characters are hashed, the hash picks a slot of an open-addressing table, and only a word with
 * the same hash is compared character by character. The name detector asks this for most
 * capitalised words and the words around them, so a lookup must not allocate: a sliced string (or
 * a hash outside V8's small-integer range in a `Set<number>`) costs more than the lookup.
 *
 * @example
 *   const table = new WordTable([['Jan', 1], ['Vries', 2]]);
 *   table.get('Beste Jan,', 6, 9); // 1
 */
export class WordTable {
  /** Per slot two numbers: the hash of its word, and 1 + the word's index (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The characters of all words one after another; word `w` is `chars[starts[w], starts[w + 1])`. */
  private readonly chars: Uint16Array;
  private readonly starts: Int32Array;
  private readonly values: Int32Array;

  constructor(entries: Iterable<readonly [string, number]>) {
    const words: string[] = [];
    const values: number[] = [];
    for (const [word, value] of entries) {
      if (value === 0) continue;
      words.push(word);
      values.push(value);
    }
    this.values = Int32Array.from(values);
    this.starts = new Int32Array(words.length + 1);
    for (let w = 0; w < words.length; w++) this.starts[w + 1] = this.starts[w]! + words[w]!.length;
    this.chars = new Uint16Array(this.starts[words.length]!);
    for (let w = 0; w < words.length; w++) {
      for (let i = 0; i < words[w]!.length; i++) this.chars[this.starts[w]! + i] = words[w]!.charCodeAt(i);
    }
    // At most a quarter full, so that a miss usually ends at the first empty slot.
    let size = 16;
    while (size < words.length * 4) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const h = wordHash(word, 0, word.length);
      let i = mix(h) & this.mask;
      while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = h;
      this.slots[2 * i + 1] = w + 1;
    }
  }

  /** The value of the word `text[from, to)`, or 0 when it is not in the table. */
  get(text: string, from: number, to: number): number {
    const h = wordHash(text, from, to);
    const { mask, slots, starts, chars } = this;
    for (let i = mix(h) & mask; ; i = (i + 1) & mask) {
      const w = slots[2 * i + 1]!;
      if (w === 0) return 0;
      if (slots[2 * i] !== h) continue;
      // Same hash: compare the characters (a word of another length differs at once).
      const start = starts[w - 1]!;
      const length = starts[w]! - start;
      if (length !== to - from) continue;
      let k = 0;
      while (k < length && chars[start + k] === text.charCodeAt(from + k)) k++;
      if (k === length) return this.values[w - 1]!;
    }
  }
}

/** Spreads the high bits of the hash over the low ones, which pick the slot. */
const mix = (h: number): number => h ^ (h >>> 13) ^ (h >>> 21);

/**
 * A word set that answers "is `text[from, to)` one of these words?" without slicing the text.
 *
 * @example
 *   const particles = new HashedWords(['van', 'der']);
 *   particles.has('Jan van Dijk', 4, 7); // true
 */
export class HashedWords {
  private readonly table: WordTable;

  constructor(words: Iterable<string>) {
    this.table = new WordTable(Array.from(words, (w) => [w, 1] as const));
  }

  has(text: string, from: number, to: number): boolean {
    return this.table.get(text, from, to) !== 0;
  }
}
