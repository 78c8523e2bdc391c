import type { Prng } from '../prng.js';

/**
 * Dutch licence plates in the sidecodes issued since 1999 (7 to 13): consonants only, no C or Q,
 * so no words can be spelled. Written with dashes as on the plate, or run together as typed.
 */
const letters = 'BDFGHJKLNPRSTVXZ';

export function newPlate(rng: Prng): string {
  const L = (n: number) => rng.chars(n, letters);
  const D = (n: number) => rng.digits(n, true);
  const sidecode = rng.weighted([
    [7, 3],
    [8, 3],
    [9, 2],
    [10, 2],
    [11, 2],
    [12, 1],
    [13, 1],
    [6, 1],
    [5, 1],
  ] as const);
  switch (sidecode) {
    case 5:
      return `${L(2)}-${L(2)}-${D(2)}`;
    case 6:
      return `${D(2)}-${L(2)}-${L(2)}`;
    case 7:
      return `${D(2)}-${L(3)}-${D(1)}`;
    case 8:
      return `${D(1)}-${L(3)}-${D(2)}`;
    case 9:
      return `${L(2)}-${D(3)}-${L(1)}`;
    case 10:
      return `${L(1)}-${D(3)}-${L(2)}`;
    case 11:
      return `${L(3)}-${D(2)}-${L(1)}`;
    case 12:
      return `${L(1)}-${D(2)}-${L(3)}`;
    case 13:
      return `${D(1)}-${L(2)}-${D(3)}`;
  }
}

export function formatPlate(plate: string, rng: Prng): string {
  return rng.weighted<string>([
    [plate, 8],
    [plate.replace(/-/g, ''), 3],
    [plate.toLowerCase(), 1],
    [plate.replace(/-/g, ' '), 1],
  ]);
}
