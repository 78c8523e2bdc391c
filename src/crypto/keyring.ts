import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { GrondslagError } from '../errors.js';
import { masterKey, parseMasterKey, SECRET_KEY_ENV, SECRET_KEY_FILE } from './master-key.js';
import { createKeyringSealer, keyIdOf, lookupKeyOf, type Sealer } from './sealed.js';

/**
 * The keyring: every master key that may have sealed a stored value, the current one first, plus
 * the lookup-hash key. Rotation adds a key and makes it current; values sealed under older keys stay
 * readable (each carries its key id) until `grondslag keys rotate` has re-sealed them, after which
 * `grondslag keys retire ID` drops the old key.
 *
 * Sources, first match wins:
 * 1. `GRONDSLAG_SECRET_KEYS`: keys separated by commas or spaces, current first. `GRONDSLAG_SECRET_KEY`,
 *    when also set and not listed, is appended as an old key, so an installation rotates by adding
 *    the new key in front without touching the variable it already has.
 * 2. `<dataDir>/keyring.json` (embedded store only), written by `grondslag keys rotate`.
 * 3. The single master key of src/crypto/master-key.ts (env `GRONDSLAG_SECRET_KEY` or `secret.key`).
 *
 * The lookup key (HMACs the store searches by) must not change on rotation: it is
 * `GRONDSLAG_LOOKUP_KEY` when set, the one saved in keyring.json, or else derived from the OLDEST
 * key — the key the installation started with. Retiring that key from the environment therefore
 * needs `GRONDSLAG_LOOKUP_KEY` first (`grondslag keys list --lookup-key` prints it).
 */

export const SECRET_KEYS_ENV = 'GRONDSLAG_SECRET_KEYS';
export const LOOKUP_KEY_ENV = 'GRONDSLAG_LOOKUP_KEY';
export const KEYRING_FILE = 'keyring.json';

export interface KeyringKey {
  id: string;
  key: Buffer;
}

export interface Keyring {
  /** Current key first. */
  keys: KeyringKey[];
  lookupKey: Buffer;
  /** Where the keys came from: rotation writes only to a file keyring. */
  source: 'env' | 'file' | 'single';
  /** Whether the lookup key is derived from the oldest key (and so pins it). */
  lookupFromOldest: boolean;
}

const keyringFileSchema = z.strictObject({
  version: z.literal(1),
  keys: z.array(z.strictObject({ id: z.string(), key: z.string(), createdAt: z.string() })).min(1),
  lookupKey: z.string(),
});

function entry(key: Buffer): KeyringKey {
  return { id: keyIdOf(key), key };
}

function keyringPath(config: Pick<Config, 'store'>): string {
  return join(config.store.dataDir, KEYRING_FILE);
}

/**
 * The keyring for a configuration (see the file comment for the sources).
 *
 * @example
 *   const ring = loadKeyring(config, process.env);
 *   ring.keys[0].id; // the key new values are sealed with
 */
export function loadKeyring(config: Pick<Config, 'store'>, env: NodeJS.ProcessEnv = process.env): Keyring {
  const lookupEnv = env[LOOKUP_KEY_ENV];
  const lookupOverride = lookupEnv ? parseMasterKey(lookupEnv) : undefined;
  const list = env[SECRET_KEYS_ENV];
  if (list !== undefined && list.trim() !== '') {
    const keys = list
      .split(/[\s,]+/)
      .filter((t) => t !== '')
      .map((t) => entry(parseMasterKey(t)));
    const single = env[SECRET_KEY_ENV];
    if (single) {
      const old = entry(parseMasterKey(single));
      if (!keys.some((k) => k.id === old.id)) keys.push(old);
    }
    const oldest = keys[keys.length - 1]!;
    return {
      keys,
      lookupKey: lookupOverride ?? lookupKeyOf(oldest.key),
      source: 'env',
      lookupFromOldest: !lookupOverride,
    };
  }
  const file = keyringPath(config);
  if (!config.store.url && existsSync(file)) {
    let parsed: z.infer<typeof keyringFileSchema>;
    try {
      parsed = keyringFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (e) {
      throw new GrondslagError('CRYPTO_KEYRING_INVALID', `${file} is not a valid keyring`, { cause: e });
    }
    return {
      keys: parsed.keys.map((k) => entry(parseMasterKey(k.key))),
      lookupKey: lookupOverride ?? parseMasterKey(parsed.lookupKey),
      source: 'file',
      lookupFromOldest: false,
    };
  }
  const key = masterKey(config, env);
  return {
    keys: [entry(key)],
    lookupKey: lookupOverride ?? lookupKeyOf(key),
    source: 'single',
    lookupFromOldest: !lookupOverride,
  };
}

/** A sealer over a keyring. */
export function keyringSealer(ring: Keyring): Sealer {
  return createKeyringSealer(
    ring.keys.map((k) => k.key),
    ring.lookupKey,
  );
}

function writeKeyringFile(config: Pick<Config, 'store'>, keys: KeyringKey[], lookupKey: Buffer): void {
  const file = keyringPath(config);
  const now = new Date().toISOString();
  const body = {
    version: 1,
    keys: keys.map((k) => ({ id: k.id, key: k.key.toString('hex'), createdAt: now })),
    lookupKey: lookupKey.toString('hex'),
  };
  // Written beside and renamed: a crash never leaves a half-written keyring (which would lose keys).
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

function requireFileKeyring(config: Pick<Config, 'store'>, ring: Keyring, what: string): void {
  if (ring.source === 'env' || config.store.url) {
    throw new GrondslagError(
      'CRYPTO_KEYRING_FROM_ENV',
      `the keys come from the environment, so ${what} there: ${SECRET_KEYS_ENV}="<new key>,<old keys…>" (a new key: \`openssl rand -hex 32\`)`,
    );
  }
}

/**
 * Embedded store: adds a fresh random key to the data directory's keyring and makes it current.
 * Existing values stay readable; the lookup key is carried over unchanged.
 *
 * @example
 *   const ring = addKeyToFileKeyring(config, process.env); // ring.keys[0] is the new key
 */
export function addKeyToFileKeyring(config: Pick<Config, 'store'>, env: NodeJS.ProcessEnv): Keyring {
  const ring = loadKeyring(config, env);
  requireFileKeyring(config, ring, 'add the new key');
  const fresh = entry(randomBytes(32));
  writeKeyringFile(config, [fresh, ...ring.keys], ring.lookupKey);
  return loadKeyring(config, env);
}

/**
 * Embedded store: removes a key from the data directory's keyring (the caller has checked that no
 * stored value still uses it). The secret.key file goes too when it held that key.
 */
export function removeKeyFromFileKeyring(
  config: Pick<Config, 'store'>,
  env: NodeJS.ProcessEnv,
  id: string,
): Keyring {
  const ring = loadKeyring(config, env);
  requireFileKeyring(config, ring, 'remove it');
  const rest = ring.keys.filter((k) => k.id !== id);
  writeKeyringFile(config, rest, ring.lookupKey);
  const single = join(config.store.dataDir, SECRET_KEY_FILE);
  if (existsSync(single)) {
    try {
      if (keyIdOf(parseMasterKey(readFileSync(single, 'utf8'))) === id) rmSync(single);
    } catch {
      // An unreadable secret.key is not in use: keyring.json takes precedence once it exists.
    }
  }
  return loadKeyring(config, env);
}
