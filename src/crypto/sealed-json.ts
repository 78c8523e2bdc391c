import { type Sealer, sealedKeyId } from './sealed.js';

/**
 * Sealed values inside jsonb columns. Some working data is stored as JSON whose strings are sealed
 * values (a DSR execution's key sets and carried values: the whole document sealed and kept as a JSON
 * string, or sealed values nested in arrays and objects). Rotation finds them without unsealing, by
 * the `s1.<key id>.…` form, and re-seals each in place, leaving every other part of the document as
 * it was.
 */

/**
 * A SQL/JSON path selecting every string of a document that has the form of a sealed value. Strict
 * mode, so `.**` visits each item once; the dots are `[.]` so the path needs no escaping in SQL.
 */
export const SEALED_STRINGS_PATH =
  'strict $.** ? (@.type() == "string" && @ like_regex "^s1[.][A-Za-z0-9_-]+[.][A-Za-z0-9_-]+[.][A-Za-z0-9_-]+$")';

/**
 * The document with every sealed value not under the sealer's current key opened and sealed again
 * under it; everything else is returned as it was. Throws CRYPTO_WRONG_KEY when a value's key is not
 * in the sealer's keyring.
 *
 * @example
 *   resealNested(ring, { k: [oldSealed, 7] }); // { k: [<sealed under ring.keyId>, 7] }
 */
export function resealNested(sealer: Sealer, value: unknown): unknown {
  if (typeof value === 'string') {
    const id = sealedKeyId(value);
    return id === undefined || id === sealer.keyId ? value : sealer.seal(sealer.open(value));
  }
  if (Array.isArray(value)) return value.map((v) => resealNested(sealer, v));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resealNested(sealer, v)]));
  }
  return value;
}
