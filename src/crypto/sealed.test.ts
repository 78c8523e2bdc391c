import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../errors.js';
import { masterKey, parseMasterKey } from './master-key.js';
import { createSealer } from './sealed.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof GrondslagError ? e.code : String(e);
  }
  return undefined;
}

describe('sealed values', () => {
  const sealer = createSealer(randomBytes(32));

  it('round-trips text and bytes, and never shows the plaintext', () => {
    const s = sealer.seal('jan.jansen@example.nl');
    expect(s).not.toContain('jan');
    expect(sealer.openText(s)).toBe('jan.jansen@example.nl');
    const bytes = randomBytes(1000);
    expect(sealer.open(sealer.seal(bytes)).equals(bytes)).toBe(true);
  });

  it('seals the same value differently each time (random nonce)', () => {
    expect(sealer.seal('x')).not.toBe(sealer.seal('x'));
  });

  it('detects tampering', () => {
    const s = sealer.seal('0612345678');
    const parts = s.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(code(() => sealer.open(parts.join('.')))).toBe('CRYPTO_SEALED_CORRUPT');
    expect(code(() => sealer.open('garbage'))).toBe('CRYPTO_SEALED_CORRUPT');
  });

  it('says "wrong key" when another key sealed it', () => {
    const other = createSealer(randomBytes(32));
    expect(code(() => other.open(sealer.seal('x')))).toBe('CRYPTO_WRONG_KEY');
  });

  it('lookup hashes are equal for equal values, differ per namespace and per key', () => {
    expect(sealer.lookup('email', 'a@b.nl')).toBe(sealer.lookup('email', 'a@b.nl'));
    expect(sealer.lookup('email', 'a@b.nl')).not.toBe(sealer.lookup('phone', 'a@b.nl'));
    expect(createSealer(randomBytes(32)).lookup('email', 'a@b.nl')).not.toBe(
      sealer.lookup('email', 'a@b.nl'),
    );
  });
});

describe('master key', () => {
  it('reads hex and base64url keys from the environment', () => {
    const key = randomBytes(32);
    const store = { dataDir: '/nonexistent' };
    expect(masterKey({ store }, { GRONDSLAG_SECRET_KEY: key.toString('hex') }).equals(key)).toBe(true);
    expect(masterKey({ store }, { GRONDSLAG_SECRET_KEY: key.toString('base64url') }).equals(key)).toBe(true);
    expect(code(() => parseMasterKey('too-short'))).toBe('CRYPTO_KEY_INVALID');
  });

  it('generates one key file for the embedded store and reuses it', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'grondslag-key-')), 'data');
    const first = masterKey({ store: { dataDir } }, {});
    const second = masterKey({ store: { dataDir } }, {});
    expect(first.equals(second)).toBe(true);
    const file = join(dataDir, 'secret.key');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('hex'));
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('requires the environment variable with a PostgreSQL store', () => {
    expect(code(() => masterKey({ store: { url: 'postgres://x/y', dataDir: '/tmp' } }, {}))).toBe(
      'CRYPTO_KEY_MISSING',
    );
  });
});
