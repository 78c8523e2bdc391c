import type { Migration } from '../migrate.js';

/**
 * Completed background jobs (src/jobs/). The queue itself is pg-boss's, in its own `pgboss` schema;
 * this table is Grondslag's record of what ran, written in the same transaction that marks a job
 * completed, so the primary key on `job_id` makes a completion count once. The admin dashboard reads
 * "jobs last ran at" from it; the heartbeat prunes old rows.
 */
export const jobRuns: Migration = {
  id: 3,
  name: 'job_runs',
  up: `
    create table grondslag.job_run (
      job_id uuid primary key,
      kind text not null,
      attempt integer not null,
      worker text not null,
      started_at timestamptz not null,
      finished_at timestamptz not null
    );
    create index job_run_kind_finished on grondslag.job_run (kind, finished_at desc);
  `,
};
