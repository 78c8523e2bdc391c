import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealerFor } from '../src/crypto/master-key.js';
import { loadExecution } from '../src/dsr/execution-store.js';
import { dsrExecute } from '../src/jobs/kinds/dsr-execute.js';
import { enqueue, openJobQueue } from '../src/jobs/queue.js';
import { startWorker } from '../src/jobs/worker.js';
import { memoryLogger } from '../src/log.js';
import { demoPolicyPath } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import type { Db } from '../src/store/db.js';
import { type DemoPerson, pickPerson } from './helpers/demo-people.js';
import { type DemoStore, demoConfig, freshDemoStore } from './helpers/demo-store.js';
import { approvedRequest } from './helpers/dsr-requests.js';
import { jobState, waitFor } from './helpers/jobs.js';
import { freshPglite, postgresAvailable } from './helpers/store.js';

/** The worker carries out approved requests: named on the queue, and on its own every minute. */

const NOW = new Date('2026-06-15T00:00:00Z');
const tuning = { maintenanceIntervalSeconds: 1, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };

describe.skipIf(!postgresAvailable)('the dsr.execute job', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-dsr-job-'));
  let demo: DemoStore;
  let person: DemoPerson;
  let db: Db;

  beforeAll(async () => {
    demo = await freshDemoStore('postgres', { customers: 60, now: NOW });
    person = await pickPerson(demo, NOW);
    db = await freshPglite();
  }, 300_000);

  afterAll(async () => {
    await db?.close();
    await demo?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('executes a request named on the queue, and every approved request without being asked', async () => {
    const config = demoConfig(demo, dir);
    const sealer = sealerFor(config, {});
    const policy = (await loadPolicyFile(demoPolicyPath)).policy;
    const named = await approvedRequest(db, sealer, policy, {
      details: { type: 'access' },
      identity: { email: person.email },
    });

    const queue = await openJobQueue({ db, kinds: [dsrExecute], tuning });
    const worker = await startWorker({ queue, log: memoryLogger(), config, pollingIntervalSeconds: 0.5 });
    try {
      const job = (await enqueue(queue, dsrExecute, { requestId: named.id }))!;
      await waitFor(
        'the named request to be executed',
        async () => (await jobState(db, job))?.state === 'completed',
      );
      expect((await loadExecution(db, named.id))?.status).toBe('done');

      // Approval alone: the scheduled run (every minute) finds it.
      const approved = await approvedRequest(db, sealer, policy, {
        details: { type: 'restriction' },
        identity: { email: person.email },
      });
      const exec = await waitFor(
        'the scheduled run to execute the approved request',
        async () => {
          const e = await loadExecution(db, approved.id);
          return e?.status === 'done' ? e : undefined;
        },
        150_000,
      );
      expect(exec.outcome?.restriction).toMatchObject({ scope: 'processing', article: 'GDPR Art. 18(1)' });
    } finally {
      await worker.stop();
      await queue.close();
    }
  }, 300_000);
});
