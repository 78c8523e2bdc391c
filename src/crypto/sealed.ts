import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { GrondslagError } from '../errors.js';

/**
 * Sealed values: personal data Grondslag must keep readable for itself (an e-mail address to send a
 * code to, a phone number to find call records by, the text of a request as evidence) but that a
 * copy of the database alone must not reveal. AES-256-GCM with a random 96-bit nonce per value, so
 * equal values seal differently and tampering is detected; alongside, keyed lookup hashes (HMAC) let
 * the store find and group equal values without unsealing them.
 *
 * Both keys are derived (HKDF-SHA-256) from one 32-byte master key, `GRONDSLAG_SECRET_KEY`
 * (src/crypto/master-key.ts), so that the lookup hash never reveals anything about the encryption key.
 *
 * Text form: `s1.<key id>.<nonce>.<ciphertext+tag>` in base64url. The key id (8 bytes of an HMAC of a
 * constant under the master key) makes "wrong key" a clear error instead of an authentication failure.
 */

const VERSION = 's1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export const cryptoErrorCodes = {
  wrongKey: 'CRYPTO_WRONG_KEY',
  corrupt: 'CRYPTO_SEALED_CORRUPT',
  badKey: 'CRYPTO_KEY_INVALID',
} as const;

export interface Sealer {
  /** Identifies the master key (not secret); stored inside every sealed value. */
  readonly keyId: string;
  /** Seals text (UTF-8) or bytes. */
  seal(value: string | Uint8Array): string;
  /** Opens a sealed value to bytes; throws CRYPTO_WRONG_KEY or CRYPTO_SEALED_CORRUPT. */
  open(sealed: string): Buffer;
  /** Opens a sealed value to text. */
  openText(sealed: string): string;
  /**
   * A keyed hash for equality lookups, in a namespace (`email`, `phone`, `rate:ip` …) so that the
   * same string in two roles never matches across them.
   */
  lookup(namespace: string, normalised: string): string;
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `grondslag:${info}`, 32));
}

/**
 * @example
 *   const sealer = createSealer(randomBytes(32));
 *   const s = sealer.seal('jan@example.nl');
 *   sealer.openText(s); // 'jan@example.nl'
 *   sealer.lookup('email', 'jan@example.nl') === sealer.lookup('email', 'jan@example.nl'); // true
 */
export function createSealer(masterKey: Uint8Array): Sealer {
  if (masterKey.length !== 32) {
    throw new GrondslagError(
      cryptoErrorCodes.badKey,
      `the secret key must be 32 bytes, got ${masterKey.length}`,
      {
        kind: 'internal',
      },
    );
  }
  const master = Buffer.from(masterKey);
  const encKey = derive(master, 'seal');
  const lookupKey = derive(master, 'lookup');
  const keyId = createHmac('sha256', derive(master, 'key-id'))
    .update('grondslag')
    .digest()
    .subarray(0, 8)
    .toString('base64url');

  const open = (sealed: string): Buffer => {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) {
      throw new GrondslagError(cryptoErrorCodes.corrupt, 'not a sealed value', { kind: 'internal' });
    }
    if (parts[1] !== keyId) {
      throw new GrondslagError(
        cryptoErrorCodes.wrongKey,
        'this value was sealed with another secret key (check GRONDSLAG_SECRET_KEY)',
        { kind: 'internal' },
      );
    }
    const nonce = Buffer.from(parts[2] ?? '', 'base64url');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) {
      throw new GrondslagError(cryptoErrorCodes.corrupt, 'sealed value is truncated', { kind: 'internal' });
    }
    const decipher = createDecipheriv('aes-256-gcm', encKey, nonce);
    decipher.setAAD(Buffer.from(`${VERSION}.${keyId}`));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
    } catch (e) {
      throw new GrondslagError(cryptoErrorCodes.corrupt, 'sealed value failed its integrity check', {
        kind: 'internal',
        cause: e,
      });
    }
  };

  return {
    keyId,
    seal(value) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, nonce);
      // The header is authenticated too, so a value cannot be re-labelled with another key id.
      cipher.setAAD(Buffer.from(`${VERSION}.${keyId}`));
      const plain = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
      const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return `${VERSION}.${keyId}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },
    open,
    openText(sealed) {
      return open(sealed).toString('utf8');
    },
    lookup(namespace, normalised) {
      return createHmac('sha256', lookupKey).update(`${namespace}\0${normalised}`).digest('base64url');
    },
  };
}
