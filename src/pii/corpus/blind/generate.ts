import type { CorpusDocument } from '../builder.js';
import type { Corpus } from '../generate.js';
import { type CorpusSize, numberedDocuments } from '../numbered-documents.js';
import { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { abuseReport } from './genres/abuse.js';
import { apiLog } from './genres/api-logs.js';
import { dunningLetter, sepaMandate } from './genres/billing.js';
import { callNotes } from './genres/call-notes.js';
import { chatTranscript } from './genres/chat.js';
import { crmExport, payrollExport, visitorRegister } from './genres/exports.js';
import { accessRequest, contactForm, identityCheck } from './genres/forms.js';
import type { Genre } from './genres/genre.js';
import { hrMail } from './genres/hr.js';
import { pdfLetter } from './genres/pdf-letter.js';
import { portingForm, portingXml } from './genres/porting.js';
import { htmlMail, markdownMail } from './genres/rich-mail.js';
import { serverLog } from './genres/server-logs.js';
import { smsLog } from './genres/sms-log.js';
import { sqlDump } from './genres/sql-dump.js';
import { workOrder } from './genres/work-order.js';

export interface BlindCorpusOptions extends CorpusSize {
  /** Same seed, same corpus. */
  seed: number | string;
}

/** Genres and how often each is drawn. Each writer sets the document kind it maps onto. */
const genres: readonly (readonly [Genre, number])[] = [
  [chatTranscript, 8],
  [callNotes, 7],
  [portingForm, 4],
  [portingXml, 3],
  [sepaMandate, 3],
  [dunningLetter, 4],
  [workOrder, 6],
  [abuseReport, 5],
  [hrMail, 5],
  [apiLog, 6],
  [serverLog, 6],
  [htmlMail, 4],
  [markdownMail, 4],
  [pdfLetter, 4],
  [smsLog, 4],
  [contactForm, 6],
  [identityCheck, 4],
  [accessRequest, 3],
  [crmExport, 5],
  [visitorRegister, 3],
  [payrollExport, 2],
  [sqlDump, 3],
];

/** Document `i` of the corpus: it depends on the seed and `i` alone. */
export function blindDocument(seed: number | string, i: number): CorpusDocument {
  const rng = new Prng(`blind/${seed}/${i}`);
  const lang: Language = rng.chance(0.5) ? 'nl' : 'en';
  const genre = rng.weighted(genres);
  return genre(rng, lang, `blind-${i}`);
}

/**
 * A corpus written without reading the detectors: the text genres of a Dutch telecom and cloud
 * operator (chat transcripts, call notes, porting forms, dunning letters, work orders, abuse
 * reports, HR mail, service and server logs, exports and dumps), half Dutch and half English, with
 * ground truth for every personal datum and the look-alikes that are not. Without `documents` or
 * `bytes` it makes 100 documents.
 *
 * @example
 *   const { documents } = generateBlindCorpus({ seed: 'grondslag-pii-bench-1', bytes: 1_000_000 });
 */
export function generateBlindCorpus(options: BlindCorpusOptions): Corpus {
  return numberedDocuments(options, (i) => blindDocument(options.seed, i));
}
