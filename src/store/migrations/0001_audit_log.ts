import type { Migration } from '../migrate.js';

/** The hash-chained audit log: append-only record of every state change (src/audit/). */
export const auditLog: Migration = {
  id: 1,
  name: 'audit_log',
  up: `
    create table grondslag.audit_log (
      seq bigint primary key,
      at timestamptz not null,
      actor text not null,
      action text not null,
      subject_type text,
      subject_id text,
      before_id text,
      after_id text,
      data jsonb not null default '{}'::jsonb,
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_log_at on grondslag.audit_log (at);
  `,
};
