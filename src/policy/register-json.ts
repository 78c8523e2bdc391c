import type { Register } from './register.js';

/**
 * The register as one JSON document: the controller once, then the activities. Values keep their
 * codes (`legal_obligation`, `contract_end`) so that other tools can read them, and texts are in the
 * register's language. `"unstated"` is the policy's own marker for "the statement does not say".
 */
export interface RegisterDocument extends Register {
  format: 'grondslag-register';
  formatVersion: 1;
}

/**
 * @example
 *   const doc = registerToJson(buildRegister(policy));
 *   doc.activities.length; // one entry per processing activity
 */
export function registerToJson(register: Register): RegisterDocument {
  return { format: 'grondslag-register', formatVersion: 1, ...register };
}
