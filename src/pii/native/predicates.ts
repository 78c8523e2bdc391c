import { isValidDutchNumber, isValidInternationalNumber } from '../phone-numbering.js';

/**
 * What the native scanner asks JavaScript (`callPredicate` in native/pii/engine.h), in the order
 * of its `Predicate` enum: libphonenumber's numbering plans are not ported, they are called.
 */
export const nativePredicates: readonly ((arg: string) => boolean)[] = [
  isValidDutchNumber,
  isValidInternationalNumber,
];
