import { describe, expect, it } from 'vitest';
import { HashedWords, WordTable, wordHash } from './hashed-words.js';

describe('WordTable', () => {
  const table = new WordTable([
    ['Jan', 1],
    ['Jansen', 2],
    ['Vries', 6],
  ]);

  it('finds a word by its range in a text, without the text being that word', () => {
    const text = 'Beste Jan Jansen, de Vries';
    expect(table.get(text, 6, 9)).toBe(1);
    expect(table.get(text, 10, 16)).toBe(2);
    expect(table.get(text, 21, 26)).toBe(6);
  });

  it('answers 0 for a part of a word, a longer word and a word in another case', () => {
    const text = 'Ja Jansens jan';
    expect(table.get(text, 0, 2)).toBe(0);
    expect(table.get(text, 3, 10)).toBe(0);
    expect(table.get(text, 11, 14)).toBe(0);
  });

  it('keeps words apart whose hashes are equal', () => {
    // 31·'A' + 'a' = 31·'B' + 'B': the characters decide.
    expect(wordHash('Aa', 0, 2)).toBe(wordHash('BB', 0, 2));
    const colliding = new WordTable([['Aa', 3]]);
    expect(colliding.get('BB', 0, 2)).toBe(0);
    expect(colliding.get('Aa', 0, 2)).toBe(3);
  });
});

describe('HashedWords', () => {
  it('says whether a range of a text is one of its words', () => {
    const particles = new HashedWords(['van', 'der']);
    expect(particles.has('Jan van der Berg', 4, 7)).toBe(true);
    expect(particles.has('Jan van der Berg', 8, 11)).toBe(true);
    expect(particles.has('Jan van der Berg', 12, 16)).toBe(false);
  });
});
