import type { Migration } from '../migrate.js';

/**
 * Data-subject requests (src/dsr/request.ts): the request, the person's identifiers, verification,
 * evidence, events, the person's links (status, ID-copy upload, package download) and the portal's
 * rate limit. Personal values are only ever stored sealed (AES-256-GCM, src/crypto/sealed.ts); where
 * the store must compare them (grouping duplicates, rate limiting) it compares keyed hashes.
 */
export const dsrRequests: Migration = {
  id: 4,
  name: 'dsr_requests',
  up: `
    create sequence grondslag.dsr_reference_seq;

    create table grondslag.dsr_request (
      id text primary key,
      reference text not null unique,
      type text not null check (type in ('access', 'portability', 'rectification', 'erasure',
        'restriction', 'objection', 'withdraw_consent', 'minor_report', 'unknown')),
      -- Type-specific details as sealed JSON: a rectification carries the corrected values.
      details_sealed text not null,
      status text not null check (status in ('received', 'awaiting_verification', 'verified',
        'in_progress', 'completed', 'denied', 'withdrawn')),
      channel text not null check (channel in ('portal', 'api', 'cli', 'email')),
      language text not null check (language in ('nl', 'en')),
      received_at timestamptz not null,
      due_at timestamptz not null,
      initial_due_at timestamptz not null,
      -- Facts without personal data (reasons are written by staff about the request, not the person).
      extension jsonb,
      verification jsonb,
      doubt jsonb,
      denial jsonb,
      answered_at timestamptz,
      closed_at timestamptz,
      duplicates integer not null default 0,
      updated_at timestamptz not null
    );
    create index dsr_request_queue on grondslag.dsr_request (status, due_at);

    create table grondslag.dsr_identity (
      id bigint generated always as identity primary key,
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      kind text not null check (kind in ('email', 'phone', 'customer_number')),
      -- Keyed hash of the normalised value: equality without the value.
      lookup text not null,
      sealed text not null,
      unique (request_id, kind)
    );
    create index dsr_identity_lookup on grondslag.dsr_identity (kind, lookup);

    create table grondslag.dsr_verification (
      id text primary key,
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      method text not null check (method in ('email_code')),
      code_hash text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      attempts integer not null default 0,
      max_attempts integer not null,
      -- 'verified', 'expired', 'exhausted' or 'superseded' once settled.
      outcome text,
      settled_at timestamptz
    );
    create index dsr_verification_request on grondslag.dsr_verification (request_id, created_at desc);

    -- The ID copy after a recorded doubt, checked to be masked. Deleted once identity is settled.
    create table grondslag.dsr_id_copy (
      request_id text primary key references grondslag.dsr_request (id) on delete cascade,
      sealed text not null,
      media_type text not null,
      byte_length integer not null,
      received_at timestamptz not null
    );

    create table grondslag.dsr_message (
      id bigint generated always as identity primary key,
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      direction text not null check (direction in ('in', 'out')),
      channel text not null,
      -- What the message is: 'request' text, raw 'email' evidence, a 'notice', 'answer', 'code' mail.
      purpose text not null,
      subject_sealed text,
      body_sealed text not null,
      -- Message-ID of an imported e-mail, hashed: importing the same message twice adds nothing.
      source_lookup text,
      at timestamptz not null
    );
    create index dsr_message_request on grondslag.dsr_message (request_id, at);
    create unique index dsr_message_source on grondslag.dsr_message (source_lookup)
      where source_lookup is not null;

    create table grondslag.dsr_event (
      id bigint generated always as identity primary key,
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      kind text not null,
      at timestamptz not null,
      actor text not null,
      data jsonb not null default '{}'
    );
    create index dsr_event_request on grondslag.dsr_event (request_id, id);

    -- Bearer links the person holds: the status page and the ID-copy upload. Only hashes are kept.
    create table grondslag.dsr_portal_token (
      token_hash text primary key,
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      purpose text not null check (purpose in ('status', 'id_copy')),
      -- The verification attempt a status link was issued with (the code form on the same page).
      verification_id text,
      -- When the person proved control of the mailbox on this link (status links only).
      verified_at timestamptz,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index dsr_portal_token_request on grondslag.dsr_portal_token (request_id);

    -- Download links for an access/portability package (src/dsr/package-link.ts).
    create table grondslag.dsr_package_link (
      id text primary key,
      token_hash text not null unique,
      request_id text not null references grondslag.dsr_request (id) on delete cascade,
      path text not null,
      file_name text not null,
      media_type text not null,
      byte_length bigint not null,
      sha256 text,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      downloads integer not null default 0,
      last_download_at timestamptz,
      revoked_at timestamptz
    );
    create index dsr_package_link_request on grondslag.dsr_package_link (request_id);

    -- Portal submissions per client address (keyed hash) per window, shared by all server processes.
    create table grondslag.dsr_rate (
      bucket text not null,
      window_start timestamptz not null,
      hits integer not null,
      primary key (bucket, window_start)
    );
  `,
};
