import type { z } from 'zod';
import type { Config } from '../config.js';
import { GrondslagError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Db, Queryable } from '../store/db.js';

/**
 * A job kind: one sort of background work (a retention sweep, a deadline check, a mail). Each kind
 * lives in its own file under src/jobs/kinds/ and declares, where a reader sees it, what its payload
 * looks like, how often it may be retried and how long one attempt may take.
 */

/** How pg-boss treats a failed or crashed attempt of this kind. */
export interface RetryPolicy {
  /** Attempts after the first one before the job counts as failed for good. */
  retryLimit: number;
  /** Seconds before a retry starts. */
  retryDelaySeconds: number;
  /** Double the delay before each further retry (pg-boss adds up to as much again as jitter). */
  retryBackoff: boolean;
  /**
   * An attempt still running after this long counts as crashed: it is failed and retried. This is
   * also how a job held by a process that died (kill -9, lost machine) is picked up again, so keep it
   * above the longest honest run but not far above it.
   */
  expireInSeconds: number;
}

/** A cron schedule on which the scheduler enqueues this kind with a fixed payload. */
export interface JobSchedule<P> {
  /** Five-field cron expression, e.g. `* * * * *` for every minute. */
  cron: string;
  /** IANA time zone the expression is read in (default UTC). */
  tz?: string;
  payload: P;
}

/** What a running job may use besides its payload. */
export interface JobContext {
  readonly jobId: string;
  readonly kind: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
  /** The process running it, `host:pid`. */
  readonly workerId: string;
  readonly db: Db;
  readonly log: Logger;
  /** The process's configuration (mail, mailboxes, systems), when the worker was given one. */
  readonly config?: Config;
  /** Aborted when the attempt has run longer than its `expireInSeconds`; it is then retried elsewhere. */
  readonly signal: AbortSignal;
  /**
   * Runs `fn` in the transaction that marks this job completed, so that its writes commit if and only
   * if the job counts as done: a crash before the commit leaves neither, and a retry does the work
   * again; an attempt that lost the job (it expired and another worker took it) commits nothing.
   * Call it at most once, at the end. Inside `fn` use only `tx`: on PGlite the outer `db` waits for
   * this transaction and would deadlock.
   */
  complete<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

export interface JobKind<P> {
  /** Queue name, `<area>.<verb>`, e.g. `retention.sweep`. */
  name: string;
  /** One line for `grondslag jobs list` and the admin dashboard. */
  summary: string;
  /** Checked before `run` and at enqueue; an invalid payload fails the job, it never reaches `run`. */
  payload: z.ZodType<P>;
  policy: RetryPolicy;
  schedule?: JobSchedule<P>;
  /**
   * Does the work. Throwing fails the attempt (and retries it per `policy`). Work that must happen
   * exactly once belongs in `ctx.complete`; anything outside it may run again after a crash.
   */
  run(payload: P, ctx: JobContext): Promise<void>;
}

/** Any job kind, whatever its payload (for lists of kinds). */
// biome-ignore lint/suspicious/noExplicitAny: a list holds kinds of different payload types; `run` stays typed per kind.
export type AnyJobKind = JobKind<any>;

const namePattern = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/**
 * Declares a job kind, checking its name and policy once at start-up rather than at the first job.
 *
 * @example
 *   export const mailSend = defineJobKind({
 *     name: 'mail.send',
 *     summary: 'send one e-mail',
 *     payload: z.object({ to: z.email(), template: z.string() }),
 *     policy: { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 60 },
 *     async run(mail, ctx) { … },
 *   });
 */
export function defineJobKind<P>(kind: JobKind<P>): JobKind<P> {
  const problems: string[] = [];
  if (!namePattern.test(kind.name)) problems.push('name must look like "area.verb" (lower case, dots)');
  const { retryLimit, retryDelaySeconds, expireInSeconds } = kind.policy;
  if (!Number.isInteger(retryLimit) || retryLimit < 0)
    problems.push('retryLimit must be a whole number >= 0');
  if (!Number.isInteger(retryDelaySeconds) || retryDelaySeconds < 0) {
    problems.push('retryDelaySeconds must be a whole number >= 0');
  }
  // pg-boss refuses expirations of 24 hours or more.
  if (!Number.isInteger(expireInSeconds) || expireInSeconds < 1 || expireInSeconds >= 24 * 3600) {
    problems.push('expireInSeconds must be a whole number from 1 to 86399');
  }
  if (kind.schedule && !kind.payload.safeParse(kind.schedule.payload).success) {
    problems.push('the schedule payload does not match the payload schema');
  }
  if (problems.length > 0) {
    throw new GrondslagError('JOB_KIND_INVALID', `job kind "${kind.name}": ${problems.join('; ')}`, {
      kind: 'internal',
    });
  }
  return kind;
}
