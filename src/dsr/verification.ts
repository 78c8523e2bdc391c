import { randomInt } from 'node:crypto';
import { randomToken, safeEqual, sha256Hex } from '../access/secrets.js';
import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import type { DsrDeps } from './deps.js';
import { codeLetter } from './letters.js';
import {
  approve,
  type DsrRequest,
  isOpen,
  startsOnVerification,
  startVerification,
  type Transition,
  verify,
} from './request.js';
import { addMessage, insertEvent, loadIdentity, loadRequest, saveTransitions } from './store.js';

/**
 * Default identity check (Art. 12(6) read with the AP's guidance): a one-time code mailed to the
 * address the request names. Codes are 6 digits, stored only as a keyed hash, valid for 30 minutes
 * and for 5 tries; a new code supersedes the old one.
 *
 * The person holds a status link (`/request/status/<token>`, a random bearer token stored as its
 * SHA-256). Entering the code on it proves control of the mailbox: it opens the status page for that
 * link and — when the request still waits for verification and no operator doubts the identity —
 * verifies the request itself.
 */

export const CODE_TTL_MINUTES = 30;
export const CODE_MAX_ATTEMPTS = 5;
/** A status link lives as long as the longest possible request, plus time to read the answer. */
export const STATUS_LINK_TTL_MS = 120 * 24 * 3600 * 1000;
export const ID_COPY_LINK_TTL_DAYS = 14;

export function portalPath(purpose: 'verify' | 'status' | 'id_copy', token: string): string {
  const prefix =
    purpose === 'id_copy' ? '/request/id' : purpose === 'verify' ? '/request/verify' : '/request/status';
  return `${prefix}/${encodeURIComponent(token)}`;
}

function codeHash(deps: Pick<DsrDeps, 'sealer'>, attemptId: string, code: string): string {
  // Keyed and bound to the attempt: a copy of the table is no list of codes to try elsewhere.
  return deps.sealer.lookup(`dsr:code:${attemptId}`, code);
}

/** Six digits, uniformly random, leading zeros kept. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Creates a code attempt (superseding earlier open ones). Returns the code to mail; only its hash is kept. */
export async function issueCode(
  tx: Queryable,
  deps: Pick<DsrDeps, 'sealer'>,
  requestId: string,
  now: Date,
): Promise<{ attemptId: string; code: string; expiresAt: Date }> {
  await tx.query(
    `update grondslag.dsr_verification set outcome = 'superseded', settled_at = $2
      where request_id = $1 and outcome is null`,
    [requestId, now],
  );
  const attemptId = `ver_${randomToken(12)}`;
  const code = newCode();
  const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
  await tx.query(
    `insert into grondslag.dsr_verification
       (id, request_id, method, code_hash, created_at, expires_at, max_attempts)
     values ($1, $2, 'email_code', $3, $4, $5, $6)`,
    [attemptId, requestId, codeHash(deps, attemptId, code), now, expiresAt, CODE_MAX_ATTEMPTS],
  );
  return { attemptId, code, expiresAt };
}

export function requireMailer(deps: DsrDeps) {
  if (!deps.mailer) {
    throw new GrondslagError(
      'DSR_MAIL_NOT_CONFIGURED',
      'mail is not configured (mail.smtp in grondslag.config.yaml); the person cannot be written to',
      { kind: 'conflict' },
    );
  }
  return deps.mailer;
}

export interface CodeSent {
  /** The status link token (new, or the one passed in). Show once; it is the person's key. */
  statusToken: string;
  attemptId: string;
  request: DsrRequest;
}

/**
 * Sends a fresh code for a request to its e-mail address and ties it to a status link. Records the
 * `verification_sent` step when the request waits for verification; for a request verified before
 * (a grouped duplicate), the code only opens the new link.
 *
 * @example
 *   const { statusToken } = await sendVerificationCode(deps, request.id);
 *   // redirect the person to portalPath('verify', statusToken)
 */
export async function sendVerificationCode(
  deps: DsrDeps,
  requestId: string,
  options: { statusToken?: string } = {},
): Promise<CodeSent> {
  const mailer = requireMailer(deps);
  const now = deps.clock();
  const statusToken = options.statusToken ?? randomToken();
  const result = await deps.db.transaction(async (tx) => {
    const request = await loadRequest(tx, deps.sealer, requestId, { forUpdate: true });
    if (!isOpen(request.status)) {
      throw new GrondslagError('DSR_CLOSED', `request ${request.reference} is ${request.status}`, {
        kind: 'conflict',
      });
    }
    const identity = await loadIdentity(tx, deps.sealer, request.id);
    const { attemptId, code } = await issueCode(tx, deps, request.id, now);
    const tokenHash = sha256Hex(statusToken);
    await tx.query(
      `insert into grondslag.dsr_portal_token (token_hash, request_id, purpose, verification_id, created_at, expires_at)
       values ($1, $2, 'status', $3, $4, $5)
       on conflict (token_hash) do update set verification_id = excluded.verification_id`,
      [tokenHash, request.id, attemptId, now, new Date(now.getTime() + STATUS_LINK_TTL_MS)],
    );
    const letter = codeLetter(request.language, {
      sender: deps.sender,
      reference: request.reference,
      code,
      verifyUrl: `${deps.publicUrl}${portalPath('verify', statusToken)}`,
      validMinutes: CODE_TTL_MINUTES,
    });
    // Evidence that a code went out, without the code (the mail itself holds it).
    await addMessage(tx, deps.sealer, {
      requestId: request.id,
      direction: 'out',
      channel: 'email',
      purpose: 'code',
      subject: letter.subject,
      body: letter.text.replace(code, '••••••'),
      at: now,
    });
    // Sent inside the transaction: if the server refuses it, no attempt is recorded as sent.
    await mailer.send({ to: identity.email, subject: letter.subject, text: letter.text });
    const pending =
      (request.status === 'received' || request.status === 'awaiting_verification') && !request.doubt;
    if (pending) {
      const t = startVerification(request, { method: 'email_code', attemptId }, now);
      const saved = await saveTransitions(tx, deps.sealer, request, [t], { now: deps.clock });
      return { attemptId, request: saved };
    }
    await insertEvent(tx, request.id, {
      kind: 'verification_sent',
      at: now,
      actor: 'system',
      data: { method: 'email_code', purpose: 'status_link' },
    });
    return { attemptId, request };
  });
  return { statusToken, ...result };
}

