import type { Context } from 'hono';
import { hmac, randomToken, safeEqual } from '../access/secrets.js';
import type { AppEnv } from './env.js';
import { readPresessionCookie, writePresessionCookie } from './session-cookie.js';

/**
 * CSRF protection for every form POST. The token is an HMAC, under the installation's key, of what
 * the browser holds:
 * - signed in (or half-way, at the code step): the session — a synchronizer token tied to it;
 * - before sign-in: a random `gs_pre` cookie — a signed double-submit token.
 * Another site can make a browser send the cookies but can neither read the token from our page
 * nor compute it without the key. Requests with a bearer token carry no ambient credential and are
 * exempt.
 */

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isUnsafeMethod(method: string): boolean {
  return UNSAFE.has(method.toUpperCase());
}

function binding(c: Context<AppEnv>): string | undefined {
  const p = c.var.principal;
  if (p?.kind === 'session') return `session:${p.session.tokenHash}`;
  if (c.var.pendingSession) return `session:${c.var.pendingSession.tokenHash}`;
  const pre = readPresessionCookie(c);
  return pre ? `pre:${pre}` : undefined;
}

/**
 * The token to put into a form on this page. Before sign-in it sets the `gs_pre` cookie when the
 * browser has none yet.
 *
 * @example
 *   html`<input type="hidden" name="_csrf" value="${await csrfToken(c)}">`
 */
export async function csrfToken(c: Context<AppEnv>): Promise<string> {
  let bound = binding(c);
  if (!bound) {
    const pre = randomToken();
    writePresessionCookie(c, pre);
    bound = `pre:${pre}`;
  }
  return hmac(await c.var.keys.csrf(), bound);
}

/** Whether the request carries the right token, in the form field or the X-CSRF-Token header. */
export async function verifyCsrf(c: Context<AppEnv>): Promise<boolean> {
  const bound = binding(c);
  if (!bound) return false;
  let submitted = c.req.header(CSRF_HEADER);
  if (!submitted) {
    const type = c.req.header('content-type') ?? '';
    if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
      // An unreadable body carries no token (and the route never reads it): refused like a missing one.
      const field = (await c.req.parseBody().catch(() => ({}) as Record<string, unknown>))[CSRF_FIELD];
      if (typeof field === 'string') submitted = field;
    }
  }
  if (!submitted) return false;
  return safeEqual(submitted, hmac(await c.var.keys.csrf(), bound));
}
