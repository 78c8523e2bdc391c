import type { Migration } from '../migrate.js';

/**
 * Execution of data-subject requests (src/dsr/execute.ts) and the restriction list (src/dsr/restriction.ts).
 *
 * An execution is persisted step by step so that a process killed at any point resumes without losing
 * or repeating work: one row per system/collection step with its status, counts and checkpoint, and
 * the key set of the rows each step acts on, recorded *before* acting. Acting on a recorded key set is
 * idempotent (a delete by key, a write of a precomputed anonymised value), so a batch that ran but
 * whose checkpoint was lost simply runs again with the same outcome.
 *
 * Key sets and carried values exist only while the execution runs: they are deleted in the
 * transaction that finishes it. Rows read for an access request are sealed (AES-256-GCM) and likewise
 * deleted once the package is built. What remains are counts, reasons and the certificate.
 */
export const dsrExecution: Migration = {
  id: 5,
  name: 'dsr_execution',
  up: `
    create table grondslag.dsr_execution (
      request_id text primary key references grondslag.dsr_request (id) on delete cascade,
      kind text not null check (kind in ('access', 'erasure', 'rectification', 'restriction')),
      -- The plan as built when execution started: systems, collections, fields and what happens to
      -- each. Never identity values (those are in the sealed identities and the key sets).
      plan jsonb not null,
      status text not null check (status in ('discovering', 'acting', 'finishing', 'done', 'failed')),
      -- Who is working on it: 'host:pid:nonce' and until when. A resumed run takes over an expired
      -- lease, or one whose process on this host no longer exists (kill -9).
      lease_owner text,
      lease_until timestamptz,
      attempts integer not null default 0,
      last_error text,
      -- Certificate, package reference, notifications: produced when the execution finishes.
      outcome jsonb,
      started_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz
    );

    create table grondslag.dsr_execution_step (
      request_id text not null references grondslag.dsr_execution (request_id) on delete cascade,
      step integer not null,
      system text not null,
      collection text not null,
      -- The step's position in the order of acting (children before parents); null when reading only.
      act_order integer,
      status text not null check (status in ('pending', 'found', 'acting', 'done')),
      rows_found integer not null default 0,
      rows_erased integer not null default 0,
      rows_anonymised integer not null default 0,
      rows_kept integer not null default 0,
      rows_updated integer not null default 0,
      -- Why rows were kept, e.g. [{ "reason": "tax_record", "article": "AWR art. 52", "rows": 12 }].
      kept jsonb not null default '[]',
      -- Values later steps match on (the keys carried along references); deleted when finished.
      carry jsonb,
      -- The next batch of the key set to act on: batches before it are done.
      next_batch integer not null default 0,
      batches integer not null default 0,
      updated_at timestamptz not null,
      primary key (request_id, step)
    );

    -- The key set of one step: one row per store row, in batches. 'action' is what happens to it.
    create table grondslag.dsr_execution_key (
      request_id text not null,
      step integer not null,
      batch integer not null,
      ordinal integer not null,
      action text not null check (action in ('read', 'delete', 'anonymise', 'keep', 'update')),
      -- The row's primary key as a list of values; for a collection without a single-field key (log
      -- files) the value it was found by, { "field": …, "value": … }, standing for all its rows.
      key jsonb not null,
      -- How many store rows the key stands for (1 for a primary key; the lines of a log-file value).
      row_count integer not null default 1,
      -- Why a row is kept (tax_record, legal_hold, referenced_by_kept); null otherwise.
      reason text,
      -- Values of the fields foreign keys run through, so that a row that stays keeps what it points at.
      refs jsonb,
      -- Anonymise: the precomputed new value of each field, so that acting twice writes the same
      -- value and never re-hashes a value that is already anonymised.
      replacement jsonb,
      primary key (request_id, step, batch, ordinal),
      foreign key (request_id, step) references grondslag.dsr_execution_step (request_id, step) on delete cascade
    );

    -- Rows read for an access request, sealed, per step and batch; deleted once the package is built.
    create table grondslag.dsr_execution_rows (
      request_id text not null,
      step integer not null,
      batch integer not null,
      sealed text not null,
      primary key (request_id, step, batch),
      foreign key (request_id, step) references grondslag.dsr_execution_step (request_id, step) on delete cascade
    );

    -- Access packages, sealed, until their download link expires.
    create table grondslag.dsr_package (
      request_id text primary key references grondslag.dsr_request (id) on delete cascade,
      sealed text not null,
      sha256 text not null,
      bytes integer not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index dsr_package_expires on grondslag.dsr_package (expires_at);

    -- Art. 19 notifications to recipients, one row per recipient and request.
    create table grondslag.dsr_notification (
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      recipient text not null,
      channel text not null check (channel in ('email', 'webhook')),
      status text not null check (status in ('sent', 'failed')),
      detail text,
      at timestamptz not null,
      primary key (request_id, recipient)
    );

    -- The restriction/suppression list (Art. 18, Art. 21, Art. 7(3)). A person is listed by keyed
    -- hashes of their identifiers, never the identifiers themselves: the list must be checkable
    -- without becoming a second copy of the data.
    create table grondslag.dsr_restriction (
      id bigint generated always as identity primary key,
      -- The request that put the person on the list; the entry outlives the request's own records.
      request_id text references grondslag.dsr_request (id) on delete set null,
      -- 'processing' (Art. 18: store only), 'direct_marketing' (Art. 21(3)), 'consent' (Art. 7(3)).
      scope text not null check (scope in ('processing', 'direct_marketing', 'consent')),
      -- Policy purpose ids the entry is limited to; empty means all purposes of the scope.
      purposes jsonb not null default '[]',
      reason text not null,
      article text not null,
      created_at timestamptz not null,
      lifted_at timestamptz
    );
    create table grondslag.dsr_restriction_identity (
      restriction_id bigint not null references grondslag.dsr_restriction (id) on delete cascade,
      kind text not null,
      lookup text not null,
      primary key (restriction_id, kind, lookup)
    );
    create index dsr_restriction_identity_lookup on grondslag.dsr_restriction_identity (kind, lookup);
    -- Rows kept under restriction (an invoice kept for the tax period): retention and exports skip
    -- them by key. Keys only, no content.
    create table grondslag.dsr_restricted_row (
      restriction_id bigint not null references grondslag.dsr_restriction (id) on delete cascade,
      system text not null,
      collection text not null,
      key_field text not null,
      key_value text not null,
      primary key (restriction_id, system, collection, key_field, key_value)
    );
    create index dsr_restricted_row_collection on grondslag.dsr_restricted_row (system, collection);
  `,
};
