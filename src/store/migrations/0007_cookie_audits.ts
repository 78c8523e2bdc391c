import type { Migration } from '../migrate.js';

/**
 * Scheduled cookie audits (src/cookies/, job `cookies.audit`): one row per audited URL per run,
 * with the whole report as evidence and the difference from the previous completed run of the same
 * URL, computed when the row is written so that history reads without re-judging old reports.
 */
export const cookieAudits: Migration = {
  id: 7,
  name: 'cookie_audits',
  up: `
    create table grondslag.cookie_audit (
      id uuid primary key,
      url text not null,
      site text,
      started_at timestamptz not null,
      finished_at timestamptz not null,
      status text not null check (status in ('completed', 'failed')),
      -- The job that ran it, when a job did.
      job_id uuid,
      errors integer not null default 0,
      warnings integer not null default 0,
      cookies integer not null default 0,
      third_parties integer not null default 0,
      report jsonb,
      diff jsonb,
      error text,
      check ((status = 'completed') = (report is not null))
    );
    create index cookie_audit_url_started on grondslag.cookie_audit (url, started_at desc);
    create index cookie_audit_started on grondslag.cookie_audit (started_at desc);
  `,
};
