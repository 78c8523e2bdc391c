import type { Migration } from '../migrate.js';

/**
 * People and access (src/access/): users, browser sessions, API tokens, sign-in throttling and the
 * server's signing key. Secrets that let someone in are never stored as such: sessions and API tokens
 * by their SHA-256, passwords as argon2id hashes.
 */
export const access: Migration = {
  id: 2,
  name: 'access',
  up: `
    create table grondslag.app_user (
      id uuid primary key,
      email text not null,
      role text not null check (role in ('dpo', 'operator', 'auditor')),
      password_hash text not null,
      -- Set for generated passwords (first start, reset): the console asks for a new one first.
      must_change_password boolean not null default false,
      -- Base32 TOTP secret; totp_enabled only once the person proved they can produce codes.
      totp_secret text,
      totp_enabled boolean not null default false,
      -- The last accepted time step, so that one code cannot be used twice.
      totp_last_step bigint,
      disabled boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create unique index app_user_email on grondslag.app_user (lower(email));

    create table grondslag.user_session (
      token_hash text primary key,
      user_id uuid not null references grondslag.app_user (id) on delete cascade,
      -- 'totp' while the second sign-in step is outstanding; such a session opens nothing else.
      stage text not null check (stage in ('totp', 'active')),
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index user_session_by_user on grondslag.user_session (user_id);

    create table grondslag.api_token (
      id uuid primary key,
      name text not null,
      role text not null check (role in ('dpo', 'operator', 'auditor')),
      token_hash text not null unique,
      created_by text not null,
      created_at timestamptz not null,
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    -- Failed sign-ins in the throttling window. Keys are keyed hashes of the account and the client
    -- address: throttling needs equality, not the addresses themselves.
    create table grondslag.sign_in_failure (
      id bigint generated always as identity primary key,
      account_key text not null,
      address_key text not null,
      at timestamptz not null
    );
    create index sign_in_failure_account on grondslag.sign_in_failure (account_key, at);
    create index sign_in_failure_address on grondslag.sign_in_failure (address_key, at);

    -- One random key per installation, shared by every server process on the database (CSRF tokens,
    -- keyed hashes). Created on first use.
    create table grondslag.server_secret (
      name text primary key,
      secret text not null,
      created_at timestamptz not null
    );
  `,
};
