import { z } from 'zod';
import type { ApiToken } from '../../access/api-tokens.js';
import { roleSchema } from '../../access/roles.js';
import type { User } from '../../access/users.js';

/**
 * The JSON shapes of the API's people and tokens, as zod schemas (for the OpenAPI document) and the
 * functions that produce them. Secrets — password hashes, TOTP secrets, token hashes — have no field
 * here, so no endpoint can leak them by accident.
 */

export const userJson = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export function presentUser(u: User): z.infer<typeof userJson> {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    mustChangePassword: u.mustChangePassword,
    totpEnabled: u.totpEnabled,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export const tokenJson = z.object({
  id: z.uuid(),
  name: z.string(),
  role: roleSchema,
  createdBy: z.string().describe('actor id: user:<id>, token:<id> or cli'),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export function presentToken(t: ApiToken): z.infer<typeof tokenJson> {
  return {
    id: t.id,
    name: t.name,
    role: t.role,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
