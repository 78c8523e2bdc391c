import type { Context } from 'hono';
import { type DsrDeps, dsrDeps } from '../dsr/deps.js';
import type { AppDeps } from './deps.js';
import type { AppEnv } from './env.js';

const cache = new WeakMap<AppDeps, DsrDeps>();

/**
 * The request services' dependencies for this app, built once from its AppDeps (configuration,
 * policy, clock) — the sealing key is read once per process, not per request.
 *
 * @example
 *   const deps = dsrDepsOf(c);
 *   await submitRequest(deps, …);
 */
export function dsrDepsOf(c: Context<AppEnv>): DsrDeps {
  const app = c.var.deps;
  let deps = cache.get(app);
  if (!deps) {
    deps = dsrDeps({
      db: app.db,
      config: app.config,
      policy: app.policy.policy,
      clock: app.clock,
      log: app.log,
    });
    cache.set(app, deps);
  }
  return deps;
}

/** Who acts, in the audit log's actor syntax (`user:<id>`, `token:<id>`). */
export function actorOf(c: Context<AppEnv>): string {
  return c.var.principal?.actor ?? 'anonymous';
}
