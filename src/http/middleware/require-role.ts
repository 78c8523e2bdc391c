import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../access/roles.js';
import { isUnsafeMethod, verifyCsrf } from '../csrf.js';
import type { AppEnv } from '../env.js';
import { errorResponse } from './errors.js';

export const SIGN_IN_PATH = '/admin/sign-in';
export const CHANGE_PASSWORD_PATH = '/admin/account/password';

function isApi(c: Context): boolean {
  return c.req.path.startsWith('/api/');
}

/** Where to return after signing in: only paths inside the console, never another site. */
export function safeNext(next: string | undefined): string {
  // No backslash: some browsers read `\` as `/`, which could turn a path into `//host`.
  return next && /^\/admin(?:[/?#]|$)/.test(next) && !next.includes('\\') ? next : '/admin';
}

function unauthenticated(c: Context<AppEnv>): Response {
  if (isApi(c)) {
    c.header('WWW-Authenticate', 'Bearer realm="grondslag"');
    return errorResponse(
      c,
      401,
      'UNAUTHENTICATED',
      'sign in or send an API token (Authorization: Bearer gs_…)',
    );
  }
  const url = new URL(c.req.url);
  const next = c.req.method === 'GET' ? `?next=${encodeURIComponent(url.pathname + url.search)}` : '';
  return c.redirect(`${SIGN_IN_PATH}${next}`, 303);
}

export interface RoleOptions {
  /**
   * Open while the user still has to replace a generated password (the password form itself and
   * sign-out); every other page sends them to the password form first.
   */
  beforePasswordChange?: boolean;
}

/**
 * Declared on each protected route: who may use it. Checks, in order: someone is signed in (else
 * 401 for the API, a redirect to sign-in for pages), their role is one of `roles` (else 403), a
 * generated password has been replaced, and — for a state change from a browser — the CSRF token
 * (else 403 CSRF_FAILED).
 *
 * @example
 *   app.post('/admin/users', requireRole(dpoOnly), createUserHandler);
 */
export function requireRole(roles: readonly Role[], options: RoleOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const p = c.var.principal;
    if (!p) return unauthenticated(c);
    if (!roles.includes(p.role)) {
      return errorResponse(
        c,
        403,
        'FORBIDDEN',
        `this needs the role ${roles.join(' or ')}; you are ${p.role}`,
      );
    }
    if (p.kind === 'session' && p.session.mustChangePassword && !options.beforePasswordChange) {
      if (isApi(c) || c.req.method !== 'GET') {
        return errorResponse(c, 403, 'PASSWORD_CHANGE_REQUIRED', 'choose a new password first');
      }
      return c.redirect(CHANGE_PASSWORD_PATH, 303);
    }
    if (isUnsafeMethod(c.req.method) && p.kind === 'session' && !(await verifyCsrf(c))) {
      return errorResponse(
        c,
        403,
        'CSRF_FAILED',
        'the form has expired or did not come from this site; reload and try again',
      );
    }
    await next();
  };
}

/** CSRF check for the forms that are used before sign-in (sign-in itself, the code step). */
export function requireCsrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!(await verifyCsrf(c))) {
      return errorResponse(
        c,
        403,
        'CSRF_FAILED',
        'the form has expired or did not come from this site; reload and try again',
      );
    }
    await next();
  };
}
