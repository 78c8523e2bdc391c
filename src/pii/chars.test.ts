import { describe, expect, it } from 'vitest';
import { isLowerLetter, isUpperExtendedA, isUpperLetter } from './chars.js';

describe('letter case on char codes', () => {
  it('knows the capitals of Latin Extended-A as Unicode does', () => {
    for (let c = 0x100; c <= 0x17f; c++) {
      const ch = String.fromCharCode(c);
      const capital = c === 0x130 || (ch === ch.toUpperCase() && ch !== ch.toLowerCase());
      expect(isUpperExtendedA(c), `U+${c.toString(16)} ${ch}`).toBe(capital);
      expect(isUpperLetter(c)).toBe(capital);
      expect(isLowerLetter(c)).toBe(!capital);
    }
  });

  it('keeps ASCII and Latin-1 as they were', () => {
    expect(['A', 'Z', 'À', 'Þ'].every((ch) => isUpperLetter(ch.charCodeAt(0)))).toBe(true);
    expect(['a', 'z', 'ß', 'ÿ', '×'].some((ch) => isUpperLetter(ch.charCodeAt(0)))).toBe(false);
  });
});
