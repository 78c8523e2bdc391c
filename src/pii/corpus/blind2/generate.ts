import type { Genre } from '../blind/genres/genre.js';
import type { CorpusDocument } from '../builder.js';
import type { Corpus } from '../generate.js';
import { type CorpusSize, numberedDocuments } from '../numbered-documents.js';
import { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { configSnippet, issueReport } from './genres/engineering.js';
import { chatExport, meetingMinutes, surveyResponses } from './genres/internal.js';
import { disputesComplaint, guardianshipLetter, heirLetter, ocrLetter } from './genres/letters.js';
import { dhcpLeases, radiusLog } from './genres/network-logs.js';
import { cdrExport, directoryEntries, headerlessCsv, sqlInserts } from './genres/records.js';
import { addressChange, forensicOrder, installationConfirmation } from './genres/requests.js';
import { voicemail } from './genres/spoken.js';
import { helpdeskThread, invoiceDispute, mailHeaders } from './genres/threads.js';

export { operatorDetails } from './operator.js';

export interface Blind2CorpusOptions extends CorpusSize {
  /** Same seed, same corpus. */
  seed: number | string;
}

/** Genres and how often each is drawn. Each writer sets the document kind it maps onto. */
const genres: readonly (readonly [Genre, number])[] = [
  [helpdeskThread, 8],
  [invoiceDispute, 5],
  [mailHeaders, 4],
  [chatExport, 5],
  [meetingMinutes, 3],
  [surveyResponses, 3],
  [voicemail, 5],
  [ocrLetter, 4],
  [disputesComplaint, 3],
  [guardianshipLetter, 3],
  [heirLetter, 3],
  [addressChange, 5],
  [forensicOrder, 3],
  [installationConfirmation, 5],
  [radiusLog, 4],
  [dhcpLeases, 4],
  [cdrExport, 3],
  [headerlessCsv, 3],
  [sqlInserts, 3],
  [directoryEntries, 3],
  [configSnippet, 3],
  [issueReport, 4],
];

/** Document `i` of the corpus: it depends on the seed and `i` alone. */
export function blind2Document(seed: number | string, i: number): CorpusDocument {
  const rng = new Prng(`blind2/${seed}/${i}`);
  const lang: Language = rng.chance(0.5) ? 'nl' : 'en';
  const genre = rng.weighted(genres);
  return genre(rng, lang, `blind2-${i}`);
}

/**
 * A second corpus written without reading the detectors, for an operator the engine has never
 * seen (Eemsvezel, a fibre, mobile and hosting provider in Delfzijl) and in genres the first blind
 * corpus does not have: ticket threads with quoted replies, chat exports, voicemail transcripts,
 * OCR'd letters, disputes, guardianship and bereavement letters, lawful data demands, RADIUS and
 * DHCP logs, CDRs, headerless CSV, SQL without column lists, vCard and LDIF, configuration and
 * issue reports. Half Dutch, half English. Without `documents` or `bytes` it makes 100 documents.
 *
 * @example
 *   const { documents } = generateBlind2Corpus({ seed: 'grondslag-pii-bench-1', bytes: 1_000_000 });
 */
export function generateBlind2Corpus(options: Blind2CorpusOptions): Corpus {
  return numberedDocuments(options, (i) => blind2Document(options.seed, i));
}
