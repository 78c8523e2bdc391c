import type { Context, MiddlewareHandler } from 'hono';
import { type ErrorDetail, GrondslagError, isGrondslagError } from '../errors.js';

/**
 * The body of a submitted form. A body that does not parse (a truncated multipart body, say) is the
 * sender's mistake: a 400 with a stable code, not an internal error.
 */
export async function parseFormBody(c: Context): Promise<Awaited<ReturnType<Context['req']['parseBody']>>> {
  try {
    return await c.req.parseBody();
  } catch (e) {
    throw new GrondslagError('BAD_FORM', 'the form body could not be read', { cause: e });
  }
}

/**
 * Tries every form body up front, so that a body that does not parse is a 400 BAD_FORM on every
 * route rather than an internal error in whichever handler reads it first. It reads a clone: the
 * original stream stays unread for the route (some read it raw, behind their own size limit).
 */
export function readableFormBody(): MiddlewareHandler {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').trim().toLowerCase();
    if (
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD' &&
      (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))
    ) {
      try {
        await c.req.raw.clone().formData();
      } catch (e) {
        throw new GrondslagError('BAD_FORM', 'the form body could not be read', { cause: e });
      }
    }
    await next();
  };
}

/** The text fields of a submitted form (files and repeated fields are not used by our forms). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await parseFormBody(c);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** A problem to show next to a form: the message, and per field what is wrong. */
export interface FormProblem {
  message: string;
  fields: Record<string, string>;
}

/**
 * Turns an input or conflict error from the domain into something a form can show; rethrows
 * anything else (a fault, which the error handler reports).
 */
export function formProblem(e: unknown): FormProblem {
  if (isGrondslagError(e) && (e.kind === 'input' || e.kind === 'conflict')) {
    const fields: Record<string, string> = {};
    for (const d of e.details as ErrorDetail[]) if (d.path) fields[d.path] = d.message;
    return { message: e.message, fields };
  }
  throw e;
}
