import { wordHash } from './lexicon.js';

/**
 * A word set that answers "is `text[from, to)` one of these words?" without slicing the text: a
 * hash of the characters is looked up first, and only on a hit is the word sliced and compared.
 * The name detector asks this for most words around capitals, and most answers are no.
 *
 * @example
 *   const particles = new HashedWords(['van', 'der']);
 *   particles.has('Jan van Dijk', 4, 7); // true
 */
export class HashedWords {
  private readonly hashes = new Set<number>();
  private readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.hashes.add(wordHash(w, 0, w.length));
  }

  has(text: string, from: number, to: number): boolean {
    return this.hashes.has(wordHash(text, from, to)) && this.words.has(text.slice(from, to));
  }
}
