import { z } from 'zod';
import { GrondslagError } from '../../errors.js';
import { type AnyApiRoute, apiRoute } from '../api/route.js';

/** For load balancers and `docker healthcheck`: 200 when the database answers. */
export const healthRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    summary: 'Liveness and database check',
    tag: 'operations',
    access: 'public',
    response: z.object({ ok: z.literal(true), db: z.enum(['pglite', 'postgres']) }),
    async handle(c) {
      const db = c.var.deps.db;
      try {
        await db.query('select 1');
      } catch (e) {
        throw new GrondslagError('DB_UNAVAILABLE', 'the database does not answer', {
          kind: 'internal',
          cause: e,
        });
      }
      return { ok: true as const, db: db.driver };
    },
  }),
];
