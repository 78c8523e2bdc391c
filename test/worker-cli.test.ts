import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './helpers/cli.js';
import { type LoggedProcess, spawnLogged } from './helpers/jobs.js';

/**
 * `grondslag worker` and `grondslag jobs list` on the embedded store, through the built binary where
 * the process boundary matters: signals, and a second process refused the data directory.
 */

describe('grondslag worker on the embedded store', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const started: LoggedProcess[] = [];
  beforeAll(() => {
    if (!existsSync('dist/cli/commands/worker.js')) {
      throw new Error('these tests run bin/grondslag.js, which needs the build: run `npm run build` first');
    }
    // An empty working directory: no grondslag.config.yaml is found, the data directory comes from env.
    dir = mkdtempSync(join(tmpdir(), 'grondslag-worker-'));
    env = { GRONDSLAG_DATA_DIR: join(dir, 'data') };
  });
  afterAll(async () => {
    for (const p of started) {
      p.child.kill('SIGKILL');
      await p.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  const grondslag = (...args: string[]) => {
    const p = spawnLogged([join(process.cwd(), 'bin/grondslag.js'), ...args], { env, cwd: dir });
    started.push(p);
    return p;
  };

  it('runs the heartbeat, refuses a second process on the same data directory, and stops on SIGTERM', async () => {
    const worker = grondslag('worker');
    await worker.waitForLog('the worker to start', (e) => e.msg === 'worker started');
    await worker.waitForLog(
      'a heartbeat to finish',
      (e) => e.msg === 'job finished' && e.kind === 'system.heartbeat',
    );

    const second = grondslag('worker');
    expect(await second.exited).toBe(3);
    expect(second.stderr()).toContain('STORE_DATA_DIR_IN_USE');
    expect(second.stderr()).toContain(`process ${worker.pid}`);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.entries.map((e) => e.msg)).toEqual(
      expect.arrayContaining(['worker stopping; letting running jobs finish', 'worker stopped']),
    );

    // With the worker gone the directory is free again, and the heartbeat shows in `jobs list`.
    const cli = await runCliCaptured(['jobs', 'list', '--json'], { cwd: dir, env });
    expect(cli.code).toBe(0);
    const overview = JSON.parse(cli.stdout) as {
      kinds: { kind: string; completed: number; failed: number; lastRunAt: string | null }[];
      recentFailures: unknown[];
    };
    const heartbeat = overview.kinds.find((k) => k.kind === 'system.heartbeat');
    expect(heartbeat?.completed).toBeGreaterThanOrEqual(1);
    expect(heartbeat?.failed).toBe(0);
    expect(Number.isNaN(Date.parse(heartbeat?.lastRunAt ?? ''))).toBe(false);
    expect(overview.recentFailures).toEqual([]);

    const text = await runCliCaptured(['jobs', 'list'], { cwd: dir, env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^kind\s+queued\s+active\s+failed\s+completed\s+last run$/m);
    expect(text.stdout).toMatch(/^system\.heartbeat\s+\d+\s+\d+\s+0\s+[1-9]\d*\s+\d{4}-\d\d-\d\dT/m);
    expect(text.stdout).toContain('no failed jobs');
  });

  it('refuses a concurrency that is not a positive whole number', async () => {
    const cli = await runCliCaptured(['worker', '--concurrency', '0'], { cwd: dir, env });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('CLI_BAD_ARGUMENTS');
  });
});
