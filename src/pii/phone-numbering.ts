import { isValidPhoneNumber } from 'libphonenumber-js/max';

/**
 * Phone-number validation against libphonenumber's numbering-plan metadata (the "max" set, which
 * checks each number type's pattern, not only the length).
 *
 * Parsing a number with libphonenumber costs ~20 µs, too much for a scanner that meets thousands of
 * candidates per megabyte. Every pattern of the Dutch plan in that metadata is a prefix followed by
 * `\d{n}`: three digits decide (06 mobile, 010 landline, 0800), except the 14xxx municipal and 097
 * machine numbers, where five do. So validity of a Dutch national significant number depends only
 * on that prefix and its length: the answer is cached on that key and the library is asked once
 * per key (the test compares the two on random numbers).
 *
 * Other countries' plans are not all prefix-then-digits (the North American plan, for one, rules
 * out parts of an exchange), so their answers are cached per whole number: a number's validity
 * then never depends on which other number with the same leading digits was scanned first. The
 * cache keeps a text that repeats foreign numbers (logs) from calling the library for each.
 */

const dutchCache = new Map<string, boolean>();
const otherCache = new Map<string, boolean>();
const OTHER_CACHE_LIMIT = 10_000;

/**
 * Whether a Dutch national significant number (without the trunk 0 or +31) is a valid number in
 * the Dutch plan. Five- and six-digit numbers (the municipal 14xxx lines) are not personal and
 * are left out.
 *
 * @example
 *   isValidDutchNumber('612345678'); // true (mobile)
 *   isValidDutchNumber('612345');    // false
 */
export function isValidDutchNumber(nsn: string): boolean {
  if (nsn.length < 7 || nsn.length > 11) return false;
  const prefix = nsn.startsWith('14') || nsn.startsWith('97') ? 5 : 3;
  const key = `${nsn.slice(0, prefix)}:${nsn.length}`;
  let valid = dutchCache.get(key);
  if (valid === undefined) {
    valid = isValidPhoneNumber(`+31${nsn}`);
    dutchCache.set(key, valid);
  }
  return valid;
}

/**
 * Whether `digits` (country calling code and national number, no `+`) is a valid number anywhere.
 *
 * @example
 *   isValidInternationalNumber('442079460958'); // true (London)
 */
export function isValidInternationalNumber(digits: string): boolean {
  if (digits.length < 8 || digits.length > 15) return false;
  if (digits.startsWith('31')) {
    const nsn = digits.charCodeAt(2) === 48 ? digits.slice(3) : digits.slice(2);
    return isValidDutchNumber(nsn);
  }
  let valid = otherCache.get(digits);
  if (valid === undefined) {
    valid = isValidPhoneNumber(`+${digits}`);
    if (otherCache.size >= OTHER_CACHE_LIMIT) otherCache.clear();
    otherCache.set(digits, valid);
  }
  return valid;
}
