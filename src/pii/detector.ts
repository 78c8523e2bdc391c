import type { PiiFinding, PiiType } from './finding.js';
import type { ScanContext } from './scan-context.js';

/**
 * One recogniser for one PII type: pattern, then validation (checksum, numbering plan, lexicon),
 * then context words. `find` returns every candidate with a score, also weak ones; the scanner
 * drops those under the caller's threshold and resolves overlaps between detectors.
 *
 * @example
 *   const found = emailDetector.find('mail jan@example.com', new ScanContext('mail jan@example.com'));
 */
export interface Detector {
  /** Stable name, reported in each finding so a result can be traced to its rule. */
  readonly name: string;
  readonly type: PiiType;
  find(text: string, ctx: ScanContext): PiiFinding[];
}
