import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditExport } from '../src/audit/export.js';
import { lockDataDir } from '../src/store/data-dir-lock.js';
import { appendEntries, tamperAuditLog } from './helpers/audit.js';
import { runCliCaptured } from './helpers/cli.js';
import { type CliStore, cliStoreTargets } from './helpers/store.js';

/**
 * The audit commands against a real store, found the way a user's would be: GRONDSLAG_DATA_DIR for
 * the embedded store, DATABASE_URL for PostgreSQL.
 */

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-audit-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const targets = cliStoreTargets(scratch);

async function cli(argv: string[], env: NodeJS.ProcessEnv) {
  return runCliCaptured(argv, { cwd: scratch, env });
}

describe.each(targets)('grondslag audit on $name', (target) => {
  let store: CliStore;
  beforeAll(async () => {
    if (!target.available) return;
    store = await target.create();
    // Entry i is written on 2026-01-i at noon UTC.
    await store.withDb((db) => appendEntries(db, 5, { at: (i) => new Date(Date.UTC(2026, 0, i, 12)) }));
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it.skipIf(!target.available)('list shows the newest entries first', async () => {
    const { code, stdout } = await cli(['audit', 'list', '--limit', '2', '--json'], store.env);
    expect(code).toBe(0);
    const { entries } = JSON.parse(stdout) as { entries: { seq: number; at: string; action: string }[] };
    expect(entries.map((e) => e.seq)).toEqual([5, 4]);
    expect(entries[0]!.at).toBe('2026-01-05T12:00:00.000Z');

    const human = await cli(['audit', 'list'], store.env);
    expect(human.code).toBe(0);
    expect(human.stdout.trim().split('\n')).toHaveLength(5);
    expect(human.stdout).toContain('user.updated');
  });

  it.skipIf(!target.available)('list refuses a limit that is not a positive number', async () => {
    const { code, stderr } = await cli(['audit', 'list', '--limit', 'ten'], store.env);
    expect(code).toBe(2);
    expect(stderr).toContain('--limit');
  });

  it.skipIf(!target.available)('export writes the period, its last day included, to a file', async () => {
    const out = join(scratch, `period-${target.name}.json`);
    const { code, stdout } = await cli(
      ['audit', 'export', '--from', '2026-01-02', '--to', '2026-01-03', '--out', out],
      store.env,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('wrote 2 entries');
    const doc = JSON.parse(readFileSync(out, 'utf8')) as AuditExport;
    expect(doc.entries.map((e) => e.seq)).toEqual([2, 3]);
    const all = await store.withDb((db) =>
      db.query<{ hash: string }>('select hash from grondslag.audit_log where seq = 1'),
    );
    expect(doc.previous).toEqual({ seq: 1, hash: all.rows[0]!.hash });
    expect(doc.verification).toEqual({ ok: true, entries: 5 });
  });

  it.skipIf(!target.available)(
    'export without --out prints the document, and refuses a bad date',
    async () => {
      const { code, stdout } = await cli(
        ['audit', 'export', '--from', '2026-01-04', '--to', '2026-12-31'],
        store.env,
      );
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as AuditExport).entries.map((e) => e.seq)).toEqual([4, 5]);

      const bad = await cli(['audit', 'export', '--from', '2026-02-30', '--to', '2026-03-01'], store.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--from');
    },
  );

  // The data-dir lock exists only for the embedded store; there is nothing to test on PostgreSQL.
  if (target.name === 'pglite')
    it('leaves an embedded store alone while another process has it', async () => {
      const lock = lockDataDir(store.env.GRONDSLAG_DATA_DIR!, 'grondslag serve');
      try {
        const { code, stderr } = await cli(['audit', 'verify'], store.env);
        expect(code).toBe(3);
        expect(stderr).toContain('STORE_DATA_DIR_IN_USE');
      } finally {
        lock.release();
      }
    });

  it.skipIf(!target.available)('verify exits 0 on an intact log and 1 once an entry is changed', async () => {
    const before = await cli(['audit', 'verify', '--json'], store.env);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual({ ok: true, entries: 5 });

    await store.withDb((db) =>
      tamperAuditLog(db, [`update grondslag.audit_log set subject_id = '999' where seq = 3`]),
    );

    const after = await cli(['audit', 'verify', '--json'], store.env);
    expect(after.code).toBe(1);
    expect(JSON.parse(after.stdout)).toMatchObject({
      ok: false,
      entries: 5,
      firstBad: { seq: 3, reason: 'hash_mismatch' },
    });

    const human = await cli(['audit', 'verify'], store.env);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/entry 3\b/);
  });
});
