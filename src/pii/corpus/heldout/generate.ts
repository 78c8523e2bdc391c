import type { CorpusDocument } from '../builder.js';
import type { Corpus } from '../generate.js';
import { type CorpusSize, numberedDocuments } from '../numbered-documents.js';
import { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { crmExport, customerMail, helpdeskTicket, systemLog } from './documents.js';

export interface HeldoutOptions extends CorpusSize {
  /** Same seed, same corpus. */
  seed: number | string;
}

const writers: [(rng: Prng, lang: Language, id: string) => CorpusDocument, number][] = [
  [helpdeskTicket, 3],
  [customerMail, 3],
  [systemLog, 2],
  [crmExport, 2],
];

/** Document `i` of the held-out stream; it depends only on the seed and `i`. */
function heldoutDocument(seed: number | string, i: number): CorpusDocument {
  // A prefix keeps this corpus apart from the default one even for the same seed.
  const rng = new Prng(`heldout/${seed}/${i}`);
  const lang: Language = rng.chance(0.5) ? 'nl' : 'en';
  return rng.weighted(writers)(rng, lang, `heldout-${i}`);
}

/**
 * A held-out corpus in the shape of `generateCorpus`: helpdesk tickets, customer e-mails, system
 * logs and CRM exports written independently of the PII detectors, with their own phrasing,
 * formats and look-alikes, so accuracy is not only measured on text the engine was tuned on.
 * Without `documents` or `bytes` it makes 100 documents.
 *
 * @example
 *   const { documents } = generateHeldoutCorpus({ seed: 1, bytes: 1e6 });
 */
export function generateHeldoutCorpus(options: HeldoutOptions): Corpus {
  return numberedDocuments(options, (i) => heldoutDocument(options.seed, i));
}
