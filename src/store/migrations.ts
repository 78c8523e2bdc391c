import type { Migration } from './migrate.js';
import { auditLog } from './migrations/0001_audit_log.js';
import { access } from './migrations/0002_access.js';
import { jobRuns } from './migrations/0003_job_runs.js';
import { dsrRequests } from './migrations/0004_dsr_requests.js';
import { dsrExecution } from './migrations/0005_dsr_execution.js';
import { retention } from './migrations/0006_retention.js';
import { cookieAudits } from './migrations/0007_cookie_audits.js';
import { siteStats } from './migrations/0008_site_stats.js';
import { breaches } from './migrations/0009_breaches.js';
import { restrictionLift } from './migrations/0010_restriction_lift.js';

/**
 * Every migration, in order. Append only: a migration that has shipped is never edited, since
 * databases in the field have already applied it.
 */
export const migrations: Migration[] = [
  auditLog,
  access,
  jobRuns,
  dsrRequests,
  dsrExecution,
  retention,
  cookieAudits,
  siteStats,
  breaches,
  restrictionLift,
];
