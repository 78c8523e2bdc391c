import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/db.js';
import { spawnLogged, waitFor } from './helpers/jobs.js';
import {
  cli,
  type DemoDatabase,
  demoEngines,
  logDigest,
  seedDemo,
  writeDemoConfig,
} from './helpers/retention-demo.js';
import { freshPostgres } from './helpers/store.js';

/**
 * kill -9 in the middle of a sweep, then the next sweep: the final state of the stores (every table,
 * every log file) equals that of a sweep that was never interrupted, and the run's record still
 * counts every row exactly once. Two demo stores seeded identically; one swept in one go, the other
 * by a child process that is killed after a few batches and then resumed.
 */

const AT = '2026-07-15';
const engine = demoEngines.find((e) => e.name === 'postgres')!;

interface RunJson {
  runs: {
    id: string;
    resumed: boolean;
    status: string;
    rules: { rule: string; deleted: number; unlinked: number }[];
  }[];
}

describe.skipIf(!engine.available)('a sweep killed with SIGKILL and resumed', () => {
  let dir: string;
  let plain: { db: DemoDatabase; config: string; logs: string };
  let crashed: { db: DemoDatabase; config: string; logs: string };
  let state: { db: Db; url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grondslag-retention-crash-'));
    state = await freshPostgres();
    const make = async (name: string, storeUrl?: string) => {
      const db = await engine.create();
      const logs = join(dir, name, 'logs');
      const config = writeDemoConfig(join(dir, name), engine, db.url, logs, storeUrl ? { storeUrl } : {});
      await seedDemo(config, join(dir, name), logs, 500);
      return { db, config, logs };
    };
    plain = await make('plain');
    crashed = await make('crashed', state.url);
  }, 300_000);

  afterAll(async () => {
    await plain?.db.drop();
    await crashed?.db.drop();
    await state?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts from two identical stores', async () => {
    expect(await crashed.db.checksums()).toEqual(await plain.db.checksums());
    expect(logDigest(crashed.logs)).toBe(logDigest(plain.logs));
  });

  it('ends in the same state as an uninterrupted sweep, with exact counts', async () => {
    const uninterrupted = await cli(
      ['retention', 'run', '--at', AT, '--batch-size', '25', '--json', '--config', plain.config],
      {
        cwd: join(dir, 'plain'),
      },
    );
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    const reference = JSON.parse(uninterrupted.stdout) as RunJson;

    // The child process sweeps the other store in small batches; it is killed once some have been
    // recorded, while it is still at work.
    const child = spawnLogged(
      [
        '--import',
        'tsx',
        join(process.cwd(), 'src/cli/main.ts'),
        'retention',
        'run',
        '--at',
        AT,
        '--batch-size',
        '25',
        '--config',
        crashed.config,
      ],
      // From the repository, where tsx resolves; every path in the configuration is absolute.
      { cwd: process.cwd(), env: { GRONDSLAG_SECRET_KEY: '7'.repeat(64) } },
    );
    let ended = false;
    void child.exited.then(() => {
      ended = true;
    });
    const batches = async () =>
      Number(
        (await state.db.query<{ n: string }>('select count(*) as n from grondslag.retention_batch')).rows[0]!
          .n,
      );
    await waitFor('the child to record batches', async () => {
      if (ended) throw new Error(`the sweep finished before it could be killed:\n${child.stderr()}`);
      return (await batches()) >= 12;
    });
    child.child.kill('SIGKILL');
    expect(await child.exited).toBe('SIGKILL');
    const { rows } = await state.db.query<{ status: string }>('select status from grondslag.retention_run');
    expect(rows.map((r) => r.status)).toEqual(['running']);
    expect(await crashed.db.checksums()).not.toEqual(await plain.db.checksums());

    // The next sweep resumes the interrupted run first, then runs its own (which finds nothing).
    const resumed = await cli(
      ['retention', 'run', '--at', AT, '--batch-size', '25', '--json', '--config', crashed.config],
      {
        cwd: join(dir, 'crashed'),
      },
    );
    expect(resumed.code, resumed.stderr).toBe(0);
    const report = JSON.parse(resumed.stdout) as RunJson;
    expect(report.runs.map((r) => [r.resumed, r.status])).toEqual([
      [true, 'completed'],
      [false, 'completed'],
    ]);

    expect(await crashed.db.checksums()).toEqual(await plain.db.checksums());
    expect(logDigest(crashed.logs)).toBe(logDigest(plain.logs));
    // Counted once each: the batch the kill left unrecorded is recovered by recounting.
    const totals = (r: RunJson['runs'][number]) => r.rules.map((x) => [x.rule, x.deleted, x.unlinked]);
    expect(totals(report.runs[0]!)).toEqual(totals(reference.runs[0]!));
    expect(report.runs[1]!.rules.every((x) => x.deleted === 0 && x.unlinked === 0)).toBe(true);
  }, 600_000);
});
