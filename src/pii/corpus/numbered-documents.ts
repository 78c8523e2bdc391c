import { GrondslagError } from '../../errors.js';
import type { CorpusDocument } from './builder.js';
import type { Corpus } from './generate.js';

/** How many documents a numbered corpus makes: a count, or texts adding up to a number of bytes. */
export interface CorpusSize {
  /** Stop after this many documents … */
  documents?: number;
  /** … or once the texts add up to this many UTF-8 bytes (the last document may cross it). */
  bytes?: number;
}

/**
 * The documents 0, 1, 2, … of a corpus whose document `i` depends on `i` alone (the held-out and
 * blind corpora), up to `size`; without a count or a byte size, 100 documents.
 *
 * @example
 *   numberedDocuments({ bytes: 1_000_000 }, (i) => blindDocument(seed, i));
 */
export function numberedDocuments(size: CorpusSize, documentAt: (i: number) => CorpusDocument): Corpus {
  const { documents: count, bytes } = size;
  if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
    throw new GrondslagError('CORPUS_BAD_OPTION', `documents must be a whole number ≥ 0, got ${count}`);
  }
  if (bytes !== undefined && !(Number.isFinite(bytes) && bytes >= 0)) {
    throw new GrondslagError('CORPUS_BAD_OPTION', `bytes must be a number ≥ 0, got ${bytes}`);
  }
  const limitDocs = count ?? (bytes === undefined ? 100 : Number.POSITIVE_INFINITY);
  const limitBytes = bytes ?? Number.POSITIVE_INFINITY;
  const documents: CorpusDocument[] = [];
  let total = 0;
  for (let i = 0; documents.length < limitDocs && total < limitBytes; i++) {
    const doc = documentAt(i);
    documents.push(doc);
    total += Buffer.byteLength(doc.text);
  }
  return { documents };
}
