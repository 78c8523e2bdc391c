import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../../src/errors.js';
import type { Corpus } from '../../src/pii/corpus/generate.js';
import type { CorpusSize } from '../../src/pii/corpus/numbered-documents.js';

/**
 * The behaviour every corpus built on `numberedDocuments` promises for its options, tested the same
 * way for each: same seed same corpus, document i from the seed and i alone, the default of 100,
 * the document count and the byte budget, and CORPUS_BAD_OPTION for a bad size.
 */
export function describeNumberedCorpusOptions(
  name: string,
  generate: (options: CorpusSize & { seed: number | string }) => Corpus,
): void {
  describe(`${name} options`, () => {
    it('gives the same corpus for the same seed and another for another seed', () => {
      const a = generate({ seed: 'test', documents: 30 });
      expect(generate({ seed: 'test', documents: 30 })).toEqual(a);
      const other = generate({ seed: 'other', documents: 30 });
      expect(other.documents.map((d) => d.text).join('')).not.toBe(a.documents.map((d) => d.text).join(''));
    });

    it('makes document i from the seed and i alone, so a larger corpus starts with a smaller one', () => {
      expect(generate({ seed: 'test', documents: 12 }).documents).toEqual(
        generate({ seed: 'test', documents: 30 }).documents.slice(0, 12),
      );
    });

    it('makes 100 documents by default and honours a document count', () => {
      expect(generate({ seed: 1 }).documents).toHaveLength(100);
      expect(generate({ seed: 1, documents: 7 }).documents).toHaveLength(7);
      expect(generate({ seed: 1, documents: 0 }).documents).toHaveLength(0);
      expect(generate({ seed: 1, bytes: 0 }).documents).toHaveLength(0);
    });

    it('stops once the byte budget is reached, or at the document count if that comes first', () => {
      const sizes = generate({ seed: 'test', bytes: 50_000 }).documents.map((d) => Buffer.byteLength(d.text));
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(50_000);
      expect(total - sizes[sizes.length - 1]!).toBeLessThan(50_000);
      expect(generate({ seed: 'test', documents: 3, bytes: 1e9 }).documents).toHaveLength(3);
    });

    it.each([
      { documents: -1 },
      { documents: 1.5 },
      { documents: Number.NaN },
      { bytes: -1 },
      { bytes: Number.POSITIVE_INFINITY },
      { bytes: Number.NaN },
    ])('rejects %o with CORPUS_BAD_OPTION', (options) => {
      let error: unknown;
      try {
        generate({ seed: 1, ...options });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GrondslagError);
      expect((error as GrondslagError).code).toBe('CORPUS_BAD_OPTION');
    });
  });
}
