import { GrondslagError } from '../../errors.js';
import type { CorpusDocument, DocumentKind } from './builder.js';
import { documentKinds } from './builder.js';
import { csvExport } from './documents/csv-export.js';
import { customerEmail } from './documents/email.js';
import { nginxLog } from './documents/nginx-log.js';
import { supportTicket } from './documents/ticket.js';
import { Prng } from './prng.js';
import type { Language } from './values/dates.js';

export interface CorpusOptions {
  /** Same seed, same corpus. */
  seed: number | string;
  /** Stop after this many documents … */
  documents?: number;
  /** … or once the texts add up to this many UTF-8 bytes (the last document may cross it). */
  bytes?: number;
  /** Languages to write in, drawn evenly; default both. */
  languages?: readonly Language[];
  /** Document kinds to draw from, default all, weighted towards free text. */
  kinds?: readonly DocumentKind[];
}

export interface Corpus {
  documents: CorpusDocument[];
}

const kindWeights: Record<DocumentKind, number> = { ticket: 3, email: 3, log: 2, csv: 2 };

const writers: Record<DocumentKind, (rng: Prng, lang: Language, id: string) => CorpusDocument> = {
  ticket: supportTicket,
  email: customerEmail,
  log: nginxLog,
  csv: csvExport,
};

function checkOptions(options: CorpusOptions): void {
  const { documents, bytes, languages, kinds } = options;
  if (documents !== undefined && !(Number.isInteger(documents) && documents >= 0)) {
    throw new GrondslagError('CORPUS_BAD_OPTION', `documents must be a whole number ≥ 0, got ${documents}`);
  }
  if (bytes !== undefined && !(Number.isFinite(bytes) && bytes >= 0)) {
    throw new GrondslagError('CORPUS_BAD_OPTION', `bytes must be a number ≥ 0, got ${bytes}`);
  }
  if (languages?.length === 0) throw new GrondslagError('CORPUS_BAD_OPTION', 'languages must not be empty');
  for (const lang of languages ?? []) {
    if (lang !== 'nl' && lang !== 'en') {
      throw new GrondslagError('CORPUS_BAD_OPTION', `unknown language "${lang}" (use nl or en)`);
    }
  }
  if (kinds?.length === 0) throw new GrondslagError('CORPUS_BAD_OPTION', 'kinds must not be empty');
  for (const kind of kinds ?? []) {
    if (!documentKinds.includes(kind)) {
      throw new GrondslagError(
        'CORPUS_BAD_OPTION',
        `unknown document kind "${kind}" (use ${documentKinds.join(', ')})`,
      );
    }
  }
}

/**
 * An endless, lazy stream of corpus documents. Document `i` depends only on the seed and `i`, so a
 * larger corpus starts with exactly the documents of a smaller one, and streaming a gigabyte takes
 * no more memory than one document. Options are checked when called, before the first document.
 *
 * @example
 *   for (const doc of corpusDocuments({ seed: 7 })) { if (doc.kind === 'log') break; }
 */
export function corpusDocuments(
  options: Omit<CorpusOptions, 'documents' | 'bytes'>,
): Generator<CorpusDocument> {
  checkOptions(options);
  return documentStream(options);
}

function* documentStream(options: Omit<CorpusOptions, 'documents' | 'bytes'>): Generator<CorpusDocument> {
  const languages = options.languages ?? ['nl', 'en'];
  const kinds = (options.kinds ?? documentKinds).map((k) => [k, kindWeights[k]] as const);
  for (let i = 0; ; i++) {
    const rng = new Prng(`${options.seed}/${i}`);
    const lang = rng.pick(languages);
    const kind = rng.weighted(kinds);
    yield writers[kind](rng, lang, `doc-${i}`);
  }
}

/**
 * A corpus of Dutch and English support tickets, e-mails, nginx log excerpts and CSV exports, with
 * the exact position of every planted item of personal data (`spans`) and every look-alike
 * (`decoys`). Without `documents` or `bytes` it makes 100 documents.
 *
 * @example
 *   const { documents } = generateCorpus({ seed: 1, documents: 10, languages: ['nl'] });
 *   const { text, spans } = documents[0]!;
 *   text.slice(spans[0]!.start, spans[0]!.end); // the first planted value
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const limitDocs = options.documents ?? (options.bytes === undefined ? 100 : Number.POSITIVE_INFINITY);
  const limitBytes = options.bytes ?? Number.POSITIVE_INFINITY;
  const documents: CorpusDocument[] = [];
  let bytes = 0;
  for (const doc of corpusDocuments(options)) {
    if (documents.length >= limitDocs || bytes >= limitBytes) break;
    documents.push(doc);
    bytes += Buffer.byteLength(doc.text);
  }
  return { documents };
}
