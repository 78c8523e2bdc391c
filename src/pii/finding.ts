import type { PiiType } from '../policy/schema.js';

export type { PiiType };

/**
 * One piece of personal data found in a text: where it is (UTF-16 offsets, `end` exclusive, as
 * `String.prototype.slice` takes them), what it is, how sure the detector is (0–1), and which
 * detector fired, so a surprising finding can be traced to its rule.
 *
 * @example
 *   const f: PiiFinding = { type: 'email', start: 8, end: 24, score: 0.95, detector: 'email' };
 *   text.slice(f.start, f.end); // 'jan@example.com'
 */
export interface PiiFinding {
  type: PiiType;
  start: number;
  end: number;
  score: number;
  detector: string;
}
