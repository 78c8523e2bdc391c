import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../../log.js';
import type { AppEnv } from '../env.js';

/**
 * The route pattern that answered (`/api/users/:id`), or null when none did. Logging the pattern
 * instead of the path keeps ids and query strings — which may be personal data — out of the logs.
 */
export function routePattern(c: Context): string | null {
  const routes = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  return routes.at(-1)?.path ?? null;
}

/**
 * One structured line per request: method, route pattern, status, duration and request id. Never
 * bodies, never query strings.
 */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    const entry = {
      method: c.req.method,
      route: routePattern(c),
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      requestId: c.var.requestId,
    };
    if (status >= 500) log.error('request', entry);
    else log.info('request', entry);
  };
}
