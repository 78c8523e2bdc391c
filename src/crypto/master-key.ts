import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { GrondslagError } from '../errors.js';
import { keyringSealer, loadKeyring } from './keyring.js';
import type { Sealer } from './sealed.js';

/**
 * Where the master key for sealed values comes from:
 * 1. `GRONDSLAG_SECRET_KEY` — 32 bytes as 64 hex characters or 43/44 base64(url) characters. The
 *    way to run in production, and required with a PostgreSQL store, where several processes (and
 *    machines) must share one key.
 * 2. Embedded demo only: `<dataDir>/secret.key`, generated on first use (mode 0600). The key sits
 *    next to the data it protects, which is acceptable for a demo on one laptop and nothing more.
 */

export const SECRET_KEY_ENV = 'GRONDSLAG_SECRET_KEY';
export const SECRET_KEY_FILE = 'secret.key';

/**
 * Parses a key written as hex or base64/base64url.
 *
 * @example
 *   parseMasterKey('00'.repeat(32)).length; // 32
 */
export function parseMasterKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64url');
  if (key.length !== 32) {
    throw new GrondslagError(
      'CRYPTO_KEY_INVALID',
      `${SECRET_KEY_ENV} must be 32 random bytes as 64 hex or 43 base64 characters (e.g. \`openssl rand -hex 32\`)`,
    );
  }
  return key;
}

/**
 * The master key for this installation (see the file comment for the order).
 *
 * @example
 *   const sealer = createSealer(masterKey(config, process.env));
 */
export function masterKey(config: Pick<Config, 'store'>, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env[SECRET_KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return parseMasterKey(fromEnv);
  if (config.store.url) {
    throw new GrondslagError(
      'CRYPTO_KEY_MISSING',
      `set ${SECRET_KEY_ENV} (32 random bytes, e.g. \`openssl rand -hex 32\`): with a PostgreSQL store every process must use the same key`,
    );
  }
  const file = join(config.store.dataDir, SECRET_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.store.dataDir, { recursive: true });
    // 'wx': when two processes race, the second write fails and both read the winner's key.
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    chmodSync(file, 0o600);
  }
  return parseMasterKey(readFileSync(file, 'utf8'));
}

const cache = new Map<string, Sealer>();

/**
 * The sealer for a configuration, created once per process and keyring: it seals with the current
 * key and opens values sealed with any key of the keyring (src/crypto/keyring.ts).
 */
export function sealerFor(config: Pick<Config, 'store'>, env: NodeJS.ProcessEnv = process.env): Sealer {
  const ring = loadKeyring(config, env);
  const id = [...ring.keys.map((k) => k.key.toString('hex')), ring.lookupKey.toString('hex')].join(':');
  let sealer = cache.get(id);
  if (!sealer) {
    sealer = keyringSealer(ring);
    cache.set(id, sealer);
  }
  return sealer;
}
