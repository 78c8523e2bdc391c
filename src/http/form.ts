import type { Context } from 'hono';
import { type ErrorDetail, isGrondslagError } from '../errors.js';

/** The text fields of a submitted form (files and repeated fields are not used by our forms). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
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
