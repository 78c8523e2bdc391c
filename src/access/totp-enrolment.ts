import { GrondslagError } from '../errors.js';
import type { Db } from '../store/db.js';
import { type ActionContext, recordAudit } from './context.js';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';
import { getUser } from './users.js';

/**
 * Two-step sign-in is optional per person. Enrolment has two steps so that nobody locks themselves
 * out: a secret is stored but inactive, and becomes active only when the person types a code their
 * authenticator app produced from it.
 */

export interface TotpEnrolment {
  secret: string;
  uri: string;
}

/** Starts (or restarts) enrolment with a fresh secret. */
export async function startTotpEnrolment(db: Db, userId: string, ctx: ActionContext): Promise<TotpEnrolment> {
  return db.transaction(async (q) => {
    const user = await getUser(q, userId, { forUpdate: true });
    if (user.totpEnabled) {
      throw new GrondslagError('TOTP_ALREADY_ENABLED', 'two-step sign-in is already on', {
        kind: 'conflict',
      });
    }
    const secret = newTotpSecret();
    await q.query('update grondslag.app_user set totp_secret = $2, updated_at = $3 where id = $1', [
      userId,
      secret,
      ctx.now,
    ]);
    return { secret, uri: totpUri(secret, user.email) };
  });
}

/** The enrolment in progress, if any (to show the secret again after a reload). */
export async function pendingTotpEnrolment(db: Db, userId: string): Promise<TotpEnrolment | undefined> {
  const user = await getUser(db, userId);
  if (user.totpEnabled || !user.totpSecret) return undefined;
  return { secret: user.totpSecret, uri: totpUri(user.totpSecret, user.email) };
}

function wrongCode(): GrondslagError {
  return new GrondslagError('TOTP_WRONG_CODE', 'that code is not valid; check the time on your device', {
    details: [{ path: 'code', message: 'not valid' }],
  });
}

/** Turns two-step sign-in on once `code` proves the authenticator app has the secret. */
export async function confirmTotpEnrolment(
  db: Db,
  userId: string,
  code: string,
  ctx: ActionContext,
): Promise<void> {
  await db.transaction(async (q) => {
    const user = await getUser(q, userId, { forUpdate: true });
    if (user.totpEnabled) {
      throw new GrondslagError('TOTP_ALREADY_ENABLED', 'two-step sign-in is already on', {
        kind: 'conflict',
      });
    }
    if (!user.totpSecret) {
      throw new GrondslagError('TOTP_NOT_STARTED', 'start the set-up first', { kind: 'conflict' });
    }
    const step = verifyTotp(user.totpSecret, code, ctx.now);
    if (step === null) throw wrongCode();
    await q.query(
      `update grondslag.app_user set totp_enabled = true, totp_last_step = $2, updated_at = $3 where id = $1`,
      [userId, step, ctx.now],
    );
    await recordAudit(q, ctx, {
      action: 'user.totp_enabled',
      subjectType: 'user',
      subjectId: userId,
      data: {},
    });
  });
}

/** Turns two-step sign-in off; a current code is required, so a stolen session alone cannot do it. */
export async function disableTotp(db: Db, userId: string, code: string, ctx: ActionContext): Promise<void> {
  await db.transaction(async (q) => {
    const user = await getUser(q, userId, { forUpdate: true });
    if (!user.totpEnabled || !user.totpSecret) {
      throw new GrondslagError('TOTP_NOT_ENABLED', 'two-step sign-in is not on', { kind: 'conflict' });
    }
    if (verifyTotp(user.totpSecret, code, ctx.now, user.totpLastStep) === null) throw wrongCode();
    await q.query(
      `update grondslag.app_user set totp_enabled = false, totp_secret = null, totp_last_step = null,
       updated_at = $2 where id = $1`,
      [userId, ctx.now],
    );
    await recordAudit(q, ctx, {
      action: 'user.totp_disabled',
      subjectType: 'user',
      subjectId: userId,
      data: {},
    });
  });
}
