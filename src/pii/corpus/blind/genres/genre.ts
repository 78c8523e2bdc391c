import type { CorpusDocument } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';

/** A writer of one genre: the same rng, language and id always give the same document. */
export type Genre = (rng: Prng, lang: Language, id: string) => CorpusDocument;
