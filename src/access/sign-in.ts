import type { Db, Queryable } from '../store/db.js';
import { recordAudit, userActor } from './context.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { createSession, deleteSession, type SessionPrincipal } from './sessions.js';
import { clearAccountFailures, recordSignInFailure, throttleDelay, throttleKeys } from './throttle.js';
import { verifyTotp } from './totp.js';
import { findUserByEmail, getUser } from './users.js';

/**
 * Signing in: password first, then — when the person turned it on — a code from their authenticator
 * app. Every outcome is in the audit log; failures count towards throttling. The answer to a failed
 * attempt never says whether the account exists.
 */

export type SignInOutcome =
  /** Signed in; `sessionToken` goes into the cookie. */
  | { kind: 'signed_in'; sessionToken: string; userId: string; mustChangePassword: boolean }
  /** Password right, code needed; `sessionToken` is a short-lived session that only allows the code step. */
  | { kind: 'totp_required'; sessionToken: string }
  | { kind: 'failed' }
  | { kind: 'throttled'; retryAfterSeconds: number };

export interface SignInRequest {
  email: string;
  password: string;
  /** The client's network address, for per-address throttling (stored only as a keyed hash). */
  address: string;
  now: Date;
}

async function fail(
  q: Queryable,
  keys: Awaited<ReturnType<typeof throttleKeys>>,
  now: Date,
  userId: string | undefined,
  reason: string,
): Promise<void> {
  await recordSignInFailure(q, keys, now);
  await recordAudit(
    q,
    { actor: userId ? userActor(userId) : 'anonymous', now },
    {
      action: 'user.sign_in_failed',
      subjectType: 'user',
      subjectId: userId,
      data: { reason },
    },
  );
}

/**
 * @example
 *   const r = await signInWithPassword(db, { email, password, address: '203.0.113.9', now: clock() });
 *   if (r.kind === 'signed_in') setCookie(r.sessionToken);
 */
export async function signInWithPassword(db: Db, req: SignInRequest): Promise<SignInOutcome> {
  const keys = await throttleKeys(db, req.email, req.address, req.now);
  const delay = await throttleDelay(db, keys, req.now);
  if (delay > 0) {
    const user = await findUserByEmail(db, req.email);
    await db.transaction((q) =>
      recordAudit(
        q,
        { actor: user ? userActor(user.id) : 'anonymous', now: req.now },
        {
          action: 'user.sign_in_failed',
          subjectType: 'user',
          subjectId: user?.id,
          data: { reason: 'throttled' },
        },
      ),
    );
    return { kind: 'throttled', retryAfterSeconds: delay };
  }
  const user = await findUserByEmail(db, req.email);
  // Hash against a decoy when there is no such user, so that timing does not reveal it either.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), req.password);
  if (!user || !passwordOk || user.disabled) {
    const reason = !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'disabled';
    await db.transaction((q) => fail(q, keys, req.now, user?.id, reason));
    return { kind: 'failed' };
  }
  if (user.totpEnabled) {
    const sessionToken = await createSession(db, user.id, 'totp', req.now);
    return { kind: 'totp_required', sessionToken };
  }
  return db.transaction(async (q) => {
    await clearAccountFailures(q, keys);
    const sessionToken = await createSession(q, user.id, 'active', req.now);
    await recordAudit(
      q,
      { actor: userActor(user.id), now: req.now },
      {
        action: 'user.signed_in',
        subjectType: 'user',
        subjectId: user.id,
        data: { method: 'password' },
      },
    );
    return { kind: 'signed_in', sessionToken, userId: user.id, mustChangePassword: user.mustChangePassword };
  });
}

/**
 * The second step: `pending` is the session from `totp_required`. On success it is replaced by a new
 * session (a new token, so that the pending one cannot be replayed).
 */
export async function signInWithTotp(
  db: Db,
  pending: SessionPrincipal,
  req: { code: string; address: string; now: Date },
): Promise<SignInOutcome> {
  const keys = await throttleKeys(db, pending.email, req.address, req.now);
  const delay = await throttleDelay(db, keys, req.now);
  if (delay > 0) {
    await db.transaction(async (q) => {
      await deleteSession(q, pending.tokenHash);
      await recordAudit(
        q,
        { actor: userActor(pending.userId), now: req.now },
        {
          action: 'user.sign_in_failed',
          subjectType: 'user',
          subjectId: pending.userId,
          data: { reason: 'throttled' },
        },
      );
    });
    return { kind: 'throttled', retryAfterSeconds: delay };
  }
  return db.transaction(async (q) => {
    const user = await getUser(q, pending.userId, { forUpdate: true });
    const step =
      user.totpEnabled && user.totpSecret
        ? verifyTotp(user.totpSecret, req.code, req.now, user.totpLastStep)
        : null;
    if (step === null) {
      await fail(q, keys, req.now, user.id, 'wrong_totp');
      return { kind: 'failed' } as const;
    }
    await q.query('update grondslag.app_user set totp_last_step = $2 where id = $1', [user.id, step]);
    await deleteSession(q, pending.tokenHash);
    await clearAccountFailures(q, keys);
    const sessionToken = await createSession(q, user.id, 'active', req.now);
    await recordAudit(
      q,
      { actor: userActor(user.id), now: req.now },
      {
        action: 'user.signed_in',
        subjectType: 'user',
        subjectId: user.id,
        data: { method: 'password+totp' },
      },
    );
    return { kind: 'signed_in', sessionToken, userId: user.id, mustChangePassword: user.mustChangePassword };
  });
}

/** Sign-out: the session ends in the database, not only in the browser. */
export async function signOut(db: Db, session: SessionPrincipal, now: Date): Promise<void> {
  await db.transaction(async (q) => {
    await deleteSession(q, session.tokenHash);
    await recordAudit(
      q,
      { actor: userActor(session.userId), now },
      {
        action: 'user.signed_out',
        subjectType: 'user',
        subjectId: session.userId,
        data: {},
      },
    );
  });
}
