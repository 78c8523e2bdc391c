import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

describe('data directory lock', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const dataDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'grondslag-lock-'));
    dirs.push(d);
    return join(d, 'data');
  };

  it('refuses a second holder while the first holds it, and allows one after release', () => {
    const dir = dataDir();
    const lock = lockDataDir(dir, 'grondslag serve');
    let refused: unknown;
    try {
      lockDataDir(dir, 'grondslag worker');
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: 'STORE_DATA_DIR_IN_USE', kind: 'conflict' });
    expect((refused as Error).message).toContain(`process ${process.pid}`);
    expect((refused as Error).message).toContain('grondslag serve');
    lock.release();
    lockDataDir(dir, 'grondslag worker').release();
  });

  it('takes over a lock left behind by a process that no longer runs', () => {
    const dir = dataDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(
      `${dir}.lock`,
      JSON.stringify({
        pid: dead,
        host: hostname(),
        holder: 'grondslag worker',
        since: '2026-01-01T00:00:00Z',
      }),
    );
    const lock = lockDataDir(dir, 'grondslag serve');
    expect(lock.path).toBe(`${dir}.lock`);
    lock.release();
  });
});
