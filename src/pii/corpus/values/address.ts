import { dutchCities, dutchStreets } from '../lexicon/places.js';
import type { Prng } from '../prng.js';

/** Postcode letters: F, I, O, Q, U and Y are never used, nor the pairs SA, SD and SS. */
const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ';

export interface DutchAddress {
  /** Street, house number and addition: "Kerkstraat 12A". */
  street: string;
  /** "1234 AB" or "1234AB" */
  postcode: string;
  city: string;
}

/**
 * A plausible Dutch address: the postcode's first two digits match the city.
 *
 * @example
 *   dutchAddress(new Prng(4)); // e.g. { street: 'Lindenlaan 27-II', postcode: '3531 KT', city: 'Utrecht' }
 */
export function dutchAddress(rng: Prng): DutchAddress {
  const [city, from, to] = rng.pick(dutchCities);
  let letters: string;
  do letters = rng.chars(2, postcodeLetters);
  while (letters === 'SA' || letters === 'SD' || letters === 'SS');
  const digits = `${rng.int(from, to)}${rng.digits(2)}`;
  const number = rng.weighted([
    [String(rng.int(1, 250)), 8],
    [`${rng.int(1, 250)}${rng.pick(['A', 'B', 'C', 'a', 'b'])}`, 2],
    [`${rng.int(1, 250)} ${rng.pick(['A', 'B', 'bis', 'hs', 'a'])}`, 1],
    [`${rng.int(1, 250)}-${rng.pick(['1', '2', '3', 'II', 'III', 'H'])}`, 1],
  ]);
  return {
    street: `${rng.pick(dutchStreets)} ${number}`,
    postcode: rng.chance(0.8) ? `${digits} ${letters}` : `${digits}${letters}`,
    city,
  };
}
