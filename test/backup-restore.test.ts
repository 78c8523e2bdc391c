import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { storeRowCounts } from '../src/store/backup.js';
import { openStore } from '../src/store/open.js';
import { appendEntries } from './helpers/audit.js';
import { runCliCaptured } from './helpers/cli.js';
import { freshPostgres, postgresAvailable } from './helpers/store.js';

/**
 * `grondslag backup` and `grondslag restore` on both drivers: a store with audit entries (and, on the
 * embedded store, a sealed request) is backed up and restored into a fresh store; the audit chain
 * verifies, every table has its rows, and a store that already holds data is only replaced with --force.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function cliFor(store: { url?: string; dataDir?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-backup-'));
  dirs.push(dir);
  const config = join(dir, 'grondslag.config.yaml');
  writeFileSync(config, JSON.stringify({ policy: demoPolicyPath, datamap: demoDatamapPath, store }));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of [
    'GRONDSLAG_SECRET_KEY',
    'GRONDSLAG_SECRET_KEYS',
    'GRONDSLAG_LOOKUP_KEY',
    'DATABASE_URL',
    'GRONDSLAG_DATA_DIR',
  ])
    delete env[k];
  if (store.url) env.GRONDSLAG_SECRET_KEY = 'ab'.repeat(32);
  return {
    dir,
    async run(...argv: string[]) {
      return runCliCaptured([...argv, '--config', config], { cwd: dir, env, stdin: process.stdin });
    },
  };
}

describe('backup and restore of the embedded store', () => {
  it('restores into a fresh data directory with the audit chain intact and every row', async () => {
    const base = mkdtempSync(join(tmpdir(), 'grondslag-backup-data-'));
    dirs.push(base);
    const source = join(base, 'source');
    const db = await openStore({ dataDir: source });
    await appendEntries(db, 30);
    await db.close();
    const src = cliFor({ dataDir: source });
    const filed = await src.run(
      'dsr',
      'submit',
      '--type',
      'access',
      '--email',
      'anna@example.nl',
      '--text',
      'inzage graag',
    );
    expect(filed.code, filed.stderr).toBe(0);
    const check = await openStore({ dataDir: source });
    const expected = await storeRowCounts(check);
    await check.close();
    expect(expected.audit_log).toBeGreaterThan(30);

    const file = join(src.dir, 'grondslag.backup');
    const backup = await src.run('backup', '--out', file, '--json');
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout).format).toBe('pglite');
    // The demo's key file sits in the data directory, but it does not travel with the backup.
    const key = readFileSync(join(source, 'secret.key'), 'utf8').trim();
    const archive = gunzipSync(readFileSync(file));
    expect(archive.includes(Buffer.from(key))).toBe(false);
    expect(archive.includes(Buffer.from('secret.key'))).toBe(false);

    // A fresh installation without the source's key: the audit log restores, the sealed request
    // cannot be opened, and restore says which key is missing.
    const target = join(base, 'target');
    const dst = cliFor({ dataDir: target });
    const noKey = await dst.run('restore', file, '--json');
    expect(noKey.code, noKey.stdout + noKey.stderr).toBe(1);
    const noKeyReport = JSON.parse(noKey.stdout);
    expect(noKeyReport.audit).toMatchObject({ ok: true, entries: expected.audit_log });
    expect(noKeyReport.rows).toEqual(expected);
    expect(noKeyReport.missingKeys).toHaveLength(1);

    // Again with the key in place: refused while the target holds data, replaced with --force.
    copyFileSync(join(source, 'secret.key'), join(target, 'secret.key'));
    const refused = await dst.run('restore', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('RESTORE_TARGET_NOT_EMPTY');
    const forced = await dst.run('restore', file, '--force', '--json');
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ rows: expected, missingKeys: [], audit: { ok: true } });
    const verify = await dst.run('audit', 'verify', '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).entries).toBe(expected.audit_log);
    const listed = await dst.run('dsr', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('"access"');
  }, 180_000);
});

describe.skipIf(!postgresAvailable)('backup and restore of a PostgreSQL store', () => {
  it('restores a pg_dump into a fresh database with the audit chain intact and every row', async () => {
    const source = await freshPostgres();
    const target = await freshPostgres();
    try {
      await appendEntries(source.db, 40);
      const expected = await storeRowCounts(source.db);
      const src = cliFor({ url: source.url });
      const file = join(src.dir, 'grondslag.dump');
      const backup = await src.run('backup', '--out', file, '--json');
      expect(backup.code, backup.stderr).toBe(0);
      expect(JSON.parse(backup.stdout).format).toBe('pg_dump');

      const dst = cliFor({ url: target.url });
      // A migrated but empty database counts as empty.
      const restored = await dst.run('restore', file, '--json');
      expect(restored.code, restored.stderr).toBe(0);
      expect(JSON.parse(restored.stdout)).toMatchObject({
        format: 'pg_dump',
        rows: expected,
        audit: { ok: true, entries: 40 },
      });
      const again = await dst.run('restore', file);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('RESTORE_TARGET_NOT_EMPTY');
      expect((await dst.run('restore', file, '--force')).code).toBe(0);
      const verify = await dst.run('audit', 'verify', '--json');
      expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, entries: 40 });

      // An embedded store's backup does not go into PostgreSQL.
      const wrong = join(dst.dir, 'not-a-dump.backup');
      writeFileSync(wrong, Buffer.from([0x1f, 0x8b, 0, 0]));
      const mismatch = await dst.run('restore', wrong, '--force');
      expect(mismatch.code).toBe(2);
      expect(mismatch.stderr).toContain('BACKUP_WRONG_STORE');
    } finally {
      await source.drop();
      await target.drop();
    }
  }, 180_000);
});
