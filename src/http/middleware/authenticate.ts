import type { MiddlewareHandler } from 'hono';
import { resolveApiToken } from '../../access/api-tokens.js';
import { tokenActor, userActor } from '../../access/context.js';
import { resolveSession } from '../../access/sessions.js';
import type { AppEnv } from '../env.js';
import { clearSessionCookie, readSessionCookie } from '../session-cookie.js';

/**
 * Finds out who is asking, without deciding whether they may: `Authorization: Bearer gs_…` for
 * scripts, else the session cookie. A request that sends an Authorization header is judged by it
 * alone — a bad token does not fall back to a cookie the browser happened to send along.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // The stylesheet is public and fetched with every page; it needs no session lookup (nor a write
    // to the session's last-seen time).
    if (c.req.path.startsWith('/assets/')) return next();
    const { db, clock } = c.var.deps;
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const token = match?.[1] ? await resolveApiToken(db, match[1], clock()) : undefined;
      if (token) c.set('principal', { kind: 'token', role: token.role, actor: tokenActor(token.id), token });
      return next();
    }
    const cookie = readSessionCookie(c);
    if (cookie !== undefined) {
      const session = await resolveSession(db, cookie, clock());
      if (!session) clearSessionCookie(c);
      else if (session.stage === 'totp') c.set('pendingSession', session);
      else
        c.set('principal', {
          kind: 'session',
          role: session.role,
          actor: userActor(session.userId),
          session,
        });
    }
    return next();
  };
}
