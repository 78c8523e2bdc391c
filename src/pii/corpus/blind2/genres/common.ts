import { type DocumentBuilder, type Planted, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';
import { newPerson, type Person, staffEmail } from '../people.js';

/** "nl" or "en" text. */
export const t = (lang: Language, nl: string, en: string): string => (lang === 'nl' ? nl : en);

/** An employee of the operator: a person like any other, with a personal work mailbox. */
export interface Staff {
  person: Person;
  email: string;
}

export function newStaff(rng: Prng, lang: Language): Staff {
  // Staff of a company in Groningen: mostly names from the Dutch pools, whatever the text's language.
  const person = newPerson(rng, rng.chance(0.8) ? 'nl' : lang);
  return { person, email: staffEmail(person, rng) };
}

export const staffMail = (s: Staff): Planted => pii('email', s.email);

/** Rare OCR slips in ordinary words: scanners confuse rn/m, l/1, e/c, and drop a letter. */
export function ocrNoise(text: string, rng: Prng): string {
  return text.replace(/\b[a-z]{5,}\b/g, (w) => {
    if (!rng.chance(0.08)) return w;
    const i = rng.int(1, w.length - 2);
    return rng.weighted<string>([
      [w.replace('m', 'rn'), 2],
      [w.replace('l', '1'), 1],
      [w.replace('e', 'c'), 2],
      [w.slice(0, i) + w.slice(i + 1), 1],
      [w.replace('i', 'í'), 1],
    ]);
  });
}

/** A few lines of text from `options`, without repeats. */
export function some<T>(rng: Prng, options: readonly T[], n: number): T[] {
  const pool = [...options];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/** A tagged template like `DocumentBuilder.add` that puts OCR slips in the plain text only. */
export function noisy(b: DocumentBuilder, rng: Prng) {
  return (strings: TemplateStringsArray, ...values: (string | number | Planted)[]): void => {
    for (let i = 0; i < strings.length; i++) {
      b.put(ocrNoise(strings[i]!, rng));
      if (i < values.length) b.put(values[i]!);
    }
  };
}
