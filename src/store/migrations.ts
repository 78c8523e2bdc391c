import type { Migration } from './migrate.js';
import { auditLog } from './migrations/0001_audit_log.js';
import { access } from './migrations/0002_access.js';
import { jobRuns } from './migrations/0003_job_runs.js';

/**
 * Every migration, in order. Append only: a migration that has shipped is never edited, since
 * databases in the field have already applied it.
 */
export const migrations: Migration[] = [auditLog, access, jobRuns];
