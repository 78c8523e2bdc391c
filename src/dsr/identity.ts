import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { z } from 'zod';
import type { Sealer } from '../crypto/sealed.js';
import { GrondslagError } from '../errors.js';
import type { IdentityKind, SubjectIdentity } from './request.js';

/**
 * A person's identifiers on a request: how they are checked, normalised (so that `Jan@Example.NL`
 * and `jan@example.nl`, or `06-12345678` and `+31612345678`, group together) and masked for screens.
 */

export const identityInput = z.strictObject({
  email: z.email().max(254),
  phone: z
    .string()
    .trim()
    .max(32)
    .regex(/^\+?[0-9 ()./-]{6,}$/, 'a phone number such as +31 20 123 4567')
    .optional(),
  customerNumber: z.string().trim().min(1).max(64).optional(),
});

/** Lower-cased address; the local part is case-sensitive in theory, never in practice. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * E.164 where the number parses (Dutch numbers without a country code are read as Dutch), else the
 * digits with a leading `+` kept.
 *
 * @example
 *   normalisePhone('06-12345678'); // '+31612345678'
 */
export function normalisePhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone.trim(), 'NL');
  if (parsed?.isPossible()) return parsed.number;
  const t = phone.trim();
  return (t.startsWith('+') ? '+' : '') + t.replace(/\D/g, '');
}

export function normaliseCustomerNumber(n: string): string {
  return n.replace(/\s+/g, '').toUpperCase();
}

export function normaliseIdentity(kind: IdentityKind, value: string): string {
  if (kind === 'email') return normaliseEmail(value);
  if (kind === 'phone') return normalisePhone(value);
  return normaliseCustomerNumber(value);
}

/** The identity's values per kind, normalised, leaving out what was not given. */
export function identityEntries(identity: SubjectIdentity): { kind: IdentityKind; value: string }[] {
  const out: { kind: IdentityKind; value: string }[] = [
    { kind: 'email', value: normaliseEmail(identity.email) },
  ];
  if (identity.phone) out.push({ kind: 'phone', value: normalisePhone(identity.phone) });
  if (identity.customerNumber) {
    out.push({ kind: 'customer_number', value: normaliseCustomerNumber(identity.customerNumber) });
  }
  return out;
}

/** The keyed hash the store compares for one identifier. */
export function identityLookup(sealer: Sealer, kind: IdentityKind, normalised: string): string {
  return sealer.lookup(`dsr:${kind}`, normalised);
}

/** Checks raw input; errors name the field (never echo the value). */
export function parseIdentity(input: unknown): SubjectIdentity {
  const r = identityInput.safeParse(input);
  if (!r.success) {
    const details = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw new GrondslagError(
      'DSR_IDENTITY_INVALID',
      `identity: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
      { details },
    );
  }
  const out: SubjectIdentity = { email: r.data.email };
  if (r.data.phone) out.phone = r.data.phone;
  if (r.data.customerNumber) out.customerNumber = r.data.customerNumber;
  return out;
}

/**
 * For screens: enough to recognise, not enough to copy.
 *
 * @example
 *   maskIdentity('email', 'jan.jansen@example.nl'); // 'j••••••••n@e••••••.nl'
 */
export function maskIdentity(kind: IdentityKind, value: string): string {
  const mask = (s: string) =>
    s.length <= 2 ? '•'.repeat(s.length) : `${s[0]}${'•'.repeat(s.length - 2)}${s.at(-1)}`;
  if (kind === 'email') {
    const at = value.lastIndexOf('@');
    if (at < 0) return mask(value);
    const domain = value.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    const host = dot > 0 ? domain.slice(0, dot) : domain;
    const tld = dot > 0 ? domain.slice(dot) : '';
    return `${mask(value.slice(0, at))}@${host[0] ?? ''}${'•'.repeat(Math.max(0, host.length - 1))}${tld}`;
  }
  if (value.length <= 4) return '•'.repeat(value.length);
  return `${value.slice(0, 3)}${'•'.repeat(value.length - 5)}${value.slice(-2)}`;
}
