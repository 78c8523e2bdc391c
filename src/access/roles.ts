import { z } from 'zod';

/**
 * Who may do what. `dpo`: everything, including people and tokens. `operator`: the daily work
 * (data-subject requests, retention runs). `auditor`: reads everything that is evidence and exports
 * it, changes nothing.
 */
export const roles = ['dpo', 'operator', 'auditor'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Role sets that routes declare; named so that a reader sees the intent, not a list. */
export const anyRole: readonly Role[] = roles;
export const evidenceReaders: readonly Role[] = ['dpo', 'auditor'];
export const workers: readonly Role[] = ['dpo', 'operator'];
export const dpoOnly: readonly Role[] = ['dpo'];

/** Whether a value names a role (for CLI and form input). */
export function isRole(value: unknown): value is Role {
  return roleSchema.safeParse(value).success;
}
