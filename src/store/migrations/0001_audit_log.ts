import type { Migration } from '../migrate.js';

/**
 * The hash-chained audit log: append-only record of every state change (src/audit/).
 *
 * `seq` is assigned by `appendAudit` under an advisory lock rather than by a sequence, because a
 * sequence leaves holes when a transaction rolls back and a hole must mean tampering. Each row stores
 * the hash of the row before it (`prev_hash`) and its own (`hash`); src/audit/chain.ts defines both.
 *
 * The trigger stops ordinary UPDATE, DELETE and TRUNCATE, so that application code cannot rewrite
 * history by mistake. A table owner can still disable it; the hash chain is what makes such a
 * rewrite visible (`grondslag audit verify`).
 */
export const auditLog: Migration = {
  id: 1,
  name: 'audit_log',
  up: `
    create table grondslag.audit_log (
      seq bigint primary key check (seq > 0),
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

    create function grondslag.audit_log_append_only() returns trigger language plpgsql as $fn$
    begin
      raise exception 'grondslag.audit_log is append-only (% refused)', tg_op
        using errcode = 'insufficient_privilege';
    end
    $fn$;
    create trigger audit_log_no_update_or_delete
      before update or delete on grondslag.audit_log
      for each row execute function grondslag.audit_log_append_only();
    create trigger audit_log_no_truncate
      before truncate on grondslag.audit_log
      for each statement execute function grondslag.audit_log_append_only();
  `,
};
