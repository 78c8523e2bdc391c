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
 * constant under the master key) makes "wrong key" a clear error instead of an authentication failure,
 * and lets a keyring (src/crypto/keyring.ts) open values sealed under older keys during a rotation.
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

/** The key id a master key seals under (not secret: 8 bytes of an HMAC of a constant under the key). */
export function keyIdOf(masterKey: Uint8Array): string {
  return createHmac('sha256', derive(Buffer.from(masterKey), 'key-id'))
    .update('grondslag')
    .digest()
    .subarray(0, 8)
    .toString('base64url');
}

/** The lookup-hash key a master key yields; a keyring keeps it when that master key is retired. */
export function lookupKeyOf(masterKey: Uint8Array): Buffer {
  return derive(Buffer.from(masterKey), 'lookup');
}

/**
 * The key id inside a sealed value, or undefined when the text is not a sealed value.
 *
 * @example
 *   sealedKeyId(createSealer(key).seal('x')) === keyIdOf(key); // true
 */
export function sealedKeyId(sealed: string): string | undefined {
  const parts = sealed.split('.');
  return parts.length === 4 && parts[0] === VERSION ? parts[1] : undefined;
}

function checkKeyLength(key: Uint8Array): void {
  if (key.length !== 32) {
    throw new GrondslagError(cryptoErrorCodes.badKey, `the secret key must be 32 bytes, got ${key.length}`, {
      kind: 'internal',
    });
  }
}

/**
 * @example
 *   const sealer = createSealer(randomBytes(32));
 *   const s = sealer.seal('jan@example.nl');
 *   sealer.openText(s); // 'jan@example.nl'
 *   sealer.lookup('email', 'jan@example.nl') === sealer.lookup('email', 'jan@example.nl'); // true
 */
export function createSealer(masterKey: Uint8Array): Sealer {
  checkKeyLength(masterKey);
  return createKeyringSealer([masterKey], lookupKeyOf(masterKey));
}

/**
 * A sealer over several master keys, for rotation without downtime: it seals with the first key
 * (the current one) and opens values sealed with any of them, picked by the key id every sealed
 * value carries. The lookup key is passed separately because lookup hashes must stay equal across
 * a rotation (they are stored and searched by), while the encryption keys change.
 *
 * @example
 *   const sealer = createKeyringSealer([newKey, oldKey], lookupKeyOf(oldKey));
 *   sealer.openText(createSealer(oldKey).seal('x')); // 'x'
 *   sealer.seal('x').split('.')[1] === keyIdOf(newKey); // true
 */
export function createKeyringSealer(masterKeys: readonly Uint8Array[], lookupKey: Uint8Array): Sealer {
  if (masterKeys.length === 0) {
    throw new GrondslagError(cryptoErrorCodes.badKey, 'the keyring holds no key', { kind: 'internal' });
  }
  for (const k of masterKeys) checkKeyLength(k);
  checkKeyLength(lookupKey);
  const encKeys = new Map<string, Buffer>();
  for (const k of masterKeys) {
    const id = keyIdOf(k);
    if (!encKeys.has(id)) encKeys.set(id, derive(Buffer.from(k), 'seal'));
  }
  const keyId = keyIdOf(masterKeys[0]!);
  const currentEncKey = encKeys.get(keyId)!;
  const lookupSecret = Buffer.from(lookupKey);

  const open = (sealed: string): Buffer => {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) {
      throw new GrondslagError(cryptoErrorCodes.corrupt, 'not a sealed value', { kind: 'internal' });
    }
    const valueKeyId = parts[1] ?? '';
    const encKey = encKeys.get(valueKeyId);
    if (!encKey) {
      throw new GrondslagError(
        cryptoErrorCodes.wrongKey,
        `this value was sealed with key ${valueKeyId}, which is not in the keyring (check GRONDSLAG_SECRET_KEY / GRONDSLAG_SECRET_KEYS)`,
        { kind: 'internal' },
      );
    }
    const nonce = Buffer.from(parts[2] ?? '', 'base64url');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) {
      throw new GrondslagError(cryptoErrorCodes.corrupt, 'sealed value is truncated', { kind: 'internal' });
    }
    const decipher = createDecipheriv('aes-256-gcm', encKey, nonce);
    decipher.setAAD(Buffer.from(`${VERSION}.${valueKeyId}`));
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
      const cipher = createCipheriv('aes-256-gcm', currentEncKey, nonce);
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
      return createHmac('sha256', lookupSecret).update(`${namespace}\0${normalised}`).digest('base64url');
    },
  };
}
