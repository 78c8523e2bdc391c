import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { GrondslagError } from '../errors.js';
import { randomToken } from './secrets.js';

// `Algorithm` is a const enum in the typings; its value is spelled out so that per-file transpilers
// (vitest) need not inline it. 2 is Argon2id, the variant RFC 9106 recommends.
const ARGON2ID = 2 as Algorithm;

/** OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane. */
const argonOptions = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * @example
 *   const stored = await hashPassword('correct horse battery staple'); // "$argon2id$v=19$m=19456,…"
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, for comparing against when the account does not exist: the answer
 * then takes as long as for a real account, so timing does not reveal which e-mail addresses exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomToken());
  return decoyHash;
}

/** A password that a person types once and then changes: 20 characters, about 120 bits. */
export function generatePassword(): string {
  return randomToken(15);
}

/** Throws PASSWORD_TOO_SHORT / PASSWORD_TOO_LONG for a password the policy rejects. */
export function checkPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new GrondslagError(
      'PASSWORD_TOO_SHORT',
      `the password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
      { details: [{ path: field, message: `at least ${MIN_PASSWORD_LENGTH} characters` }] },
    );
  }
  // argon2 would accept more, but an unbounded input is a cheap way to make the server work hard.
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new GrondslagError(
      'PASSWORD_TOO_LONG',
      `the password must be at most ${MAX_PASSWORD_LENGTH} characters long`,
      { details: [{ path: field, message: `at most ${MAX_PASSWORD_LENGTH} characters` }] },
    );
  }
}
