import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approvedRequest } from '../../test/helpers/dsr-requests.js';
import { storePerTest, testStores } from '../../test/helpers/store.js';
import { createSealer } from '../crypto/sealed.js';
import { demoPolicyPath } from '../paths.js';
import { loadPolicyFile } from '../policy/load.js';
import type { Db } from '../store/db.js';
import {
  claimExecution,
  createExecution,
  finishExecution,
  loadExecution,
  loadSteps,
  renewLease,
  saveBatchesDone,
} from './execution-store.js';
import type { ExecutionPlan } from './plan.js';

/**
 * The finish checks its lease in its own statement (finishExecution with an owner), not by renewing
 * it first: a process whose lease was taken over must still finish nothing, and must not hold up the
 * process that holds it now.
 */

const NOW = new Date('2026-06-15T00:00:00Z');
const LEASE_MS = 60_000;

/** An erasure execution of one step, held by `owner`, acting on its second (last) batch. */
async function actingExecution(db: Db, owner: string): Promise<ExecutionPlan> {
  const sealer = createSealer(randomBytes(32));
  const { policy } = await loadPolicyFile(demoPolicyPath);
  const request = await approvedRequest(db, sealer, policy, {
    details: { type: 'erasure' },
    identity: { email: 'jan@example.nl' },
    now: NOW,
  });
  const plan = {
    requestId: request.id,
    kind: 'erasure',
    steps: [{ step: 0, system: 'crm', collection: 'customers', actOrder: 0 }],
  } as unknown as ExecutionPlan;
  await db.transaction((tx) => createExecution(tx, plan, owner, NOW, LEASE_MS, { status: 'acting' }));
  await db.query(
    `update grondslag.dsr_execution_step set status = 'acting', batches = 2, next_batch = 1 where request_id = $1`,
    [request.id],
  );
  return plan;
}

/** An execution acting for host:1:a whose lease host:2:b has since taken over. */
async function takenOverExecution(db: Db): Promise<ExecutionPlan> {
  const plan = await actingExecution(db, 'host:1:a');
  await db.query(`update grondslag.dsr_execution set lease_owner = 'host:2:b' where request_id = $1`, [
    plan.requestId,
  ]);
  return plan;
}

const lastBatch = [{ step: 0, fromBatch: 1, toBatch: 1, erased: 3, anonymised: 0, updated: 0 }];

describe.each(testStores)('finishing an execution on $name', (store) => {
  const open = storePerTest(store);

  it.skipIf(!store.available)(
    'finishes nothing for a process whose lease another took over, and everything for the holder',
    async () => {
      const db = await open();
      const plan = await takenOverExecution(db);
      const stale = db.transaction(async (tx) => {
        await saveBatchesDone(tx, plan.requestId, lastBatch, NOW);
        await finishExecution(tx, plan.requestId, { kind: 'erasure' }, NOW, plan, 'host:1:a');
      });
      await expect(stale).rejects.toMatchObject({ code: 'DSR_EXECUTION_LEASE_LOST' });
      // Rolled back with the checkpoint recorded before it.
      expect(await loadExecution(db, plan.requestId)).toMatchObject({
        status: 'acting',
        leaseOwner: 'host:2:b',
      });
      expect(await loadSteps(db, plan.requestId)).toMatchObject([
        { status: 'acting', nextBatch: 1, rowsErased: 0 },
      ]);

      const done = await db.transaction(async (tx) => {
        await saveBatchesDone(tx, plan.requestId, lastBatch, NOW);
        return finishExecution(tx, plan.requestId, { kind: 'erasure' }, NOW, plan, 'host:2:b');
      });
      expect(done).toMatchObject({ status: 'done', leaseOwner: null });
      expect(await loadSteps(db, plan.requestId)).toMatchObject([{ status: 'done', rowsErased: 3 }]);
    },
  );

  it.skipIf(!store.available)(
    'hands back an execution another process finished, done and without taking its lease',
    async () => {
      const db = await open();
      const plan = await actingExecution(db, 'host:1:a');
      await db.transaction(async (tx) => {
        await saveBatchesDone(tx, plan.requestId, lastBatch, NOW);
        await finishExecution(tx, plan.requestId, { kind: 'erasure' }, NOW, plan, 'host:1:a');
      });
      const before = await loadExecution(db, plan.requestId);
      // A second worker that read the execution as unfinished a moment earlier now claims it.
      const claimed = await claimExecution(db, plan.requestId, 'host:2:b', NOW, LEASE_MS);
      expect(claimed.status).toBe('done');
      const after = await loadExecution(db, plan.requestId);
      expect(after?.leaseOwner).not.toBe('host:2:b');
      expect(after?.attempts).toBe(before?.attempts);
    },
  );
});

// Two transactions waiting on each other's row locks: only a server with concurrent sessions has them.
describe.each(testStores.filter((s) => s.name === 'postgres'))(
  'a lost lease under contention on $name',
  (store) => {
    const open = storePerTest(store);

    it.skipIf(!store.available)(
      'lets the stale finish fail at once while the holder records progress, without a deadlock',
      async () => {
        const db = await open();
        const plan = await takenOverExecution(db);
        // The stale process locks the step row first; the holder then renews (the execution row) and
        // records the same batch (waiting for the step row); the stale process checks its lease last.
        let staleWrote!: () => void;
        const wrote = new Promise<void>((r) => {
          staleWrote = r;
        });
        let holderRenewed!: () => void;
        const renewed = new Promise<void>((r) => {
          holderRenewed = r;
        });
        const stale = db.transaction(async (tx) => {
          await saveBatchesDone(tx, plan.requestId, lastBatch, NOW);
          staleWrote();
          await renewed;
          await finishExecution(tx, plan.requestId, { kind: 'erasure' }, NOW, plan, 'host:1:a');
        });
        const holder = db.transaction(async (tx) => {
          await wrote;
          await renewLease(tx, plan.requestId, 'host:2:b', NOW, LEASE_MS);
          holderRenewed();
          await saveBatchesDone(tx, plan.requestId, lastBatch, NOW);
        });
        const [s, h] = await Promise.allSettled([stale, holder]);
        expect(s).toMatchObject({ status: 'rejected', reason: { code: 'DSR_EXECUTION_LEASE_LOST' } });
        expect(h.status).toBe('fulfilled');
        expect(await loadSteps(db, plan.requestId)).toMatchObject([
          { status: 'done', nextBatch: 2, rowsErased: 3 },
        ]);
      },
    );
  },
);
