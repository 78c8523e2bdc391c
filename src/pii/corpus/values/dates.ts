import type { Prng } from '../prng.js';

// biome-ignore format: a word list reads better packed
const monthsNl = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
// biome-ignore format: a word list reads better packed
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Language = 'nl' | 'en';

/**
 * A calendar date in one of the forms people type in the given language.
 *
 * @example
 *   writtenDate(new Prng(1), 'nl', 1960, 2005); // e.g. '14-03-1987' or '14 maart 1987'
 */
export function writtenDate(rng: Prng, lang: Language, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  if (lang === 'nl') {
    return rng.weighted([
      [`${dd}-${mm}-${y}`, 4],
      [`${d} ${monthsNl[m - 1]} ${y}`, 3],
      [`${y}-${mm}-${dd}`, 1],
      [`${dd}/${mm}/${y}`, 1],
    ]);
  }
  return rng.weighted([
    [`${d} ${monthsEn[m - 1]} ${y}`, 3],
    [`${monthsEn[m - 1]} ${d}, ${y}`, 2],
    [`${y}-${mm}-${dd}`, 2],
    [`${dd}/${mm}/${y}`, 2],
  ]);
}

/** nginx `$time_local`, e.g. `10/Oct/2024:13:55:36 +0200`. */
export function nginxTime(rng: Prng): string {
  const mon = monthsEn[rng.int(0, 11)]!.slice(0, 3);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(rng.int(1, 28))}/${mon}/${rng.int(2023, 2025)}:${p(rng.int(0, 23))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))} ${rng.pick(['+0100', '+0200'])}`;
}
