import type { Migration } from '../migrate.js';

/**
 * Retention (src/retention/): legal holds, sweep runs, and each run's steps and committed batches.
 *
 * A hold on a person never stores who it is in the clear: `identity_hash` is a keyed hash to look a
 * value up by, `identity_cipher` the value encrypted under the installation's key, which the sweep
 * needs to tell the stores which rows to keep.
 *
 * A run's steps are fixed when it starts (collection, cut-off); each batch a connector commits is
 * recorded in `retention_batch` right after, so a run stopped by a crash resumes behind its last
 * recorded batch and its counts stay exact.
 */
export const retention: Migration = {
  id: 6,
  name: 'retention',
  up: `
    create table grondslag.retention_hold (
      id uuid primary key,
      -- The order: its reference (e.g. the public prosecutor's number), who issued it, when, until when.
      reference text not null,
      authority text not null,
      issued_on date not null,
      expires_on date,
      identity_kind text,
      identity_hash text,
      identity_cipher text,
      system text,
      collection text,
      window_from timestamptz,
      window_to timestamptz,
      created_by text not null,
      created_at timestamptz not null,
      released_at timestamptz,
      released_by text,
      release_reason text,
      expiry_alerted_at timestamptz,
      check (identity_kind is not null or collection is not null),
      check ((identity_kind is null) = (identity_hash is null) and (identity_hash is null) = (identity_cipher is null)),
      check (window_from is null or window_to is null or window_from < window_to)
    );
    create index retention_hold_active on grondslag.retention_hold (released_at, expires_on);
    create index retention_hold_identity on grondslag.retention_hold (identity_hash);

    create table grondslag.retention_run (
      id uuid primary key,
      -- The instant the periods are counted back from (--at), and the wall-clock start and end.
      as_of timestamptz not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      status text not null check (status in ('running', 'completed', 'failed')),
      actor text not null,
      -- host:pid of the process running it, and when it last recorded progress: a run whose owner is
      -- gone is resumed by the next one.
      owner text not null,
      heartbeat_at timestamptz not null,
      resumed_count integer not null default 0,
      errors jsonb not null default '[]'
    );
    create index retention_run_started on grondslag.retention_run (started_at desc);

    create table grondslag.retention_step (
      run_id uuid not null references grondslag.retention_run (id) on delete cascade,
      step integer not null,
      rule text not null,
      system text not null,
      collection text not null,
      -- 'unlink': before a parent collection's rows go, the foreign keys still pointing at them from
      -- another collection are set to NULL; \`parent\` names the parent collection.
      action text not null check (action in ('delete', 'anonymise', 'unlink')),
      parent text,
      cutoff timestamptz not null,
      tax_floor boolean not null,
      status text not null check (status in ('pending', 'running', 'done', 'failed')),
      -- Counted when the step started: what was due, kept by holds and restrictions, the oldest clock.
      due_at_start bigint,
      held bigint not null default 0,
      restricted bigint not null default 0,
      oldest timestamptz,
      -- Rows (log lines) deleted or anonymised, the sum of the batches.
      affected bigint not null default 0,
      files_removed integer not null default 0,
      error text,
      primary key (run_id, step)
    );

    create table grondslag.retention_batch (
      run_id uuid not null,
      step integer not null,
      seq integer not null,
      count bigint not null,
      last_key jsonb,
      file text,
      removed_file boolean not null default false,
      -- Rows found done on resume that a crash kept from being recorded (delete steps only).
      recovered boolean not null default false,
      at timestamptz not null,
      primary key (run_id, step, seq),
      foreign key (run_id, step) references grondslag.retention_step (run_id, step) on delete cascade
    );
  `,
};
