import type { Context, Hono } from 'hono';
import { anyRole } from '../../access/roles.js';
import { type SignInOutcome, signInWithPassword, signInWithTotp, signOut } from '../../access/sign-in.js';
import { clientAddress } from '../client-address.js';
import { csrfToken } from '../csrf.js';
import type { AppEnv } from '../env.js';
import { formFields } from '../form.js';
import {
  CHANGE_PASSWORD_PATH,
  requireCsrf,
  requireRole,
  SIGN_IN_PATH,
  safeNext,
} from '../middleware/require-role.js';
import { clearSessionCookie, writeSessionCookie } from '../session-cookie.js';
import { signInPage, totpStepPage } from '../views/sign-in.js';

const TOTP_PATH = '/admin/sign-in/code';
const FAILED = 'E-mail address or password is not correct.';

function throttledMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

function afterSignIn(
  c: Context<AppEnv>,
  outcome: Extract<SignInOutcome, { kind: 'signed_in' }>,
  next: string,
) {
  writeSessionCookie(c, outcome.sessionToken);
  return c.redirect(outcome.mustChangePassword ? CHANGE_PASSWORD_PATH : safeNext(next), 303);
}

/** Sign-in (password, then the authenticator code when turned on) and sign-out. */
export function signInRoutes(app: Hono<AppEnv>): void {
  app.get(SIGN_IN_PATH, async (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.var.principal?.kind === 'session') return c.redirect(next, 303);
    return c.html(signInPage({ csrf: await csrfToken(c), next }).value);
  });

  app.post(SIGN_IN_PATH, requireCsrf(), async (c) => {
    const { db, clock } = c.var.deps;
    const form = await formFields(c);
    const email = (form.email ?? '').trim().slice(0, 254);
    const next = safeNext(form.next);
    const outcome = await signInWithPassword(db, {
      email,
      password: (form.password ?? '').slice(0, 1024),
      address: clientAddress(c),
      now: clock(),
    });
    switch (outcome.kind) {
      case 'signed_in':
        return afterSignIn(c, outcome, next);
      case 'totp_required':
        writeSessionCookie(c, outcome.sessionToken);
        return c.redirect(`${TOTP_PATH}?next=${encodeURIComponent(next)}`, 303);
      case 'throttled':
        c.header('Retry-After', String(outcome.retryAfterSeconds));
        return c.html(
          signInPage({
            csrf: await csrfToken(c),
            next,
            email,
            error: throttledMessage(outcome.retryAfterSeconds),
          }).value,
          429,
        );
      case 'failed':
        return c.html(signInPage({ csrf: await csrfToken(c), next, email, error: FAILED }).value, 401);
    }
  });

  app.get(TOTP_PATH, async (c) => {
    if (!c.var.pendingSession) return c.redirect(SIGN_IN_PATH, 303);
    return c.html(totpStepPage({ csrf: await csrfToken(c), next: safeNext(c.req.query('next')) }).value);
  });

  app.post(TOTP_PATH, requireCsrf(), async (c) => {
    const pending = c.var.pendingSession;
    if (!pending) return c.redirect(SIGN_IN_PATH, 303);
    const { db, clock } = c.var.deps;
    const form = await formFields(c);
    const next = safeNext(form.next);
    const outcome = await signInWithTotp(db, pending, {
      code: (form.code ?? '').slice(0, 20),
      address: clientAddress(c),
      now: clock(),
    });
    switch (outcome.kind) {
      case 'signed_in':
        return afterSignIn(c, outcome, next);
      case 'throttled':
        clearSessionCookie(c);
        c.header('Retry-After', String(outcome.retryAfterSeconds));
        c.set('pendingSession', undefined);
        return c.html(
          signInPage({ csrf: await csrfToken(c), next, error: throttledMessage(outcome.retryAfterSeconds) })
            .value,
          429,
        );
      default:
        return c.html(
          totpStepPage({
            csrf: await csrfToken(c),
            next,
            error: 'That code is not valid. Try the current one.',
          }).value,
          401,
        );
    }
  });

  app.post('/admin/sign-out', requireRole(anyRole, { beforePasswordChange: true }), async (c) => {
    const p = c.var.principal;
    if (p?.kind === 'session') await signOut(c.var.deps.db, p.session, c.var.deps.clock());
    clearSessionCookie(c);
    return c.redirect(SIGN_IN_PATH, 303);
  });
}
