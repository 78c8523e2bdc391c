import type { HttpBindings } from '@hono/node-server';
import type { ApiToken } from '../access/api-tokens.js';
import type { Role } from '../access/roles.js';
import type { SessionPrincipal } from '../access/sessions.js';
import type { AppDeps } from './deps.js';
import type { ServerKeys } from './server-keys.js';

/**
 * Who is making a request: a person with a signed-in browser session, or a script with an API token.
 */
export type Principal =
  | { kind: 'session'; role: Role; actor: string; session: SessionPrincipal }
  | { kind: 'token'; role: Role; actor: string; token: ApiToken };

/** Hono's per-request context for this app (`c.var.*`). */
export interface AppEnv {
  /** Present under @hono/node-server; absent when a test calls `app.request()`. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    deps: AppDeps;
    keys: ServerKeys;
    requestId: string;
    /** Set by the authenticate middleware when the request carries a valid session or token. */
    principal?: Principal;
    /** A session half-way through two-step sign-in; it opens the code step and nothing else. */
    pendingSession?: SessionPrincipal;
  };
}
