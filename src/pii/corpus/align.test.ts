import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignRedaction } from './align.js';

/** The redacted characters as a string of the input, with kept ones shown as '_'. */
function shown(input: string, redacted: Uint8Array): string {
  return [...input].map((ch, i) => (redacted[i] ? ch : '_')).join('');
}

const tag = /\[[A-Z_]+\]/g;

describe('alignRedaction with a replacement pattern', () => {
  it('finds a replaced span in the middle, at the start and at the end', () => {
    const input = 'Jan mailt jan@x.nl vandaag';
    expect(shown(input, alignRedaction(input, 'Jan mailt [EMAIL] vandaag', tag).redacted)).toBe(
      '__________jan@x.nl________',
    );
    expect(shown(input, alignRedaction(input, '[NAME] mailt jan@x.nl vandaag', tag).redacted)).toBe(
      'Jan_______________________',
    );
    expect(shown(input, alignRedaction(input, 'Jan mailt jan@x.nl [WORD]', tag).redacted)).toBe(
      '___________________vandaag',
    );
  });

  it('finds a replacement inside a word', () => {
    const input = 'Postcode 1234 AB';
    const a = alignRedaction(input, 'Po[PO_1] 1234 AB', /\[PO_\d\]/g);
    expect(a.method).toBe('tags');
    expect(shown(input, a.redacted)).toBe('__stcode________');
  });

  it('treats adjacent replacements as one run', () => {
    const input = 'naam: Jan Jansen.';
    expect(shown(input, alignRedaction(input, 'naam: [NAME][NAME].', tag).redacted)).toBe(
      '______Jan Jansen_',
    );
  });

  it('reports nothing redacted when the output equals the input', () => {
    const a = alignRedaction('niets te zien', 'niets te zien', tag);
    expect([...a.redacted].every((v) => v === 0)).toBe(true);
  });

  it('falls back to a diff when the output does not fit the pattern', () => {
    const input = 'bel 0612345678 nu';
    const a = alignRedaction(input, 'bel ########## nu', tag);
    expect(a.method).toBe('diff');
    expect(shown(input, a.redacted)).toBe('____0612345678___');
  });

  it('recovers exactly the replaced spans of random texts (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab 12.-@xyzAB\n'), minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), (input, cuts) => {
        // Sorted, distinct cut points, paired into non-adjacent spans [c0,c1), [c2,c3), …
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((x, y) => x - y);
        const spans: [number, number][] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          const [s, e] = [points[i]!, points[i + 1]!];
          if (e > s && (spans.length === 0 || s > spans[spans.length - 1]![1])) spans.push([s, e]);
        }
        let output = '';
        let at = 0;
        for (const [s, e] of spans) {
          output += `${input.slice(at, s)}[X]`;
          at = e;
        }
        output += input.slice(at);
        const expected = new Uint8Array(input.length);
        for (const [s, e] of spans) expected.fill(1, s, e);
        const a = alignRedaction(input, output, tag);
        // The glob match may slide a span along repeated text ("aa" → "a[X]" or "[X]a"), so compare
        // what a reader sees: the same count of redacted characters and an output that re-applies.
        const rebuilt = rebuild(input, a.redacted);
        expect(rebuilt).toBe(output);
        expect(a.redacted.reduce((s, v) => s + v, 0)).toBe(expected.reduce((s, v) => s + v, 0));
      }),
      { numRuns: 500 },
    );
  });
});

/** Applies a redaction mask back to the input, one [X] per run. */
function rebuild(input: string, redacted: Uint8Array): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    if (!redacted[i]) out += input[i];
    else if (i === 0 || !redacted[i - 1]) out += '[X]';
  }
  return out;
}

describe('alignRedaction by diff', () => {
  it('marks whole replaced tokens and keeps the rest', () => {
    const input = 'Beste Jan van der Berg, uw BSN 111222333.';
    const output = 'Beste PERSON_NAME van der Berg, uw BSN DIGITS.';
    expect(shown(input, alignRedaction(input, output).redacted)).toBe(
      '______Jan______________________111222333_',
    );
  });

  it('keeps the common start and end of a changed region', () => {
    const input = 'IBAN NL91 ABNA 0417 1643 00 graag';
    const output = 'IBAN NL91 ABNA DIGITS DIGITS 00 graag';
    expect(shown(input, alignRedaction(input, output).redacted)).toBe('_______________0417_1643_________');
  });

  it('handles text that was dropped without a replacement', () => {
    const input = 'mail jan@x.nl of bel';
    expect(shown(input, alignRedaction(input, 'mail  of bel').redacted)).toBe('_____jan@x.nl_______');
  });

  it('removes as much as was masked, keeps only what the output kept, over-marking only inside partly masked words (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab 12.-@xyz'), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (input, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((x, y) => x - y);
        const expected = new Uint8Array(input.length);
        for (let i = 0; i + 1 < points.length; i += 2) expected.fill(1, points[i]!, points[i + 1]!);
        const output = [...input].map((ch, i) => (expected[i] ? '█' : ch)).join('');
        const { redacted } = alignRedaction(input, output);
        // Identical characters can trade places in a diff ("a a a" → "██a a"), so compare amounts,
        // not positions. A word or number is one token: when a mask splits it on both sides, the
        // token between the kept prefix and suffix counts as changed, which bounds the excess.
        const count = (m: Uint8Array) => m.reduce((s, v) => s + v, 0);
        let partlyMasked = 0;
        for (const m of input.matchAll(/\p{L}+|\p{N}+|\s+|[^\p{L}\p{N}\s]/gu)) {
          const inside = expected.slice(m.index, m.index + m[0].length);
          if (count(inside) > 0 && count(inside) < inside.length) partlyMasked += inside.length;
        }
        expect(count(redacted)).toBeGreaterThanOrEqual(count(expected));
        expect(count(redacted)).toBeLessThanOrEqual(count(expected) + partlyMasked);
        const kept = [...input].filter((_, i) => !redacted[i]).join('');
        expect(isSubsequence(kept, output.replaceAll('█', ''))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

function isSubsequence(needle: string, haystack: string): boolean {
  let j = 0;
  for (const ch of haystack) if (j < needle.length && needle[j] === ch) j++;
  return j === needle.length;
}
