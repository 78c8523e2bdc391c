import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';

// An id from a proxy in front is kept so that its logs and ours line up; anything else is replaced,
// since the id goes into every log line and must not carry arbitrary text.
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every request an id, echoed in `X-Request-Id` and in every log line about it. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}
