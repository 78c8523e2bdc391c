import type { Genre } from '../blind/genres/genre.js';
import type { CorpusDocument } from '../builder.js';
import type { Corpus } from '../generate.js';
import { type CorpusSize, numberedDocuments } from '../numbered-documents.js';
import { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { customerCsv, paymentCsv, sqlDump } from './genres/exports.js';
import { appointment, damageReport, webForm } from './genres/forms.js';
import { onboardingMail, sickLeaveMail } from './genres/internal.js';
import { accessLog, jsonLog } from './genres/logs.js';
import { agentReply, bounceMessage, customerMail, resellerMail } from './genres/mail.js';
import { callNotes, crmNotes, installReport, teamChat } from './genres/notes.js';
import { accessRequest, collectionLetter, erasureRequest, lawfulRequest } from './genres/requests.js';

export { operatorDetails } from './operator.js';

export interface Blind3CorpusOptions extends CorpusSize {
  /** Same seed, same corpus. */
  seed: number | string;
}

/**
 * Genres and how often each is drawn, roughly as often as a privacy officer meets them: customer
 * mail and ticket notes daily, court demands now and then. Each writer sets its document kind.
 */
export const blind3Genres: readonly (readonly [string, Genre, number])[] = [
  ['customerMail', customerMail, 10],
  ['agentReply', agentReply, 6],
  ['resellerMail', resellerMail, 3],
  ['bounceMessage', bounceMessage, 3],
  ['crmNotes', crmNotes, 8],
  ['callNotes', callNotes, 6],
  ['teamChat', teamChat, 4],
  ['installReport', installReport, 4],
  ['webForm', webForm, 6],
  ['appointment', appointment, 4],
  ['damageReport', damageReport, 2],
  ['accessRequest', accessRequest, 4],
  ['erasureRequest', erasureRequest, 3],
  ['collectionLetter', collectionLetter, 4],
  ['lawfulRequest', lawfulRequest, 2],
  ['sickLeaveMail', sickLeaveMail, 2],
  ['onboardingMail', onboardingMail, 2],
  ['accessLog', accessLog, 5],
  ['jsonLog', jsonLog, 5],
  ['customerCsv', customerCsv, 4],
  ['paymentCsv', paymentCsv, 3],
  ['sqlDump', sqlDump, 3],
];

const weighted = blind3Genres.map(([name, genre, w]) => [[name, genre] as const, w] as const);

/** Document `i` of the corpus: it depends on the seed and `i` alone. Its id names its genre. */
export function blind3Document(seed: number | string, i: number): CorpusDocument {
  const rng = new Prng(`blind3/${seed}/${i}`);
  const lang: Language = rng.chance(0.5) ? 'nl' : 'en';
  const [name, genre] = rng.weighted(weighted);
  return genre(rng, lang, `blind3-${i}-${name}`);
}

/**
 * A third corpus written without reading the detectors, for an operator the engine has never seen
 * (Mergelweb, cable, fibre, mobile and hosting in South Limburg): everyday privacy-operations text
 * — customer and agent mail, ticket and call notes, web forms, GDPR requests, HR mail, collection
 * letters, lawful demands, access and JSON logs, CSV exports and SQL dumps — with names from the
 * whole Dutch population and the border region. Half Dutch, half English. Without `documents` or
 * `bytes` it makes 100 documents.
 *
 * @example
 *   const { documents } = generateBlind3Corpus({ seed: 'grondslag-pii-bench-1', bytes: 1_000_000 });
 */
export function generateBlind3Corpus(options: Blind3CorpusOptions): Corpus {
  return numberedDocuments(options, (i) => blind3Document(options.seed, i));
}
