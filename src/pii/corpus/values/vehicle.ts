import type { Prng } from '../prng.js';

/** Letters on Dutch plates since sidecode 4: no vowels, and no C, M, Q or W. */
const plateLetters = 'BDFGHJKLNPRSTVXZ';

/**
 * A Dutch licence plate in one of the current sidecodes (4–11), e.g. `12-KTR-3` or `GB-123-K`.
 *
 * @example
 *   licencePlate(new Prng(5)); // e.g. 'XR-512-T'
 */
export function licencePlate(rng: Prng): string {
  const L = (n: number) => rng.chars(n, plateLetters);
  const D = (n: number) => rng.digits(n, true);
  const plate = rng.pick([
    () => `${L(2)}-${D(2)}-${L(2)}`,
    () => `${L(2)}-${L(2)}-${D(2)}`,
    () => `${D(2)}-${L(2)}-${L(2)}`,
    () => `${D(2)}-${L(3)}-${D(1)}`,
    () => `${D(1)}-${L(3)}-${D(2)}`,
    () => `${L(2)}-${D(3)}-${L(1)}`,
    () => `${L(1)}-${D(3)}-${L(2)}`,
    () => `${L(3)}-${D(2)}-${L(1)}`,
  ])();
  return plate;
}
