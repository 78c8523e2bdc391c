import type { Sealer } from '../crypto/sealed.js';
import type { Queryable } from '../store/db.js';
import { identityEntries, identityLookup, normaliseIdentity } from './identity.js';
import type { IdentityKind, SubjectIdentity } from './request.js';

/**
 * The restriction/suppression list. A person is put on it by a request for restriction (Art. 18:
 * their data may only be stored), an objection (Art. 21: to direct marketing absolutely, to other
 * processing once upheld), a withdrawal of consent (Art. 7(3)), and by an erasure whose exceptions
 * kept rows (an invoice inside the tax period is kept *and* restricted).
 *
 * People are listed by keyed hashes of their identifiers (the same lookups as `dsr_identity`), so
 * the list can be checked without holding a copy of who is on it. Rows kept under restriction are
 * listed by key, so that the retention engine, exports and the API can skip exactly those rows.
 */

export type RestrictionScope = 'processing' | 'direct_marketing' | 'consent';

export interface NewRestriction {
  requestId?: string;
  scope: RestrictionScope;
  /** Policy purposes (activity ids) the entry is limited to; empty: every purpose of the scope. */
  purposes: string[];
  reason: string;
  article: string;
  /** The person, by normalised identifier lookups; may be empty when only rows are restricted. */
  identity?: SubjectIdentity;
  /** Rows kept under this restriction, by key. */
  rows?: RestrictedRow[];
}

export interface RestrictedRow {
  system: string;
  collection: string;
  keyField: string;
  keyValue: string;
}

/** Restricted rows per statement, so no statement carries an unbounded parameter. */
const RESTRICTED_ROW_CHUNK = 1000;

/**
 * Adds an entry, in the caller's transaction. Returns its id.
 *
 * @example
 *   await addRestriction(tx, sealer, { scope: 'direct_marketing', purposes: ['service_updates'],
 *     reason: 'objection_direct_marketing', article: 'GDPR Art. 21(3)', identity }, now);
 */
export async function addRestriction(
  tx: Queryable,
  sealer: Sealer,
  entry: NewRestriction,
  now: Date,
): Promise<number> {
  const identities = entry.identity
    ? identityEntries(entry.identity).map(({ kind, value }) => ({
        k: kind,
        l: identityLookup(sealer, kind, value),
      }))
    : [];
  const list = (entry.rows ?? []).map((r) => ({
    s: r.system,
    c: r.collection,
    f: r.keyField,
    v: r.keyValue,
  }));
  // One statement: the entry, its identifiers and its first rows (a large list goes on in chunks).
  const { rows } = await tx.query<{ id: number }>(
    `with e as (
       insert into grondslag.dsr_restriction (request_id, scope, purposes, reason, article, created_at)
       values ($1, $2, $3::jsonb, $4, $5, $6) returning id),
     i as (
       insert into grondslag.dsr_restriction_identity (restriction_id, kind, lookup)
       select e.id, x->>'k', x->>'l' from e, jsonb_array_elements($7::jsonb) x
       on conflict do nothing),
     r as (
       insert into grondslag.dsr_restricted_row (restriction_id, system, collection, key_field, key_value)
       select e.id, x->>'s', x->>'c', x->>'f', x->>'v' from e, jsonb_array_elements($8::jsonb) x
       on conflict do nothing)
     select id from e`,
    [
      entry.requestId ?? null,
      entry.scope,
      JSON.stringify(entry.purposes),
      entry.reason,
      entry.article,
      now,
      JSON.stringify(identities),
      JSON.stringify(list.slice(0, RESTRICTED_ROW_CHUNK)),
    ],
  );
  const id = Number(rows[0]!.id);
  for (let i = RESTRICTED_ROW_CHUNK; i < list.length; i += RESTRICTED_ROW_CHUNK) {
    await tx.query(
      `insert into grondslag.dsr_restricted_row (restriction_id, system, collection, key_field, key_value)
       select $1, x->>'s', x->>'c', x->>'f', x->>'v' from jsonb_array_elements($2::jsonb) x
       on conflict do nothing`,
      [id, JSON.stringify(list.slice(i, i + RESTRICTED_ROW_CHUNK))],
    );
  }
  return id;
}

export interface RestrictionStatus {
  restricted: boolean;
  /** The active entries that list the person. */
  entries: { id: number; scope: RestrictionScope; purposes: string[]; article: string; since: Date }[];
}

/**
 * Whether the person with any of these identifiers is on the list (optionally: for a scope, or for
 * a purpose). An entry limited to purposes matches a purpose check only for those purposes.
 *
 * @example
 *   const { restricted } = await isRestricted(db, sealer, { email: 'jan@example.nl' }, { scope: 'direct_marketing' });
 *   if (restricted) skipNewsletter();
 */
export async function isRestricted(
  q: Queryable,
  sealer: Sealer,
  identity: Partial<SubjectIdentity>,
  filter: RestrictionFilter = {},
): Promise<RestrictionStatus> {
  return (await checkRestrictions(q, sealer, [identity], filter))[0]!;
}

