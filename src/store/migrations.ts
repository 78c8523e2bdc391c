import type { Migration } from './migrate.js';
import { auditLog } from './migrations/0001_audit_log.js';

/**
 * Every migration, in order. Append only: a migration that has shipped is never edited, since
 * databases in the field have already applied it.
 */
export const migrations: Migration[] = [auditLog];
