import type { Migration } from '../migrate.js';

/**
 * The breach register (Art. 33(5), src/breach/). Free text — what happened, consequences, measures,
 * the contact point, risk reasons, the notices as sent — may name people, so it is sealed
 * (src/crypto/sealed.ts); categories, counts and times are facts the clocks and lists need in clear.
 *
 * - `breach`: one incident. `telecom` is the policy's `breach.telecomProvider` when recorded, so a
 *   later policy change does not move a running clock.
 * - `breach_notice`: each notification as sent — initial and follow-ups to the authority (Art.
 *   33(4)), letters to people (Art. 34) — with the reasons for a delay when late.
 * - `breach_alert`: one row per breach, clock and threshold alerted, so each alert goes out once.
 */
export const breaches: Migration = {
  id: 9,
  name: 'breaches',
  up: `
    create table grondslag.breach (
      id text primary key,
      occurred_at timestamptz,
      aware_at timestamptz not null,
      recorded_at timestamptz not null,
      updated_at timestamptz not null,
      telecom boolean not null,
      categories jsonb not null default '[]',
      approx_people integer check (approx_people >= 0),
      approx_records integer check (approx_records >= 0),
      unintelligible boolean not null default false,
      risk text check (risk in ('none', 'risk', 'high')),
      -- sealed JSON of the free-text fields
      details_sealed text not null
    );
    create index breach_aware_at on grondslag.breach (aware_at);

    create table grondslag.breach_notice (
      breach_id text not null references grondslag.breach (id),
      seq integer not null,
      audience text not null check (audience in ('authority', 'subjects')),
      phase text not null check (phase in ('initial', 'follow-up')),
      sent_at timestamptz not null,
      content_sealed text not null,
      delay_reasons_sealed text,
      recorded_at timestamptz not null,
      primary key (breach_id, seq)
    );

    create table grondslag.breach_alert (
      breach_id text not null references grondslag.breach (id),
      clock text not null check (clock in ('telecom-24h', 'gdpr-72h')),
      threshold text not null check (threshold in ('near', 'overdue')),
      alerted_at timestamptz not null,
      primary key (breach_id, clock, threshold)
    );
  `,
};
