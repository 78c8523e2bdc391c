import type { AuditEntryInput, AuditRecord } from '../audit/entry.js';
import { appendAudit } from '../audit/log.js';
import type { Queryable } from '../store/db.js';

/**
 * Who is acting and when, for every change in src/access: the actor goes into the audit log, the
 * time comes from the caller's clock so that tests can move time.
 *
 * Actors are ids, not names: `user:<uuid>`, `token:<uuid>`, `cli`, `system`, `anonymous`. The audit
 * log is append-only and kept for years; an e-mail address in it could never be corrected or erased,
 * while the id resolves to the address through the users table for as long as the account exists.
 */
export interface ActionContext {
  actor: string;
  now: Date;
}

/** The actor id of a user. */
export function userActor(userId: string): string {
  return `user:${userId}`;
}

/** The actor id of an API token. */
export function tokenActor(tokenId: string): string {
  return `token:${tokenId}`;
}

/**
 * Appends the audit entry of a change made in `ctx`, inside the change's transaction `q`, stamped
 * with the context's clock.
 *
 * @example
 *   await db.transaction(async (q) => { …change…; await recordAudit(q, ctx, { action: 'user.disabled',
 *     subjectType: 'user', subjectId: id }); });
 */
export function recordAudit(
  q: Queryable,
  ctx: ActionContext,
  entry: Omit<AuditEntryInput, 'actor'> & { actor?: string },
): Promise<AuditRecord> {
  return appendAudit(q, { actor: ctx.actor, ...entry }, { now: () => ctx.now });
}
