import type { Context, Handler, Hono } from 'hono';
import type { z } from 'zod';
import type { Role } from '../../access/roles.js';
import type { ErrorDetail } from '../../errors.js';
import { GrondslagError } from '../../errors.js';
import type { AppEnv } from '../env.js';
import { requireRole } from '../middleware/require-role.js';

/**
 * One JSON endpoint, declared once: the same object registers the Hono route, validates the request
 * with its zod schemas, and describes itself in the OpenAPI document (openapi.ts). Documentation
 * and behaviour come from one source, so they cannot drift apart.
 */
export interface ApiRoute<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Hono path syntax: `/api/users/:id`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Who may call it; `public` needs no session or token. */
  access: readonly Role[] | 'public';
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Success status (default 200). */
  status?: 200 | 201;
  response: z.ZodType<R>;
  /**
   * A file instead of JSON: `handle` returns `{ body, fileName }` (see `FileResponse`), sent as an
   * attachment of this media type and never cached.
   */
  file?: { mediaType: string };
  handle(c: Context<AppEnv>, input: { params: P; query: Q; body: B }): Promise<R>;
}

/** What a `file` route's `handle` returns. */
export interface FileResponse {
  body: Uint8Array;
  fileName: string;
}

// Method syntax in ApiRoute makes `handle` bivariant, so any route fits this list type.
export type AnyApiRoute = ApiRoute<unknown, unknown, unknown, unknown>;

/**
 * Identity function that lets TypeScript infer P, Q, B and R from the schemas.
 *
 * @example
 *   export const me = apiRoute({ method: 'get', path: '/api/me', operationId: 'getMe', summary: 'who am I',
 *     tag: 'access', access: anyRole, response: meSchema, handle: async (c) => presentMe(c) });
 */
export function apiRoute<P = undefined, Q = undefined, B = undefined, R = unknown>(
  route: ApiRoute<P, Q, B, R>,
): AnyApiRoute {
  return route as unknown as AnyApiRoute;
}

/** Turns zod issues into one message naming each field, and details with their paths. */
function validationError(where: 'body' | 'query' | 'params', error: z.ZodError): GrondslagError {
  const details: ErrorDetail[] = error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  return new GrondslagError('VALIDATION_FAILED', details.map((d) => `${d.path}: ${d.message}`).join('; '), {
    details,
  });
}

function parse<T>(where: 'body' | 'query' | 'params', schema: z.ZodType<T> | undefined, value: unknown): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(where, r.error);
  return r.data;
}

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  // No body at all (`curl -X POST …/approve`): an empty object, so a body whose fields are all
  // optional may be left out, and a missing required field is named by validation, not as a 415.
  if (type === '' && (c.req.header('content-length') ?? '0') === '0' && !c.req.header('transfer-encoding')) {
    return {};
  }
  if (!/^application\/(?:[\w.+-]+\+)?json\b/.test(type)) {
    throw new GrondslagError('UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json');
  }
  try {
    return await c.req.json();
  } catch {
    throw new GrondslagError('BAD_JSON', 'the request body is not valid JSON');
  }
}

/** Registers each route on `app` behind its access check and validation. */
export function mountApiRoutes(app: Hono<AppEnv>, routes: readonly AnyApiRoute[]): void {
  for (const route of routes) {
    const method = route.method.toUpperCase();
    const handler: Handler<AppEnv> = async (c) => {
      const params = parse('params', route.params, c.req.param());
      const query = parse('query', route.query, c.req.query());
      const body = route.body ? parse('body', route.body, await readJson(c)) : undefined;
      const result = await route.handle(c, { params, query, body });
      if (route.file) {
        const { body: bytes, fileName } = result as FileResponse;
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
          'content-type': route.file.mediaType,
          // The name is ours (a reference and a word), so it needs no escaping beyond the quotes.
          'content-disposition': `attachment; filename="${fileName.replace(/["\\\r\n]/g, '_')}"`,
          'cache-control': 'no-store',
        });
      }
      return c.json(result as object, route.status ?? 200);
    };
    if (route.access === 'public') app.on(method, route.path, handler);
    else app.on(method, route.path, requireRole(route.access), handler);
  }
}
