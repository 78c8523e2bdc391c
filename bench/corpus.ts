/**
 * Writes a generated PII corpus as NDJSON, one document per line with its ground truth:
 *
 *   npx tsx bench/corpus.ts --seed 1 --bytes 10000000 --out corpus.ndjson
 *   npx tsx bench/corpus.ts --documents 100 --languages nl | head -1
 *
 * Lines look like {"id":"doc-0","kind":"ticket","lang":"nl","text":"…","spans":[{"type":"email",
 * "start":12,"end":30}],"decoys":[…]}. Documents are generated one at a time and streamed, so any
 * size can be written in constant memory.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { GrondslagError } from '../src/errors.js';
import type { CorpusDocument, DocumentKind } from '../src/pii/corpus/builder.js';
import { corpusDocuments } from '../src/pii/corpus/generate.js';
import type { Language } from '../src/pii/corpus/values/dates.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    documents: { type: 'string' },
    bytes: { type: 'string' },
    languages: { type: 'string', default: 'nl,en' },
    kinds: { type: 'string' },
    out: { type: 'string' },
  },
});
const maxDocuments =
  values.documents !== undefined
    ? Number(values.documents)
    : values.bytes === undefined
      ? 100
      : Number.POSITIVE_INFINITY;
const maxBytes = values.bytes !== undefined ? Number(values.bytes) : Number.POSITIVE_INFINITY;
const out = values.out ? createWriteStream(values.out) : process.stdout;
// `… | head` closes the pipe early; that is a normal way to stop, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
let documents = 0;
let bytes = 0;
let stream: Generator<CorpusDocument>;
try {
  stream = corpusDocuments({
    seed: values.seed,
    languages: values.languages.split(',') as Language[],
    kinds: values.kinds?.split(',') as DocumentKind[] | undefined,
  });
} catch (e) {
  process.stderr.write(`corpus: ${e instanceof GrondslagError ? e.message : String(e)}\n`);
  process.exit(2);
}
for (const doc of stream) {
  if (documents >= maxDocuments || bytes >= maxBytes) break;
  if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain');
  documents++;
  bytes += Buffer.byteLength(doc.text);
}
if (values.out) {
  out.end();
  await once(out, 'finish');
  process.stderr.write(
    `wrote ${documents} documents (${(bytes / 1e6).toFixed(2)} MB of text) to ${values.out}\n`,
  );
}
