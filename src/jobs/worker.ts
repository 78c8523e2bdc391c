import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import { GrondslagError, isGrondslagError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Queryable } from '../store/db.js';
import { transactionBossDb } from './boss.js';
import type { AnyJobKind, JobContext } from './kind.js';
import { invalidPayload, type JobQueue } from './queue.js';
import { recordJobRun } from './runs.js';

/**
 * The worker: for every job kind on the queue, `concurrency` loops that each fetch one job, run it and
 * record the outcome. pg-boss provides the queue (SKIP LOCKED fetching, retries with backoff, expiry
 * of crashed attempts, cron); the loop is ours so that completion can share a transaction with the
 * job's effect and so that stopping waits for exactly the jobs that are running.
 */

export interface WorkerDeps {
  queue: JobQueue;
  log: Logger;
  /** Jobs of one kind that may run at once in this process (default 1). */
  concurrency?: number;
  /** How long an idle loop waits before asking for work again (default 2 s, pg-boss's minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Stop gracefully on these signals (the CLI passes SIGTERM and SIGINT; embedders stop it themselves). */
  stopOnSignals?: readonly NodeJS.Signals[];
  /** Identifies this process in logs and run records (default `host:pid`). */
  workerId?: string;
  /** Handed to every job as `ctx.config` (jobs that mail or poll a mailbox need it). */
  config?: Config;
}

export interface RunningWorker {
  readonly id: string;
  /** Stops fetching and resolves once the jobs that are running have finished. */
  stop(): Promise<void>;
  /** Resolves when the worker has stopped, whoever stopped it. */
  readonly stopped: Promise<void>;
}

/** Thrown inside the completion transaction when this attempt no longer owns its job. */
class JobSuperseded extends GrondslagError {
  constructor(jobId: string, why: string) {
    super('JOB_SUPERSEDED', `job ${jobId} ${why}; this attempt's result was discarded`, { kind: 'conflict' });
  }
}

/**
 * Subscribes to every kind on the queue, registers their cron schedules, and runs jobs until stopped.
 *
 * @example
 *   const worker = await startWorker({ queue, log, concurrency: 2, stopOnSignals: ['SIGTERM', 'SIGINT'] });
 *   await worker.stopped;
 */
export async function startWorker(deps: WorkerDeps): Promise<RunningWorker> {
  const { queue, log } = deps;
  const { boss } = queue;
  const concurrency = deps.concurrency ?? 1;
  const pollMs = Math.max(0.5, deps.pollingIntervalSeconds ?? 2) * 1000;
  const workerId = deps.workerId ?? `${hostname()}:${process.pid}`;

  for (const kind of queue.kinds) {
    // The schedule table follows the code: a kind that lost its schedule must stop being enqueued.
    if (kind.schedule) {
      await boss.schedule(kind.name, kind.schedule.cron, kind.schedule.payload as object, {
        tz: kind.schedule.tz ?? 'UTC',
      });
    } else {
      await boss.unschedule(kind.name);
    }
  }

  let stopping = false;
  const idle = new Map<string, Set<() => void>>();
  const sleep = (kind: string, ms: number) =>
    new Promise<void>((resolve) => {
      const waiters = idle.get(kind) ?? new Set();
      idle.set(kind, waiters);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });
  const wakeKind = (kind: string) => {
    for (const w of [...(idle.get(kind) ?? [])]) w();
  };
  const wakeAll = () => {
    for (const kind of idle.keys()) wakeKind(kind);
  };
  queue.wake.add(wakeKind);

  const loop = async (kind: AnyJobKind) => {
    while (!stopping) {
      let job: PgBoss.JobWithMetadata<unknown> | undefined;
      try {
        [job] = await boss.fetch<unknown>(kind.name, { includeMetadata: true, batchSize: 1 });
      } catch (e) {
        log.error('could not fetch jobs', { kind: kind.name, error: toError(e) });
      }
      if (job) await runJob(kind, job, { queue, log, workerId, config: deps.config });
      else await sleep(kind.name, pollMs);
    }
  };
  const loops = queue.kinds.flatMap((kind) => Array.from({ length: concurrency }, () => loop(kind)));
  log.info('worker started', { worker: workerId, kinds: queue.kinds.map((k) => k.name), concurrency });

  const signals = deps.stopOnSignals ?? [];
  const onSignal = (signal: NodeJS.Signals) => {
    log.info('worker stopping; letting running jobs finish', { worker: workerId, signal });
    void stop();
  };
  for (const s of signals) process.on(s, onSignal);

  const stopped = Promise.all(loops).then(() => {
    queue.wake.delete(wakeKind);
    for (const s of signals) process.off(s, onSignal);
    log.info('worker stopped', { worker: workerId });
  });
  const stop = async () => {
    stopping = true;
    wakeAll();
    await stopped;
  };
  return { id: workerId, stop, stopped };
}

