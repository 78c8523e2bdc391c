import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Identity } from '../datamap/graph.js';
import type { IdentityKind as MapIdentityKind } from '../datamap/schema.js';
import type { IdentityKind as RequestIdentityKind, SubjectIdentity, VerificationMethod } from './request.js';

/**
 * The values a person's verified identifiers are looked up by in the organisation's stores.
 *
 * Stores compare with `=`, so an identifier is looked up in the few spellings a store plausibly
 * holds — an e-mail address as given and in lower case; a phone number in E.164, in national form
 * with and without the usual separators, and with the 00 prefix — and never by similarity. A
 * neighbouring phone number or a similar address is a different person and must not match.
 */

/** Request identity kinds (src/dsr/request.ts) as data-map identity kinds (src/datamap/schema.ts). */
export const mapKindOf: Record<RequestIdentityKind, MapIdentityKind> = {
  email: 'email',
  phone: 'phone',
  customer_number: 'customer_id',
};

/**
 * The spellings of one identifier to look up, the given form first.
 *
 * @example
 *   lookupSpellings('phone', '06-12345678');
 *   // ['06-12345678', '+31612345678', '0031612345678', '0612345678', '06 12345678', '06-12345678']
 *   // (distinct, so '06-12345678' once)
 */
export function lookupSpellings(kind: MapIdentityKind, value: string): string[] {
  const given = value.trim();
  const out = [given];
  if (kind === 'email') out.push(given.toLowerCase());
  if (kind === 'customer_id') out.push(given.replace(/\s+/g, '').toUpperCase());
  if (kind === 'phone') {
    const parsed = parsePhoneNumberFromString(given, 'NL');
    if (parsed?.isPossible()) {
      const e164 = parsed.number;
      const national = parsed.formatNational().replace(/\s+/g, ' ');
      const digits = national.replace(/\D/g, '');
      out.push(e164, `00${e164.slice(1)}`, digits, national);
      // "06-12345678": the way Dutch mobile numbers are most often written by hand.
      if (/^06\d{8}$/.test(digits)) out.push(`06-${digits.slice(2)}`, `06 ${digits.slice(2)}`);
    }
  }
  return [...new Set(out.filter((v) => v.length > 0))];
}

/**
 * Which of the identifiers on a request its verification vouches for. A code sent to the e-mail
 * address proves the address and nothing else: a phone or customer number typed next to it could be
 * anyone's, and looking data up by it would hand one person's call records to another. Those count
 * only once an operator has verified the person (method `operator`, or `id_copy` after a doubt). The
 * person's other identifiers are still found: the data map's references lead from the verified
 * address to the customer's numbers and from there to the call records.
 */
export function verifiedKinds(method: VerificationMethod | undefined): RequestIdentityKind[] {
  if (method === 'operator' || method === 'id_copy') return ['email', 'phone', 'customer_number'];
  if (method === 'email_code') return ['email'];
  return [];
}

/**
 * The data-map identities to start a traversal from: every verified identifier in its spellings.
 *
 * @example
 *   traversalIdentities({ email: 'Jan@Example.nl', phone: '0612345678' }, ['email']);
 *   // [{ kind: 'email', value: 'Jan@Example.nl' }, { kind: 'email', value: 'jan@example.nl' }]
 */
export function traversalIdentities(
  identity: SubjectIdentity,
  kinds: readonly RequestIdentityKind[],
): Identity[] {
  const given: [RequestIdentityKind, string | undefined][] = [
    ['email', identity.email],
    ['phone', identity.phone],
    ['customer_number', identity.customerNumber],
  ];
  const out: Identity[] = [];
  for (const [kind, value] of given) {
    if (!kinds.includes(kind) || value === undefined || value.trim() === '') continue;
    const mapKind = mapKindOf[kind];
    for (const v of lookupSpellings(mapKind, value)) out.push({ kind: mapKind, value: v });
  }
  return out;
}
