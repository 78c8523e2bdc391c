import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { retentionSweep } from '../src/jobs/kinds/retention-sweep.js';
import { enqueue, openJobQueue } from '../src/jobs/queue.js';
import { startWorker } from '../src/jobs/worker.js';
import { memoryLogger } from '../src/log.js';
import { listRuns } from '../src/retention/runs.js';
import { jobState, jobTestStores, waitFor } from './helpers/jobs.js';
import { type DemoDatabase, demoEngines, seedDemo, ts, writeDemoConfig } from './helpers/retention-demo.js';

/**
 * The daily `retention.sweep` job through a real queue and worker: it sweeps the configured demo
 * store as of the payload's instant, records the run, and is scheduled every night.
 */

const engine = demoEngines.find((e) => e.name === 'postgres')!;
const store = jobTestStores.find((s) => s.name === 'pglite')!;
const tuning = { maintenanceIntervalSeconds: 1, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };

describe.skipIf(!engine.available)('the retention.sweep job', () => {
  let dir: string;
  let demo: DemoDatabase;
  let configFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grondslag-retention-job-'));
    demo = await engine.create();
    const logs = join(dir, 'logs');
    configFile = writeDemoConfig(dir, engine, demo.url, logs);
    await seedDemo(configFile, dir, logs, 200);
  }, 300_000);
  afterAll(async () => {
    await demo?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is scheduled nightly, and sweeps the configured stores when it runs', async () => {
    expect(retentionSweep.schedule).toMatchObject({ cron: '0 3 * * *', tz: 'Europe/Amsterdam' });
    const due = `select count(*) from call_records where started_at < ${ts('postgres', '2025-07-15')}`;
    expect(await demo.count(due)).toBeGreaterThan(0);

    const s = await store.open();
    const queue = await openJobQueue({ db: s.db, url: s.url, kinds: [retentionSweep], tuning });
    const config = await loadConfig({
      path: configFile,
      env: { ...process.env, GRONDSLAG_SECRET_KEY: '7'.repeat(64) },
    });
    const worker = await startWorker({ queue, log: memoryLogger(), config, pollingIntervalSeconds: 0.5 });
    try {
      const id = (await enqueue(queue, retentionSweep, { at: '2026-07-15T00:00:00.000Z' }))!;
      await waitFor(
        'the sweep job to complete',
        async () => (await jobState(s.db, id))?.state === 'completed',
      );
      expect(await demo.count(due)).toBe(0);
      const runs = await listRuns(s.db);
      expect(runs.map((r) => [r.status, r.actor, r.asOf.toISOString()])).toEqual([
        ['completed', 'system:retention', '2026-07-15T00:00:00.000Z'],
      ]);
    } finally {
      await worker.stop();
      await queue.close();
      await s.close();
    }
  });
});
