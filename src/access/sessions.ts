import type { Queryable } from '../store/db.js';
import type { Role } from './roles.js';
import { randomToken, sha256Hex } from './secrets.js';

/**
 * Browser sessions. The cookie carries a random token; the database keeps its SHA-256. A session
 * ends at the absolute expiry, after an idle period, at sign-out, or when the user is disabled.
 */

export const sessionLimits = {
  /** Absolute lifetime of a signed-in session. */
  absoluteMs: 12 * 60 * 60 * 1000,
  /** A session not used for this long has ended (the console holds personal data). */
  idleMs: 30 * 60 * 1000,
  /** Time to type the authenticator code after the password. */
  totpStepMs: 5 * 60 * 1000,
};

export type SessionStage = 'totp' | 'active';

export interface SessionPrincipal {
  tokenHash: string;
  stage: SessionStage;
  userId: string;
  email: string;
  role: Role;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  expiresAt: Date;
}

/**
 * Starts a session and returns the token for the cookie (shown nowhere else).
 *
 * @example
 *   const token = await createSession(tx, user.id, 'active', clock());
 */
export async function createSession(
  q: Queryable,
  userId: string,
  stage: SessionStage,
  now: Date,
): Promise<string> {
  const token = randomToken();
  const lifetime = stage === 'totp' ? sessionLimits.totpStepMs : sessionLimits.absoluteMs;
  // Ended sessions are swept here rather than by a job: sign-ins are rare and this keeps the table small.
  await q.query('delete from grondslag.user_session where expires_at <= $1 or last_seen_at <= $2', [
    now,
    new Date(now.getTime() - sessionLimits.idleMs),
  ]);
  await q.query(
    `insert into grondslag.user_session (token_hash, user_id, stage, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $4, $4, $5)`,
    [sha256Hex(token), userId, stage, now, new Date(now.getTime() + lifetime)],
  );
  return token;
}

interface SessionRow {
  token_hash: string;
  stage: SessionStage;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  role: Role;
  must_change_password: boolean;
  totp_enabled: boolean;
}

/**
 * The session a cookie token belongs to, if it is still valid; a valid use counts as activity for the
 * idle timeout. The role is read from the user on every request, so a role change applies at once.
 */
export async function resolveSession(
  q: Queryable,
  token: string,
  now: Date,
): Promise<SessionPrincipal | undefined> {
  if (token.length === 0 || token.length > 100) return undefined;
  const hash = sha256Hex(token);
  const { rows } = await q.query<SessionRow>(
    `select s.token_hash, s.stage, s.last_seen_at, s.expires_at, u.id as user_id, u.email, u.role,
            u.must_change_password, u.totp_enabled
       from grondslag.user_session s join grondslag.app_user u on u.id = s.user_id
      where s.token_hash = $1 and not u.disabled`,
    [hash],
  );
  const r = rows[0];
  if (!r) return undefined;
  const idleLimit = r.stage === 'totp' ? sessionLimits.totpStepMs : sessionLimits.idleMs;
  if (r.expires_at <= now || now.getTime() - r.last_seen_at.getTime() >= idleLimit) {
    await q.query('delete from grondslag.user_session where token_hash = $1', [hash]);
    return undefined;
  }
  await q.query('update grondslag.user_session set last_seen_at = $2 where token_hash = $1', [hash, now]);
  return {
    tokenHash: hash,
    stage: r.stage,
    userId: r.user_id,
    email: r.email,
    role: r.role,
    mustChangePassword: r.must_change_password,
    totpEnabled: r.totp_enabled,
    expiresAt: r.expires_at,
  };
}

/** Ends a session (sign-out, or the pending half of a two-step sign-in). */
export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('delete from grondslag.user_session where token_hash = $1', [tokenHash]);
}
