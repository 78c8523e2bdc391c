import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyIdOf, sealedKeyId } from '../src/crypto/sealed.js';
import { sealedColumns } from '../src/crypto/sealed-columns.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { openStore } from '../src/store/open.js';
import { runCliCaptured } from './helpers/cli.js';

/**
 * `grondslag keys list|rotate|retire` on an embedded store: values sealed before a rotation stay
 * readable, every value ends up under the new key, lookups keep matching, and a key is only retired
 * when nothing uses it.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function setup(extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-keys-'));
  dirs.push(dir);
  const config = join(dir, 'grondslag.config.yaml');
  writeFileSync(
    config,
    JSON.stringify({
      policy: demoPolicyPath,
      datamap: demoDatamapPath,
      store: { dataDir: join(dir, 'data') },
    }),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.GRONDSLAG_SECRET_KEY;
  delete env.GRONDSLAG_SECRET_KEYS;
  delete env.GRONDSLAG_LOOKUP_KEY;
  delete env.DATABASE_URL;
  delete env.GRONDSLAG_DATA_DIR;
  Object.assign(env, extraEnv);
  async function cli(...argv: string[]) {
    return runCliCaptured([...argv, '--config', config], { cwd: dir, env, stdin: process.stdin });
  }
  return { dir, env, cli, dataDir: join(dir, 'data') };
}

/** Every sealed value in the store with its key id. */
async function sealedValues(dataDir: string): Promise<string[]> {
  const db = await openStore({ dataDir });
  try {
    const values: string[] = [];
    for (const t of sealedColumns) {
      for (const c of t.columns) {
        const res = await db.query<{ v: string | null }>(`select ${c} as v from ${t.table}`);
        for (const r of res.rows) if (r.v !== null) values.push(r.v);
      }
    }
    return values;
  } finally {
    await db.close();
  }
}

async function submit(cli: ReturnType<typeof setup>['cli'], email: string) {
  const r = await cli(
    'dsr',
    'submit',
    '--type',
    'access',
    '--email',
    email,
    '--text',
    `Ik wil weten wat u van ${email} bewaart`,
    '--json',
  );
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { request: { id: string }; grouped: boolean };
}

describe('grondslag keys on the embedded store (keyring file)', () => {
  it('rotates to a new key in batches, keeps old values readable and lookups matching, then retires the old key', async () => {
    const { cli, dataDir } = setup();
    for (const e of ['anna@example.nl', 'bram@example.nl', 'cees@example.nl']) await submit(cli, e);
    const hold = await cli(
      'hold',
      'add',
      '--reference',
      'OvJ-2026-1',
      '--authority',
      'Officier van Justitie',
      '--issued',
      '2026-01-01',
      '--identity',
      'email=dirk@example.nl',
    );
    expect(hold.code, hold.stderr).toBe(0);

    const oldKey = readFileSync(join(dataDir, 'secret.key'), 'utf8').trim();
    const oldId = keyIdOf(Buffer.from(oldKey, 'hex'));
    const before = await sealedValues(dataDir);
    expect(before.length).toBeGreaterThanOrEqual(7);
    expect(new Set(before.map(sealedKeyId))).toEqual(new Set([oldId]));

    const listed = JSON.parse((await cli('keys', 'list', '--json')).stdout);
    expect(listed.keys).toEqual([{ id: oldId, current: true, values: before.length }]);

    // The current key cannot be retired.
    expect((await cli('keys', 'retire', oldId)).code).toBe(2);

    const rot = await cli('keys', 'rotate', '--batch-size', '1', '--json');
    expect(rot.code, rot.stderr).toBe(0);
    const rotated = JSON.parse(rot.stdout);
    expect(rotated.newKey).toBe(true);
    expect(rotated.currentKey).not.toBe(oldId);
    // Three requests (details) with their identities and a hold: at least seven rows, one per batch.
    expect(rotated.rows).toBeGreaterThanOrEqual(7);
    expect(rotated.batches).toBe(rotated.rows);

    const after = await sealedValues(dataDir);
    expect(after.length).toBe(before.length);
    expect(new Set(after.map(sealedKeyId))).toEqual(new Set([rotated.currentKey]));

    // The lookup key survived: the same person's second request groups with the first.
    expect((await submit(cli, 'anna@example.nl')).grouped).toBe(true);

    const retire = await cli('keys', 'retire', oldId, '--json');
    expect(retire.code, retire.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'secret.key'))).toBe(false);
    const ring = JSON.parse(readFileSync(join(dataDir, 'keyring.json'), 'utf8'));
    expect(ring.keys.map((k: { id: string }) => k.id)).toEqual([rotated.currentKey]);
    expect(JSON.stringify(ring)).not.toContain(oldKey);

    // Still readable and still matching after the old key is gone.
    expect((await submit(cli, 'bram@example.nl')).grouped).toBe(true);
    const audit = await cli('audit', 'verify');
    expect(audit.code, audit.stdout + audit.stderr).toBe(0);
  }, 120_000);
});

describe('grondslag keys with keys from the environment', () => {
  it('reads old and new keys, refuses to retire a key still in use or pinning the lookups, and re-seals', async () => {
    const oldKey = randomBytes(32).toString('hex');
    const newKey = randomBytes(32).toString('hex');
    const oldId = keyIdOf(Buffer.from(oldKey, 'hex'));
    const newId = keyIdOf(Buffer.from(newKey, 'hex'));
    const first = setup({ GRONDSLAG_SECRET_KEY: oldKey });
    await submit(first.cli, 'eva@example.nl');

    // Deploy the new key in front; the old variable stays.
    const second = setup({ GRONDSLAG_SECRET_KEY: oldKey, GRONDSLAG_SECRET_KEYS: newKey });
    second.env.GRONDSLAG_DATA_DIR = first.dataDir;
    expect((await submit(second.cli, 'eva@example.nl')).grouped).toBe(true);
    expect((await second.cli('keys', 'rotate')).code).toBe(2); // cannot write the environment

    const pinned = await second.cli('keys', 'retire', oldId);
    expect(pinned.code).toBe(2);
    expect(pinned.stderr).toContain('GRONDSLAG_LOOKUP_KEY');

    const lookupKey = JSON.parse(
      (await second.cli('keys', 'list', '--lookup-key', '--json')).stdout,
    ).lookupKey;
    second.env.GRONDSLAG_LOOKUP_KEY = lookupKey;
    const inUse = await second.cli('keys', 'retire', oldId);
    expect(inUse.code).toBe(2);
    expect(inUse.stderr).toContain('still seals');

    const rot = await second.cli('keys', 'rotate', '--no-new-key', '--json');
    expect(rot.code, rot.stderr).toBe(0);
    expect(new Set((await sealedValues(first.dataDir)).map(sealedKeyId))).toEqual(new Set([newId]));
    expect((await second.cli('keys', 'retire', oldId)).code).toBe(0);

    // The old key removed from the environment altogether: everything still opens and matches.
    delete second.env.GRONDSLAG_SECRET_KEY;
    expect((await submit(second.cli, 'eva@example.nl')).grouped).toBe(true);
  }, 120_000);
});
