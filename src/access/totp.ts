import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238): 6 digits, 30-second steps, SHA-1 — the parameters every
 * authenticator app understands.
 */

const PERIOD_SECONDS = 30;
const ISSUER = 'Grondslag';

/** A new random 160-bit secret in base32 (RFC 4226 recommends 160 bits). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
}

/**
 * The `otpauth://` URI an authenticator app imports.
 *
 * @example
 *   totpUri('JBSWY3DPEHPK3PXP', 'dpo@example.org')
 *   // "otpauth://totp/Grondslag:dpo%40example.org?issuer=Grondslag&secret=JBSWY3DPEHPK3PXP&…"
 */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/** The code for `at` (tests and the enrolment check use it). */
export function totpCode(secret: string, at: Date): string {
  return totp(secret, 'x').generate({ timestamp: at.getTime() });
}

/**
 * Checks a code, allowing one step of clock drift either way. Returns the time step the code belongs
 * to, or null. A code whose step is not after `lastStep` is refused: a code seen once (over a
 * shoulder, in a proxy log) cannot be used again.
 */
export function verifyTotp(
  secret: string,
  code: string,
  at: Date,
  lastStep: number | null = null,
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, 'x').validate({ token, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
