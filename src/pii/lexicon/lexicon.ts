import { WordTable } from './hashed-words.js';
import { greetings, leadingParticles, notNames, titles } from './name-words.js';
import {
  africanGivenNames,
  africanSurnames,
  ambiguousSurnames,
  asianGivenNames,
  asianSurnames,
  caribbeanIndonesianGivenNames,
  caribbeanIndonesianSurnames,
  dutchGivenNames,
  dutchGivenNamesMore,
  dutchSurnames,
  dutchSurnamesMore,
  easternEuropeanGivenNames,
  easternEuropeanSurnames,
  englishGivenNames,
  englishGivenNamesMore,
  englishSurnames,
  englishSurnamesMore,
  germanFrenchGivenNames,
  germanFrenchSurnames,
  maghrebGivenNames,
  maghrebSurnames,
  middleEasternGivenNames,
  middleEasternSurnames,
  southernEuropeanGivenNames,
  southernEuropeanSurnames,
  turkishGivenNames,
  turkishSurnames,
} from './names.js';

export interface NameLexicon {
  givenNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Surnames that are also ordinary words; they need more evidence than the lexicon. */
  ambiguousSurnames: ReadonlySet<string>;
}

const words = (...lists: string[]): Set<string> => new Set(lists.join(' ').split(/\s+/).filter(Boolean));

/**
 * Given names that are ordinary English or Dutch words at the start of a sentence far more often
 * than names ("Will you…", "May I…", "Mark the…"). Left out of the lexicon on purpose.
 */
const AMBIGUOUS_GIVEN = ['Will', 'May', 'June', 'April', 'August', 'Bill', 'Art', 'Hope', 'Faith', 'Joy'];

let lexicon: NameLexicon | undefined;
let flags: Map<string, number> | undefined;
let table: WordTable | undefined;

/**
 * `nameWordFlags` as a table that is asked with a range of the text (see WordTable): the detector
 * looks up nearly every capitalised word, most of which are not in the lexicon, without slicing it.
 */
export function nameWordTable(): WordTable {
  table ??= new WordTable(nameWordFlags());
  return table;
}

/** Bits of `nameWordFlags`: what a capitalised word can be. */
export const NameFlag = {
  given: 1,
  surname: 2,
  ambiguousSurname: 4,
  title: 8,
  greeting: 16,
  notName: 32,
  leadingParticle: 64,
} as const;

/**
 * Every word the name detector knows, with what it can be as bit flags (NameFlag), so that one map
 * lookup per capitalised word answers all questions about it.
 *
 * @example
 *   (nameWordFlags().get('Jan') ?? 0) & NameFlag.given; // non-zero
 */
export function nameWordFlags(): ReadonlyMap<string, number> {
  if (!flags) {
    const map = new Map<string, number>();
    const mark = (words: Iterable<string>, bit: number) => {
      for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
    };
    const lex = nameLexicon();
    mark(lex.givenNames, NameFlag.given);
    mark(lex.surnames, NameFlag.surname);
    mark(lex.ambiguousSurnames, NameFlag.ambiguousSurname);
    mark(titles, NameFlag.title);
    mark(greetings, NameFlag.greeting);
    mark(notNames, NameFlag.notName);
    mark(leadingParticles, NameFlag.leadingParticle);
    flags = map;
  }
  return flags;
}

/**
 * The name lexicon, built once per process on first use.
 *
 * @example
 *   nameLexicon().givenNames.has('Sanne'); // true
 */
export function nameLexicon(): NameLexicon {
  if (!lexicon) {
    const given = words(
      dutchGivenNames,
      dutchGivenNamesMore,
      englishGivenNames,
      englishGivenNamesMore,
      turkishGivenNames,
      maghrebGivenNames,
      caribbeanIndonesianGivenNames,
      easternEuropeanGivenNames,
      middleEasternGivenNames,
      africanGivenNames,
      asianGivenNames,
      southernEuropeanGivenNames,
      germanFrenchGivenNames,
    );
    for (const w of AMBIGUOUS_GIVEN) given.delete(w);
    lexicon = {
      givenNames: given,
      surnames: words(
        dutchSurnames,
        dutchSurnamesMore,
        englishSurnames,
        englishSurnamesMore,
        turkishSurnames,
        maghrebSurnames,
        caribbeanIndonesianSurnames,
        easternEuropeanSurnames,
        middleEasternSurnames,
        africanSurnames,
        asianSurnames,
        southernEuropeanSurnames,
        germanFrenchSurnames,
      ),
      ambiguousSurnames: words(ambiguousSurnames),
    };
  }
  return lexicon;
}