/** Runs one fetched job to completion or failure; never throws, so one bad job cannot stop a loop. */
async function runJob(
  kind: AnyJobKind,
  job: PgBoss.JobWithMetadata<unknown>,
  env: { queue: JobQueue; log: Logger; workerId: string; config?: Config | undefined },
): Promise<void> {
  const { boss, db } = env.queue;
  const attempt = job.retryCount + 1;
  const log = env.log.child({ kind: kind.name, jobId: job.id, attempt });
  const started = Date.now();
  // pg-boss returns the expiry as a numeric string on both drivers.
  const expireMs = Number(job.expireInSeconds) * 1000;
  const expiry = new AbortController();
  const timer = setTimeout(
    () => expiry.abort(new GrondslagError('JOB_EXPIRED', `job ran longer than ${job.expireInSeconds}s`)),
    expireMs,
  );
  log.info('job started');

  let completeCalled = false;
  let completed = false;
  const complete = async <T>(fn?: (tx: Queryable) => Promise<T>): Promise<T | undefined> => {
    const result = await db.transaction(async (tx) => {
      const txBoss = { db: transactionBossDb(tx) };
      // pg-boss's complete() resolves { affected }, though its types say void.
      const done = (await boss.complete(
        kind.name,
        job.id,
        { worker: env.workerId, attempt },
        txBoss,
      )) as unknown as { affected: number };
      if (done.affected !== 1) throw new JobSuperseded(job.id, 'is no longer active (expired or cancelled)');
      // The UPDATE above locks the row until commit. A retry count other than ours means this attempt
      // expired and another one took the job over: that one's result is the one that counts.
      const now = await boss.getJobById(kind.name, job.id, { ...txBoss, includeArchive: false });
      if (now?.retryCount !== job.retryCount) throw new JobSuperseded(job.id, 'was taken over by a retry');
      const recorded = await recordJobRun(tx, {
        jobId: job.id,
        kind: kind.name,
        attempt,
        worker: env.workerId,
        startedAt: job.startedOn,
      });
      if (!recorded) throw new JobSuperseded(job.id, 'was already completed');
      return fn ? await fn(tx) : undefined;
    });
    completed = true;
    return result;
  };

  try {
    const parsed = kind.payload.safeParse(job.data);
    if (!parsed.success) throw invalidPayload(kind.name, parsed.error.issues);
    const ctx: JobContext = {
      jobId: job.id,
      kind: kind.name,
      attempt,
      workerId: env.workerId,
      db,
      log,
      ...(env.config ? { config: env.config } : {}),
      signal: expiry.signal,
      complete: <T>(fn: (tx: Queryable) => Promise<T>) => {
        if (completeCalled)
          throw new GrondslagError('JOB_COMPLETED_TWICE', 'ctx.complete may be called once');
        completeCalled = true;
        return complete(fn) as Promise<T>;
      },
    };
    await untilAborted(kind.run(parsed.data, ctx), expiry.signal);
    // A handler that caught a failed ctx.complete must not end up completed without its effect.
    if (completeCalled && !completed) {
      throw new GrondslagError('JOB_COMPLETION_FAILED', 'ctx.complete failed; the job is not complete');
    }
    if (!completed) await complete();
    log.info('job finished', { ms: Date.now() - started });
  } catch (e) {
    const error = toError(e);
    const code = isGrondslagError(error) ? error.code : undefined;
    if (error instanceof JobSuperseded) {
      log.warn('job result discarded', { error });
      return;
    }
    const willRetry = attempt <= job.retryLimit;
    log.error('job failed', { ms: Date.now() - started, willRetry, error });
    await failIfStillOurs(boss, kind.name, job, { message: error.message, code, worker: env.workerId }).catch(
      (failError: unknown) => log.error('could not record the failure', { error: toError(failError) }),
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fails the attempt so pg-boss retries it per policy, unless another attempt owns the job by now
 * (failing that one would throw away healthy work).
 */
async function failIfStillOurs(
  boss: PgBoss,
  name: string,
  job: PgBoss.JobWithMetadata<unknown>,
  output: Record<string, unknown>,
): Promise<void> {
  const now = await boss.getJobById(name, job.id, { includeArchive: false });
  if (now?.state !== 'active' || now.retryCount !== job.retryCount) return;
  await boss.fail(name, job.id, output);
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
