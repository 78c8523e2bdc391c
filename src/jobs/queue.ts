import type PgBoss from 'pg-boss';
import { type ErrorDetail, GrondslagError } from '../errors.js';
import type { Db, Queryable } from '../store/db.js';
import { type BossTuning, createBoss, transactionBossDb } from './boss.js';
import type { AnyJobKind, JobKind } from './kind.js';
import { jobKinds } from './registry.js';

/**
 * The job queue: a started pg-boss with one queue per job kind, each carrying the kind's retry policy.
 * Producers (the server, CLI commands) enqueue on it; `startWorker` consumes from it.
 */
export interface JobQueue {
  readonly boss: PgBoss;
  readonly db: Db;
  readonly kinds: readonly AnyJobKind[];
  /** Wakes idle workers in this process for a kind (set by `startWorker`), so they need not poll. */
  readonly wake: Set<(kind: string) => void>;
  /** Stops pg-boss; the `db` stays open (its owner closes it). */
  close(): Promise<void>;
}

export interface OpenJobQueueOptions {
  db: Db;
  /** The PostgreSQL URL of `db`, when it is PostgreSQL. */
  url?: string;
  /** Job kinds to create queues for (default: every registered kind). */
  kinds?: readonly AnyJobKind[];
  /** Run maintenance and cron here (default true); off for short-lived processes. */
  background?: boolean;
  tuning?: BossTuning;
  /** Errors from pg-boss's background loops (default: a process warning). */
  onError?: (error: Error) => void;
}

/**
 * Starts pg-boss on the store (installing or migrating its `pgboss` schema when needed) and creates
 * or updates a queue per job kind.
 *
 * @example
 *   const queue = await openJobQueue({ db, url: config.store.url });
 *   await enqueue(queue, systemHeartbeat, {});
 *   await queue.close();
 */
export async function openJobQueue(options: OpenJobQueueOptions): Promise<JobQueue> {
  const kinds = options.kinds ?? jobKinds;
  const names = new Set<string>();
  for (const k of kinds) {
    if (names.has(k.name)) {
      throw new GrondslagError('JOB_KIND_DUPLICATE', `job kind "${k.name}" is registered twice`, {
        kind: 'internal',
      });
    }
    names.add(k.name);
  }
  const boss = createBoss(options, { background: options.background ?? true, tuning: options.tuning });
  // pg-boss is an EventEmitter: an 'error' without a listener would crash the process.
  const onError = options.onError ?? ((e: Error) => process.emitWarning(`job queue: ${e.message}`));
  boss.on('error', onError);
  await boss.start();
  try {
    for (const kind of kinds) {
      const policy = queuePolicy(kind);
      // createQueue leaves an existing queue as it is; updateQueue brings its policy in line with
      // the code, so that a changed retry policy takes effect on the next start.
      await boss.createQueue(kind.name, policy);
      await boss.updateQueue(kind.name, policy);
    }
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw e;
  }
  return {
    boss,
    db: options.db,
    kinds,
    wake: new Set(),
    async close() {
      // The error listener stays: pg-boss's pool can still report a connection that ends late.
      await boss.stop({ graceful: true, wait: true });
    },
  };
}

function queuePolicy(kind: AnyJobKind): PgBoss.Queue {
  return {
    name: kind.name,
    policy: 'standard',
    retryLimit: kind.policy.retryLimit,
    retryDelay: kind.policy.retryDelaySeconds,
    retryBackoff: kind.policy.retryBackoff,
    expireInSeconds: kind.policy.expireInSeconds,
  };
}

export interface EnqueueOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** While a job with this key is queued or running, enqueueing another one with it does nothing. */
  singletonKey?: string;
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  tx?: Queryable;
}

/**
 * Validates the payload and puts one job on the queue. The retry policy is the kind's own.
 *
 * @returns the job id, or null when `singletonKey` matched a job already waiting
 * @example
 *   await enqueue(queue, systemHeartbeat, {});
 *   await db.transaction((tx) => enqueue(queue, mailSend, mail, { tx })); // with the request it belongs to
 */
export async function enqueue<P>(
  queue: JobQueue,
  kind: JobKind<P>,
  payload: P,
  options: EnqueueOptions = {},
): Promise<string | null> {
  if (!queue.kinds.some((k) => k.name === kind.name)) {
    throw new GrondslagError('JOB_KIND_UNKNOWN', `job kind "${kind.name}" has no queue here`, {
      kind: 'internal',
    });
  }
  const parsed = kind.payload.safeParse(payload);
  if (!parsed.success) throw invalidPayload(kind.name, parsed.error.issues);
  const id = await queue.boss.send(kind.name, parsed.data as object, {
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.tx ? { db: transactionBossDb(options.tx) } : {}),
  });
  if (id !== null && !options.tx) for (const wake of queue.wake) wake(kind.name);
  return id;
}

/** The error for a payload that does not fit its kind's schema, naming each offending field. */
export function invalidPayload(
  kind: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): GrondslagError {
  const details: ErrorDetail[] = issues.map((i) => ({
    path: i.path.map(String).join('.') || '(payload)',
    message: i.message,
  }));
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return new GrondslagError('JOB_INVALID_PAYLOAD', `invalid payload for job kind "${kind}": ${summary}`, {
    details,
  });
}