export interface StatusLink {
  requestId: string;
  verificationId: string | null;
  verifiedAt: Date | null;
  expiresAt: Date;
}

/** The link a status token opens (undefined for unknown or expired tokens). */
export async function resolveStatusLink(
  q: Queryable,
  token: string,
  now: Date,
): Promise<StatusLink | undefined> {
  const { rows } = await q.query<{
    request_id: string;
    verification_id: string | null;
    verified_at: Date | null;
    expires_at: Date;
  }>(
    `select request_id, verification_id, verified_at, expires_at from grondslag.dsr_portal_token
      where token_hash = $1 and purpose = 'status' and expires_at > $2`,
    [sha256Hex(token), now],
  );
  const r = rows[0];
  return r
    ? {
        requestId: r.request_id,
        verificationId: r.verification_id,
        verifiedAt: r.verified_at,
        expiresAt: r.expires_at,
      }
    : undefined;
}

export type CodeOutcome =
  | { ok: true; request: DsrRequest }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'expired' | 'exhausted' | 'unknown' };

/**
 * Checks a code entered on a status link. Wrong codes count against the attempt; the fifth wrong one
 * (or an expired code) ends it and the person asks for a new one.
 *
 * @example
 *   const r = await checkCode(deps, token, '123456');
 *   if (r.ok) redirect(portalPath('status', token));
 */
export async function checkCode(deps: DsrDeps, token: string, code: string): Promise<CodeOutcome> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<CodeOutcome> => {
    const link = await resolveStatusLink(tx, token, now);
    if (!link?.verificationId) return { ok: false, reason: 'unknown' };
    const { rows } = await tx.query<{
      id: string;
      code_hash: string;
      expires_at: Date;
      attempts: number;
      max_attempts: number;
      outcome: string | null;
    }>('select * from grondslag.dsr_verification where id = $1 for update', [link.verificationId]);
    const attempt = rows[0];
    if (!attempt) return { ok: false, reason: 'unknown' };
    if (attempt.outcome === 'exhausted') return { ok: false, reason: 'exhausted' };
    if (attempt.outcome !== null && attempt.outcome !== 'verified') return { ok: false, reason: 'expired' };
    if (attempt.expires_at.getTime() <= now.getTime()) {
      await tx.query(
        `update grondslag.dsr_verification set outcome = 'expired', settled_at = $2 where id = $1`,
        [attempt.id, now],
      );
      return { ok: false, reason: 'expired' };
    }
    if (attempt.outcome === 'verified') {
      // The same code again on the same link (a reload): already done.
      return { ok: true, request: await loadRequest(tx, deps.sealer, link.requestId) };
    }
    const attempts = attempt.attempts + 1;
    const right = safeEqual(codeHash(deps, attempt.id, code.replace(/\s/g, '')), attempt.code_hash);
    if (!right) {
      const exhausted = attempts >= attempt.max_attempts;
      await tx.query(
        `update grondslag.dsr_verification set attempts = $2, outcome = $3, settled_at = $4 where id = $1`,
        [attempt.id, attempts, exhausted ? 'exhausted' : null, exhausted ? now : null],
      );
      await insertEvent(tx, link.requestId, {
        kind: 'verification_failed',
        at: now,
        actor: 'person',
        data: { attempt: attempts, exhausted },
      });
      return exhausted
        ? { ok: false, reason: 'exhausted' }
        : { ok: false, reason: 'wrong', attemptsLeft: attempt.max_attempts - attempts };
    }
    await tx.query(
      `update grondslag.dsr_verification set attempts = $2, outcome = 'verified', settled_at = $3 where id = $1`,
      [attempt.id, attempts, now],
    );
    await tx.query(`update grondslag.dsr_portal_token set verified_at = $2 where token_hash = $1`, [
      sha256Hex(token),
      now,
    ]);
    const request = await loadRequest(tx, deps.sealer, link.requestId, { forUpdate: true });
    const waiting = request.status === 'received' || request.status === 'awaiting_verification';
    if (!waiting || request.doubt) return { ok: true, request };
    const transitions: Transition[] = [verify(request, { method: 'email_code' }, now)];
    const verified = transitions[0]!.request;
    // Objection to direct marketing and consent withdrawal take effect at once (Art. 21(3), 7(3)).
    if (startsOnVerification(verified)) transitions.push(approve(verified, { by: 'system' }, now));
    const saved = await saveTransitions(tx, deps.sealer, request, transitions, { now: deps.clock });
    return { ok: true, request: saved };
  });
}
