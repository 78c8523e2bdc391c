import type { Prng } from '../prng.js';

/**
 * Dutch passport and identity-card numbers (since 2014): two letters, six letters or digits, one
 * digit; the letter O is never used, so it cannot be confused with zero.
 */
const letters = 'ABCDEFGHIJKLMNPQRSTUVWXYZ';
const lettersAndDigits = `${letters}0123456789`;

/**
 * A document number in the Dutch format, e.g. `NXR5P7KT3`.
 *
 * @example
 *   dutchDocumentNumber(new Prng(1)); // /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/
 */
export function dutchDocumentNumber(rng: Prng): string {
  return rng.chars(2, letters) + rng.chars(6, lettersAndDigits) + rng.digits(1);
}
