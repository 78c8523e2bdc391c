import type { Detector } from '../detector.js';
import { documentNumberCandidates, nearer } from '../dutch-document-number.js';
import type { PiiFinding } from '../finding.js';

/**
 * Dutch passport numbers. The format is shared with the identity card, so the kind is decided by
 * context: a passport cue ("paspoort", "passport") nearer than an identity-card cue makes it a
 * passport number. Without any document cue the token scores below the default threshold, because
 * product and reference codes have the same shape.
 */
export const passportNumberDetector: Detector = {
  name: 'passport-nl',
  type: 'passport_number',
  find(text, ctx) {
    const out: PiiFinding[] = [];
    for (const c of documentNumberCandidates(text, ctx)) {
      let score: number;
      if (nearer(c.passport, c.idCard)) score = 0.95;
      else if (c.idCard < 0 && c.generic >= 0) score = 0.7;
      else if (c.idCard < 0) score = 0.35;
      else continue;
      out.push({ type: 'passport_number', start: c.start, end: c.end, score, detector: 'passport-nl' });
    }
    return out;
  },
};
