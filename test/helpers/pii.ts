import type { PiiType } from '../../src/pii/finding.js';
import { type ScanOptions, scanText } from '../../src/pii/scan.js';

/** What `scanText` found, as `type: value` strings, easy to read in an assertion. */
export function found(text: string, options?: ScanOptions): string[] {
  return scanText(text, options).map((f) => `${f.type}: ${text.slice(f.start, f.end)}`);
}

/** The values of one type that `scanText` reports (default threshold unless given). */
export function valuesOf(type: PiiType, text: string, options: ScanOptions = {}): string[] {
  return scanText(text, { ...options, types: [type] }).map((f) => text.slice(f.start, f.end));
}

/** The score of the finding of `type` covering exactly `value`, or undefined when none was made. */
export function scoreOf(type: PiiType, text: string, value: string): number | undefined {
  const start = text.indexOf(value);
  return scanText(text, { types: [type], minScore: 0 }).find(
    (f) => f.start === start && f.end === start + value.length,
  )?.score;
}
