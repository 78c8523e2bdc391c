import type { Detector } from '../detector.js';
import { documentNumberCandidates, nearer } from '../dutch-document-number.js';
import type { PiiFinding } from '../finding.js';

/**
 * Dutch identity-card numbers (same format as the passport, see passport-number.ts). An
 * identity-card cue nearer than a passport cue decides it; a generic cue ("documentnummer",
 * "identiteitsbewijs") makes it an identity-card number at a slightly higher score than the
 * passport reading, since the identity card is the document most people show.
 */
export const idCardNumberDetector: Detector = {
  name: 'id-card-nl',
  type: 'id_card_number',
  find(text, ctx) {
    const out: PiiFinding[] = [];
    for (const c of documentNumberCandidates(text, ctx)) {
      let score: number;
      if (c.idCard >= 0 && !nearer(c.passport, c.idCard)) score = 0.95;
      else if (c.passport < 0 && c.generic >= 0) score = 0.75;
      else if (c.passport < 0) score = 0.3;
      else continue;
      out.push({ type: 'id_card_number', start: c.start, end: c.end, score, detector: 'id-card-nl' });
    }
    return out;
  },
};