export interface RestrictionFilter {
  scope?: RestrictionScope;
  purpose?: string;
}

/** People per statement in `checkRestrictions`. */
export const RESTRICTION_CHECK_CHUNK = 1000;

/**
 * `isRestricted` for many people at once — a mailing list before it is sent, a batch from a CRM —
 * in one statement per 1,000 people; the answers in the order asked. Identifiers are normalised as
 * at intake (`06-12345678` and `+31612345678` are one number); an empty or unusable one matches
 * nothing.
 *
 * @example
 *   const [a, b] = await checkRestrictions(db, sealer, [{ email: 'a@example.nl' }, { phone: '0612345678' }],
 *     { scope: 'direct_marketing' });
 */
export async function checkRestrictions(
  q: Queryable,
  sealer: Sealer,
  people: readonly Partial<SubjectIdentity>[],
  filter: RestrictionFilter = {},
): Promise<RestrictionStatus[]> {
  const out: RestrictionStatus[] = people.map(() => ({ restricted: false, entries: [] }));
  for (let from = 0; from < people.length; from += RESTRICTION_CHECK_CHUNK) {
    const who: number[] = [];
    const kinds: IdentityKind[] = [];
    const lookups: string[] = [];
    people.slice(from, from + RESTRICTION_CHECK_CHUNK).forEach((p, i) => {
      for (const e of lookupEntries(p)) {
        who.push(from + i);
        kinds.push(e.kind);
        lookups.push(identityLookup(sealer, e.kind, e.value));
      }
    });
    if (who.length === 0) continue;
    const { rows } = await q.query<{
      who: number;
      id: number;
      scope: RestrictionScope;
      purposes: string[];
      article: string;
      created_at: Date;
    }>(
      `select distinct k.who, r.id, r.scope, r.purposes, r.article, r.created_at
         from unnest($1::int[], $2::text[], $3::text[]) as k(who, kind, lookup)
         join grondslag.dsr_restriction_identity i on i.kind = k.kind and i.lookup = k.lookup
         join grondslag.dsr_restriction r on r.id = i.restriction_id
        where r.lifted_at is null and ($4::text is null or r.scope = $4)
        order by k.who, r.id`,
      [who, kinds, lookups, filter.scope ?? null],
    );
    for (const r of rows) {
      if (filter.purpose !== undefined && r.purposes.length > 0 && !r.purposes.includes(filter.purpose))
        continue;
      const status = out[Number(r.who)]!;
      status.restricted = true;
      status.entries.push({
        id: Number(r.id),
        scope: r.scope,
        purposes: r.purposes,
        article: r.article,
        since: r.created_at,
      });
    }
  }
  return out;
}

/**
 * A person's identifiers normalised as at intake; empty ones are left out, and so is one that
 * normalises to nothing (a phone column holding text), which would otherwise match every such row.
 */
function lookupEntries(p: Partial<SubjectIdentity>): { kind: IdentityKind; value: string }[] {
  const given: [IdentityKind, string | undefined][] = [
    ['email', p.email],
    ['phone', p.phone],
    ['customer_number', p.customerNumber],
  ];
  return given.flatMap(([kind, raw]) => {
    const value = raw?.trim() ? normaliseIdentity(kind, raw) : '';
    return value === '' ? [] : [{ kind, value }];
  });
}

/**
 * The keys of rows restricted in one collection, for a retention sweep's `exclude` or an export's
 * filter: `{ field, values }` per key field.
 *
 * @example
 *   for (const m of await restrictedKeys(db, 'crm', 'invoices')) sweep.exclude = m;
 */
export async function restrictedKeys(
  q: Queryable,
  system: string,
  collection: string,
): Promise<{ field: string; values: string[] }[]> {
  const { rows } = await q.query<{ key_field: string; key_value: string }>(
    `select distinct k.key_field, k.key_value
       from grondslag.dsr_restricted_row k
       join grondslag.dsr_restriction r on r.id = k.restriction_id
      where r.lifted_at is null and k.system = $1 and k.collection = $2
      order by k.key_field, k.key_value`,
    [system, collection],
  );
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(r.key_field, [...(by.get(r.key_field) ?? []), r.key_value]);
  return [...by].map(([field, values]) => ({ field, values }));
}

/**
 * Lifts an entry, recording who and why. Art. 18(3): the person is told before a restriction is
 * lifted — `liftRestrictionEntry` (restriction-entries.ts) sends that notice and then calls this.
 */
export async function liftRestriction(
  tx: Queryable,
  id: number,
  lift: { at: Date; by: string; reason: string },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `update grondslag.dsr_restriction set lifted_at = $2, lifted_by = $3, lift_reason = $4
      where id = $1 and lifted_at is null`,
    [id, lift.at, lift.by, lift.reason],
  );
  return rowCount > 0;
}
