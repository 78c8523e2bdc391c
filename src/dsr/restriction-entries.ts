import { appendAudit } from '../audit/log.js';
import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import type { DsrDeps } from './deps.js';
import { mailLetter } from './letter-mail.js';
import { restrictionLiftLetter } from './letters.js';
import { liftRestriction, type RestrictionScope } from './restriction.js';
import { loadRequest } from './store.js';
import { requireMailer } from './verification.js';

/**
 * The entries of the restriction/suppression list as an operator sees them (`grondslag restriction
 * list`, `GET /api/restrictions`, the console), and lifting one. Entries show scope, purposes,
 * article, the request that made them and how many identifiers and rows they list — never an
 * identifier: the list holds keyed hashes only.
 */

export interface RestrictionEntry {
  id: number;
  scope: RestrictionScope;
  purposes: string[];
  reason: string;
  article: string;
  since: Date;
  liftedAt: Date | null;
  /** Why it was lifted (the reasons given to the person, when there was one to tell). */
  liftReason: string | null;
  request: { id: string; reference: string } | null;
  identifiers: number;
  rows: number;
}

/** An entry as the CLI and the API print it: ISO dates, the request by its reference. */
export function restrictionEntryJson(e: RestrictionEntry) {
  return {
    id: e.id,
    scope: e.scope,
    purposes: e.purposes,
    reason: e.reason,
    article: e.article,
    since: e.since.toISOString(),
    liftedAt: e.liftedAt?.toISOString() ?? null,
    liftReason: e.liftReason,
    request: e.request?.reference ?? null,
    identifiers: e.identifiers,
    rows: e.rows,
  };
}

/** Active entries, newest first; `all` adds lifted ones. */
export async function listRestrictionEntries(
  q: Queryable,
  options: { all?: boolean; limit?: number; id?: number } = {},
): Promise<RestrictionEntry[]> {
  const { rows } = await q.query<{
    id: string;
    scope: RestrictionScope;
    purposes: string[];
    reason: string;
    article: string;
    created_at: Date;
    lifted_at: Date | null;
    lift_reason: string | null;
    request_id: string | null;
    reference: string | null;
    identifiers: string;
    restricted_rows: string;
  }>(
    `select r.id, r.scope, r.purposes, r.reason, r.article, r.created_at, r.lifted_at, r.lift_reason, r.request_id, q.reference,
            (select count(*) from grondslag.dsr_restriction_identity i where i.restriction_id = r.id) as identifiers,
            (select count(*) from grondslag.dsr_restricted_row k where k.restriction_id = r.id) as restricted_rows
       from grondslag.dsr_restriction r
       left join grondslag.dsr_request q on q.id = r.request_id
      where ($1 or r.lifted_at is null) and ($3::bigint is null or r.id = $3)
      order by r.id desc
      limit $2`,
    [options.all === true, options.limit ?? 10_000, options.id ?? null],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    scope: r.scope,
    purposes: r.purposes,
    reason: r.reason,
    article: r.article,
    since: r.created_at,
    liftedAt: r.lifted_at,
    liftReason: r.lift_reason,
    request: r.request_id && r.reference ? { id: r.request_id, reference: r.reference } : null,
    identifiers: Number(r.identifiers),
    rows: Number(r.restricted_rows),
  }));
}

/**
 * Lifts an entry. Art. 18(3): a person who obtained a restriction is told before it is lifted — so
 * when the entry came from a request, the notice with the reasons is mailed first, inside the
 * transaction (a refused mail lifts nothing), and kept with the request's messages. An entry
 * without a request (none is left to write to) is lifted with the reasons on record. Audited.
 */
export async function liftRestrictionEntry(
  deps: DsrDeps,
  id: number,
  input: { by: string; reasons: string },
): Promise<RestrictionEntry & { notified: boolean }> {
  const reasons = input.reasons.trim();
  if (reasons === '') {
    throw new GrondslagError('DSR_REASONS_REQUIRED', 'the reasons for lifting the restriction must be given');
  }
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      id: string;
      scope: RestrictionScope;
      request_id: string | null;
      lifted_at: Date | null;
    }>('select id, scope, request_id, lifted_at from grondslag.dsr_restriction where id = $1 for update', [
      id,
    ]);
    const entry = rows[0];
    if (!entry) {
      throw new GrondslagError('DSR_RESTRICTION_NOT_FOUND', `no restriction entry ${id}`, {
        kind: 'not_found',
      });
    }
    if (entry.lifted_at) {
      throw new GrondslagError(
        'DSR_RESTRICTION_LIFTED',
        `restriction entry ${id} was lifted on ${entry.lifted_at.toISOString().slice(0, 10)}`,
        { kind: 'conflict' },
      );
    }
    let notified = false;
    if (entry.request_id) {
      const mailer = requireMailer(deps);
      const request = await loadRequest(tx, deps.sealer, entry.request_id);
      const letter = restrictionLiftLetter(request.language, {
        sender: deps.sender,
        reference: request.reference,
        scope: entry.scope,
        reasons,
      });
      await mailLetter(deps, mailer, tx, { requestId: request.id, letter, purpose: 'notice', at: now });
      notified = true;
    }
    await liftRestriction(tx, id, { at: now, by: input.by, reason: reasons });
    await appendAudit(
      tx,
      {
        actor: input.by,
        action: 'dsr.restriction_lifted',
        subjectType: entry.request_id ? 'dsr_request' : 'dsr_restriction',
        subjectId: entry.request_id ?? String(id),
        data: { restriction: id, scope: entry.scope, notified },
      },
      { now: deps.clock },
    );
    const [lifted] = await listRestrictionEntries(tx, { all: true, id });
    return { ...lifted!, notified };
  });
}
