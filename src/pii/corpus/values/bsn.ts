import type { Prng } from '../prng.js';

/**
 * The BSN "elfproef": digits d1..d9 weighted 9,8,…,2 and −1 sum to a multiple of 11. About one in
 * eleven random 9-digit numbers passes, which is exactly why the corpus plants 9-digit invoice
 * numbers that pass it as decoys. The corpus keeps its own checksum code rather than importing the
 * engine's (src/pii/checksums.ts), so that a bug there cannot hide in the benchmark's ground truth.
 *
 * @example
 *   passesElevenProof('111222333'); // true
 */
export function passesElevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Nine digits that pass the 11-proof; the first digit is non-zero so the value reads as a BSN. */
export function elevenProofNumber(rng: Prng): string {
  for (;;) {
    const head = rng.digits(8, true);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(head[i]) * (9 - i);
    const last = sum % 11;
    // The last digit has weight −1, so it must equal the weighted sum mod 11; 10 is impossible.
    if (last < 10) return head + String(last);
  }
}

/** Nine digits that fail the 11-proof, for look-alike order numbers. */
export function nonElevenProofNumber(rng: Prng): string {
  for (;;) {
    const n = rng.digits(9, true);
    if (!passesElevenProof(n)) return n;
  }
}

/** A BSN as people write it: mostly plain, sometimes grouped with dots or spaces. */
export function bsn(rng: Prng): string {
  const n = elevenProofNumber(rng);
  return rng.weighted([
    [n, 6],
    [`${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`, 2],
    [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, 1],
  ]);
}
