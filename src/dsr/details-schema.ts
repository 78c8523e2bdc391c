import { z } from 'zod';
import { GrondslagError } from '../errors.js';
import { defaultDetails, type RequestDetails, type RequestType, requestTypes } from './request.js';

/**
 * Validation of request types and their details from outside (API body, CLI flags, console form).
 * The shapes mirror `RequestDetails` in request.ts.
 */

const purposeIds = z
  .array(z.string().regex(/^[a-z][a-z0-9_-]*$/, 'a policy purpose id'))
  .max(50)
  .default([]);

export const detailsSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('access') }),
  z.strictObject({
    type: z.literal('portability'),
    destination: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('person') }),
        z.strictObject({
          kind: z.literal('controller'),
          organisation: z.string().trim().min(1).max(200),
          // The package is personal data: only over TLS.
          endpoint: z.url({ protocol: /^https$/, error: 'an https:// URL of the receiving organisation' }),
        }),
      ])
      .default({ kind: 'person' }),
  }),
  z.strictObject({
    type: z.literal('rectification'),
    changes: z
      .array(
        z.strictObject({
          field: z.string().trim().min(1).max(200),
          value: z.string().max(2000),
          note: z.string().max(2000).optional(),
        }),
      )
      .max(50)
      .default([]),
  }),
  z.strictObject({ type: z.literal('erasure') }),
  z.strictObject({ type: z.literal('restriction') }),
  z.strictObject({
    type: z.literal('objection'),
    ground: z.enum(['direct_marketing', 'legitimate_interest']).default('direct_marketing'),
    purposes: purposeIds,
  }),
  z.strictObject({ type: z.literal('withdraw_consent'), purposes: purposeIds }),
  z.strictObject({
    type: z.literal('minor_report'),
    childAge: z.number().int().min(0).max(17).optional(),
    reporter: z.enum(['parent', 'guardian', 'self', 'other']).default('other'),
  }),
  z.strictObject({ type: z.literal('unknown') }),
]);

export const requestTypeSchema = z.enum(requestTypes);

/**
 * Checked details for a type: `details` when given (its type must match), else the type's defaults.
 *
 * @example
 *   parseDetails('objection', { type: 'objection', ground: 'legitimate_interest' });
 */
export function parseDetails(type: RequestType, details?: unknown): RequestDetails {
  if (details === undefined) return defaultDetails(type);
  const r = detailsSchema.safeParse(details);
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({
      path: ['details', ...i.path.map(String)].join('.'),
      message: i.message,
    }));
    throw new GrondslagError(
      'DSR_INVALID_DETAILS',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      {
        details: problems,
      },
    );
  }
  if (r.data.type !== type) {
    throw new GrondslagError(
      'DSR_INVALID_DETAILS',
      `details are for "${r.data.type}" but the type is "${type}"`,
      {
        details: [{ path: 'details.type', message: `must be "${type}"` }],
      },
    );
  }
  return r.data as RequestDetails;
}

/** Parses a type name from a flag or form field. */
export function parseRequestType(value: unknown): RequestType {
  const r = requestTypeSchema.safeParse(value);
  if (!r.success) {
    throw new GrondslagError(
      'DSR_TYPE_INVALID',
      `unknown request type "${String(value ?? '')}"; one of ${requestTypes.join(', ')}`,
      { details: [{ path: 'type', message: `one of ${requestTypes.join(', ')}` }] },
    );
  }
  return r.data;
}
