import { describe, expect, it } from 'vitest';
import { parseDuration } from '../duration.js';
import { mayExceedMonths } from './periods.js';

const exceedsOneMonth = (text: string) => mayExceedMonths(parseDuration(text)!, 1);

describe('mayExceedMonths', () => {
  it('accepts periods that always end within one calendar month', () => {
    for (const p of ['P4W', 'P28D', 'P1M', 'P2W', 'P3W7D']) expect(exceedsOneMonth(p), p).toBe(false);
  });

  it('refuses periods that can end after one calendar month, February included', () => {
    for (const p of ['P5W', 'P29D', 'P30D', 'P1M1D', 'P2M', 'P1Y']) expect(exceedsOneMonth(p), p).toBe(true);
  });

  it('measures against several months for the Art. 12(3) extension', () => {
    expect(mayExceedMonths(parseDuration('P2M')!, 2)).toBe(false);
    expect(mayExceedMonths(parseDuration('P8W')!, 2)).toBe(false);
    expect(mayExceedMonths(parseDuration('P9W')!, 2)).toBe(true);
    expect(mayExceedMonths(parseDuration('P3M')!, 2)).toBe(true);
  });
});
