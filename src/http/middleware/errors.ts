import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorDetail, isGrondslagError } from '../../errors.js';
import type { AppEnv } from '../env.js';
import { errorPage } from '../views/error-page.js';

/**
 * Every 4xx and 5xx carries `{ error: { code, message } }` with a stable code. Browsers asking for a
 * page get the same code and message as HTML; everything else — the API, scripts, tests — gets JSON.
 */

export interface ErrorBody {
  error: { code: string; message: string; details?: ErrorDetail[] };
}

/** Whether the client is a browser navigating to a page (not the API, not a script). */
export function wantsHtml(c: Context): boolean {
  const path = c.req.path;
  if (path.startsWith('/api/') || path === '/healthz') return false;
  return (c.req.header('accept') ?? '').includes('text/html');
}

/** An error response in the negotiated form. */
export function errorResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: ErrorDetail[],
): Response {
  if (wantsHtml(c)) return c.html(errorPage(c, { status, code, message }).value, status);
  const body: ErrorBody = { error: details?.length ? { code, message, details } : { code, message } };
  return c.json(body, status);
}

const codeByStatus: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** Maps thrown errors: GrondslagError by its kind, Hono's by status, anything else to 500 INTERNAL. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (isGrondslagError(err)) {
    return errorResponse(c, err.httpStatus as ContentfulStatusCode, err.code, err.message, err.details);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    return errorResponse(c, status, codeByStatus[status] ?? 'BAD_REQUEST', err.message || 'bad request');
  }
  // The message of an unexpected error may hold anything (SQL, data); it goes to the log, not out.
  c.var.deps.log.error('unhandled error', {
    requestId: c.var.requestId,
    error: err,
    stack: err instanceof Error ? err.stack : undefined,
  });
  return errorResponse(c, 500, 'INTERNAL', `internal error (request ${c.var.requestId})`);
};

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, 404, 'NOT_FOUND', `nothing at ${c.req.method} ${c.req.path}`);
