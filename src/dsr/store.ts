import { randomBytes } from 'node:crypto';
import type { AuditData } from '../audit/entry.js';
import { appendAudit, appendAudits } from '../audit/log.js';
import type { Sealer } from '../crypto/sealed.js';
import { GrondslagError } from '../errors.js';
import type { Db, Queryable } from '../store/db.js';
import { identityEntries, identityLookup } from './identity.js';
import {
  type Denial,
  type DsrRequest,
  dsrErrorCodes,
  type Extension,
  type IdentityDoubt,
  type IdentityKind,
  type RequestDetails,
  type RequestEvent,
  type RequestStatus,
  type RequestType,
  type SubjectIdentity,
  type Transition,
  type Verification,
} from './request.js';

/**
 * Persistence of requests (tables in src/store/migrations/0004_dsr_requests.ts). Domain rules live in
 * request.ts; this file only maps rows, seals what is personal, and runs a transition together with
 * its event and audit entry in one transaction (`transitionRequest`), which is how every caller —
 * console, API, CLI, jobs, execution — changes a request.
 */

interface RequestRow {
  id: string;
  reference: string;
  type: RequestType;
  details_sealed: string;
  status: RequestStatus;
  channel: DsrRequest['channel'];
  language: DsrRequest['language'];
  received_at: Date;
  due_at: Date;
  initial_due_at: Date;
  extension: Record<string, unknown> | null;
  verification: Record<string, unknown> | null;
  doubt: Record<string, unknown> | null;
  denial: Record<string, unknown> | null;
  answered_at: Date | null;
  closed_at: Date | null;
  duplicates: number;
  updated_at: Date;
}

// jsonb keeps dates as ISO strings; these name the fields to turn back into Dates.
function revive<T>(json: Record<string, unknown> | null, dateKeys: string[]): T | undefined {
  if (!json) return undefined;
  const out: Record<string, unknown> = { ...json };
  for (const k of dateKeys) if (typeof out[k] === 'string') out[k] = new Date(out[k] as string);
  return out as T;
}

function reviveDetails(details: RequestDetails): RequestDetails {
  if (details.type === 'objection' && details.decision) {
    return { ...details, decision: { ...details.decision, decidedAt: new Date(details.decision.decidedAt) } };
  }
  return details;
}

function fromRow(row: RequestRow, sealer: Sealer): DsrRequest {
  const r: DsrRequest = {
    id: row.id,
    reference: row.reference,
    type: row.type,
    details: reviveDetails(JSON.parse(sealer.openText(row.details_sealed)) as RequestDetails),
    status: row.status,
    channel: row.channel,
    language: row.language,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    initialDueAt: row.initial_due_at,
    duplicates: row.duplicates,
    updatedAt: row.updated_at,
  };
  const extension = revive<Extension>(row.extension, ['noticeSentAt', 'dueAt']);
  const verification = revive<Verification>(row.verification, ['verifiedAt']);
  const doubt = revive<IdentityDoubt>(row.doubt, ['recordedAt']);
  const denial = revive<Denial>(row.denial, ['deniedAt']);
  if (extension) r.extension = extension;
  if (verification) r.verification = verification;
  if (doubt) r.doubt = doubt;
  if (denial) r.denial = denial;
  if (row.answered_at) r.answeredAt = row.answered_at;
  if (row.closed_at) r.closedAt = row.closed_at;
  return r;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** A new request id: `dsr_` and 26 hex characters (104 random bits). */
export function newRequestId(): string {
  return `dsr_${randomBytes(13).toString('hex')}`;
}

/** The next human reference, `DSR-<year>-<number>`, numbered across years. */
export async function nextReference(q: Queryable, receivedAt: Date): Promise<string> {
  const { rows } = await q.query<{ n: number }>(`select nextval('grondslag.dsr_reference_seq')::int as n`);
  return `DSR-${receivedAt.getUTCFullYear()}-${String(rows[0]?.n ?? 0).padStart(4, '0')}`;
}

/** Inserts a new request with its identity (sealed) and first event. */
export async function insertRequest(
  tx: Queryable,
  sealer: Sealer,
  request: DsrRequest,
  identity: SubjectIdentity,
  event: RequestEvent,
): Promise<void> {
  await tx.query(
    `insert into grondslag.dsr_request
       (id, reference, type, details_sealed, status, channel, language, received_at, due_at,
        initial_due_at, extension, verification, doubt, denial, answered_at, closed_at, duplicates, updated_at)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11::jsonb,$12::jsonb,$13::jsonb,$14::jsonb,$15,$16,$17,$18)`,
    [
      request.id,
      request.reference,
      request.type,
      sealer.seal(JSON.stringify(request.details)),
      request.status,
      request.channel,
      request.language,
      request.receivedAt,
      request.dueAt,
      request.initialDueAt,
      json(request.extension),
      json(request.verification),
      json(request.doubt),
      json(request.denial),
      request.answeredAt ?? null,
      request.closedAt ?? null,
      request.duplicates,
      request.updatedAt,
    ],
  );
  const raw: Record<IdentityKind, string | undefined> = {
    email: identity.email,
    phone: identity.phone,
    customer_number: identity.customerNumber,
  };
  for (const { kind, value } of identityEntries(identity)) {
    await tx.query(
      'insert into grondslag.dsr_identity (request_id, kind, lookup, sealed) values ($1, $2, $3, $4)',
      // The raw value as given is sealed (execution may need its exact form); the lookup is normalised.
      [request.id, kind, identityLookup(sealer, kind, value), sealer.seal(raw[kind] ?? value)],
    );
  }
  await insertEvent(tx, request.id, event);
}

/** Writes the request's mutable fields back. */
export async function updateRequest(tx: Queryable, sealer: Sealer, r: DsrRequest): Promise<void> {
  await tx.query(
    `update grondslag.dsr_request set
       type = $2, details_sealed = $3, status = $4, due_at = $5, extension = $6::jsonb,
       verification = $7::jsonb, doubt = $8::jsonb, denial = $9::jsonb, answered_at = $10,
       closed_at = $11, duplicates = $12, updated_at = $13, language = $14
     where id = $1`,
    [
      r.id,
      r.type,
      sealer.seal(JSON.stringify(r.details)),
      r.status,
      r.dueAt,
      json(r.extension),
      json(r.verification),
      json(r.doubt),
      json(r.denial),
      r.answeredAt ?? null,
      r.closedAt ?? null,
      r.duplicates,
      r.updatedAt,
      r.language,
    ],
  );
}

export async function insertEvent(tx: Queryable, requestId: string, e: RequestEvent): Promise<void> {
  await tx.query(
    'insert into grondslag.dsr_event (request_id, kind, at, actor, data) values ($1, $2, $3, $4, $5::jsonb)',
    [requestId, e.kind, e.at, e.actor, JSON.stringify(e.data ?? {})],
  );
}

function notFound(id: string): GrondslagError {
  return new GrondslagError(dsrErrorCodes.notFound, `no request ${id}`, { kind: 'not_found' });
}

/**
 * One request by id or reference (`dsr_…` or `DSR-2026-0001`).
 *
 * @example
 *   const req = await loadRequest(db, sealer, 'DSR-2026-0001');
 */
export async function loadRequest(
  q: Queryable,
  sealer: Sealer,
  idOrReference: string,
  options: { forUpdate?: boolean } = {},
): Promise<DsrRequest> {
  const { rows } = await q.query<RequestRow>(
    `select * from grondslag.dsr_request where id = $1 or reference = $1${options.forUpdate ? ' for update' : ''}`,
    [idOrReference],
  );
  const row = rows[0];
  if (!row) throw notFound(idOrReference);
  return fromRow(row, sealer);
}

/** The person's identifiers as given (unsealed). For sending mail and for execution only. */
export async function loadIdentity(
  q: Queryable,
  sealer: Sealer,
  requestId: string,
): Promise<SubjectIdentity> {
  const { rows } = await q.query<{ kind: IdentityKind; sealed: string }>(
    'select kind, sealed from grondslag.dsr_identity where request_id = $1',
    [requestId],
  );
  return identityFromRows(sealer, requestId, rows);
}

function identityFromRows(
  sealer: Sealer,
  requestId: string,
  rows: { kind: IdentityKind; sealed: string }[],
): SubjectIdentity {
  const values = new Map(rows.map((r) => [r.kind, sealer.openText(r.sealed)]));
  const email = values.get('email');
  if (email === undefined) throw notFound(requestId);
  const identity: SubjectIdentity = { email };
  const phone = values.get('phone');
  const customer = values.get('customer_number');
  if (phone !== undefined) identity.phone = phone;
  if (customer !== undefined) identity.customerNumber = customer;
  return identity;
}

/**
 * What executing a request starts from, in one statement: the request, the status of its execution
 * (null when there is none yet) and the person's identifiers (unsealed when asked for; throws as
 * `loadIdentity` does when there are none).
 *
 * @example
 *   const { request, executionStatus, identity } = await loadRequestToExecute(db, sealer, 'DSR-2026-0001');
 */
export async function loadRequestToExecute(
  q: Queryable,
  sealer: Sealer,
  idOrReference: string,
): Promise<{ request: DsrRequest; executionStatus: string | null; identity: () => SubjectIdentity }> {
  const { rows } = await q.query<
    RequestRow & { execution_status: string | null; identities: { kind: IdentityKind; sealed: string }[] }
  >(
    `select r.*,
            (select e.status from grondslag.dsr_execution e where e.request_id = r.id) as execution_status,
            (select coalesce(jsonb_agg(jsonb_build_object('kind', i.kind, 'sealed', i.sealed)), '[]'::jsonb)
               from grondslag.dsr_identity i where i.request_id = r.id) as identities
       from grondslag.dsr_request r where r.id = $1 or r.reference = $1`,
    [idOrReference],
  );
  const row = rows[0];
  if (!row) throw notFound(idOrReference);
  const { execution_status: executionStatus, identities, ...requestRow } = row;
  return {
    request: fromRow(requestRow, sealer),
    executionStatus,
    identity: () => identityFromRows(sealer, row.id, identities),
  };
}

export interface RequestFilter {
  /** Only open requests (not completed, denied, withdrawn). */
  open?: boolean;
  status?: RequestStatus;
  /** Only requests due before this instant. */
  dueBefore?: Date;
  limit?: number;
}

/** Requests sorted by due date, earliest first (the queue order). */
export async function listRequests(
  q: Queryable,
  sealer: Sealer,
  filter: RequestFilter = {},
): Promise<DsrRequest[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.open) where.push(`status not in ('completed', 'denied', 'withdrawn')`);
  if (filter.status) {
    params.push(filter.status);
    where.push(`status = $${params.length}`);
  }
  if (filter.dueBefore) {
    params.push(filter.dueBefore);
    where.push(`due_at < $${params.length}`);
  }
  params.push(filter.limit ?? 500);
  const { rows } = await q.query<RequestRow>(
    `select * from grondslag.dsr_request ${where.length ? `where ${where.join(' and ')}` : ''}
     order by due_at, received_at limit $${params.length}`,
    params,
  );
  return rows.map((r) => fromRow(r, sealer));
}

/**
 * An open request of the same type for the same e-mail address — a duplicate is grouped into it
 * instead of becoming a second request (same person, same question). Only the address counts: it is
 * where codes and the answer go, and a shared phone number or household customer number can belong
 * to another person, whose request must never be answered to someone else's mailbox.
 */
export async function findOpenDuplicate(
  q: Queryable,
  sealer: Sealer,
  identity: SubjectIdentity,
  type: RequestType,
): Promise<DsrRequest | undefined> {
  const email = identityEntries(identity).find((e) => e.kind === 'email');
  if (!email) return undefined;
  const { rows } = await q.query<RequestRow>(
    `select r.* from grondslag.dsr_request r
      where r.type = $1 and r.status not in ('completed', 'denied', 'withdrawn')
        and exists (select 1 from grondslag.dsr_identity i
                     where i.request_id = r.id and i.kind = 'email' and i.lookup = $2)
      order by r.received_at limit 1`,
    [type, identityLookup(sealer, 'email', email.value)],
  );
  return rows[0] ? fromRow(rows[0], sealer) : undefined;
}

export async function listEvents(q: Queryable, requestId: string): Promise<RequestEvent[]> {
  const { rows } = await q.query<{
    kind: RequestEvent['kind'];
    at: Date;
    actor: string;
    data: Record<string, unknown>;
  }>('select kind, at, actor, data from grondslag.dsr_event where request_id = $1 order by id', [requestId]);
  return rows.map((r) => ({ kind: r.kind, at: r.at, actor: r.actor, data: r.data }));
}

export type MessagePurpose = 'request' | 'email' | 'code' | 'notice' | 'answer' | 'denial' | 'id_copy_link';

export interface StoredMessage {
  id: number;
  direction: 'in' | 'out';
  channel: string;
  purpose: MessagePurpose;
  subject?: string;
  body: string;
  at: Date;
}

/** Keeps a message as evidence, sealed. `sourceId` (an e-mail's Message-ID) makes re-import a no-op. */
export async function addMessage(
  tx: Queryable,
  sealer: Sealer,
  m: {
    requestId: string;
    direction: 'in' | 'out';
    channel: string;
    purpose: MessagePurpose;
    subject?: string;
    body: string;
    sourceId?: string;
    at: Date;
  },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `insert into grondslag.dsr_message
       (request_id, direction, channel, purpose, subject_sealed, body_sealed, source_lookup, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (source_lookup) where source_lookup is not null do nothing`,
    [
      m.requestId,
      m.direction,
      m.channel,
      m.purpose,
      m.subject === undefined ? null : sealer.seal(m.subject),
      sealer.seal(m.body),
      m.sourceId === undefined ? null : sealer.lookup('dsr:message-id', m.sourceId),
      m.at,
    ],
  );
  return rowCount > 0;
}

/** Whether a message with this source id (e-mail Message-ID) was imported before. */
export async function messageSeen(q: Queryable, sealer: Sealer, sourceId: string): Promise<boolean> {
  const { rows } = await q.query('select 1 from grondslag.dsr_message where source_lookup = $1', [
    sealer.lookup('dsr:message-id', sourceId),
  ]);
  return rows.length > 0;
}

export async function listMessages(
  q: Queryable,
  sealer: Sealer,
  requestId: string,
): Promise<StoredMessage[]> {
  const { rows } = await q.query<{
    id: number;
    direction: 'in' | 'out';
    channel: string;
    purpose: MessagePurpose;
    subject_sealed: string | null;
    body_sealed: string;
    at: Date;
  }>(
    `select id, direction, channel, purpose, subject_sealed, body_sealed, at
       from grondslag.dsr_message where request_id = $1 order by at, id`,
    [requestId],
  );
  return rows.map((r) => {
    const m: StoredMessage = {
      id: Number(r.id),
      direction: r.direction,
      channel: r.channel,
      purpose: r.purpose,
      body: sealer.openText(r.body_sealed),
      at: r.at,
    };
    if (r.subject_sealed) m.subject = sealer.openText(r.subject_sealed);
    return m;
  });
}

/** Audit action names are `dsr.<event kind>`. */
export function auditAction(kind: RequestEvent['kind']): string {
  return `dsr.${kind}`;
}

/** Who did it, in the audit log's actor syntax. */
export function auditActor(actor: string): string {
  return actor === 'person' ? 'person' : actor === 'system' ? 'system:dsr' : actor;
}

export interface TransitionOptions {
  /** Extra non-personal facts for the audit entry. */
  audit?: AuditData;
  /** Work in the same transaction, after the request is saved and before the audit entry. */
  alongside?: (tx: Queryable, t: Transition) => Promise<void>;
  now?: () => Date;
}

/**
 * Saves the result of one or more successive transitions of `before` (e.g. verify, then the
 * immediate approval of a direct-marketing objection): the final request, every event, and one
 * audit entry per transition. Call last in the transaction: the audit entries take the log's lock.
 */
export async function saveTransitions(
  tx: Queryable,
  sealer: Sealer,
  before: DsrRequest,
  transitions: Transition[],
  options: TransitionOptions = {},
): Promise<DsrRequest> {
  const last = transitions.at(-1);
  if (!last) return before;
  await updateRequest(tx, sealer, last.request);
  for (const t of transitions) await insertEvent(tx, t.request.id, t.event);
  if (options.alongside) await options.alongside(tx, last);
  let from = before.status;
  for (const t of transitions) {
    await appendAudit(
      tx,
      {
        actor: auditActor(t.event.actor),
        action: auditAction(t.event.kind),
        subjectType: 'dsr_request',
        subjectId: t.request.id,
        data: { type: t.request.type, from, to: t.request.status, ...(options.audit ?? {}) },
      },
      options.now ? { now: options.now } : {},
    );
    from = t.request.status;
  }
  return last.request;
}

/**
 * Loads a request under a row lock, applies a pure transition from request.ts, saves the result and
 * its event, and appends the audit entry — all in one transaction, the audit entry last. `apply`
 * may also do work of its own in `tx` (and may send the mail a transition depends on: if sending
 * throws, nothing is recorded).
 *
 * @example
 *   await transitionRequest(db, sealer, id, (r) => approve(r, { by: actor }, now));
 */
export async function transitionRequest(
  db: Db,
  sealer: Sealer,
  idOrReference: string,
  apply: (request: DsrRequest, tx: Queryable) => Transition | Promise<Transition>,
  options: TransitionOptions = {},
): Promise<Transition> {
  return db.transaction(async (tx) => {
    const before = await loadRequest(tx, sealer, idOrReference, { forUpdate: true });
    const t = await apply(before, tx);
    await saveTransitions(tx, sealer, before, [t], options);
    return t;
  });
}

/** Records an event that changes nothing else (a note, a deadline flag), with its audit entry. */
export async function recordEvent(
  tx: Queryable,
  request: Pick<DsrRequest, 'id' | 'type' | 'status'>,
  event: RequestEvent,
  audit: AuditData = {},
  now?: () => Date,
): Promise<void> {
  await recordEvents(tx, request, [{ event, audit }], now);
}

/**
 * Records several such events of one request, in order, with their audit entries: one insert for
 * the events and one append for the entries (src/audit/log.ts appendAudits), whatever their number.
 * Call last in the transaction: the audit entries take the log's lock.
 */
export async function recordEvents(
  tx: Queryable,
  request: Pick<DsrRequest, 'id' | 'type' | 'status'>,
  events: { event: RequestEvent; audit?: AuditData }[],
  now?: () => Date,
): Promise<void> {
  if (events.length === 0) return;
  // Rows in the order given, so the events' ids follow it as they would one insert at a time.
  await tx.query(
    `insert into grondslag.dsr_event (request_id, kind, at, actor, data)
     values ${events.map((_, i) => `($1, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5}::jsonb)`).join(', ')}`,
    [request.id, ...events.flatMap(({ event: e }) => [e.kind, e.at, e.actor, JSON.stringify(e.data ?? {})])],
  );
  await appendAudits(
    tx,
    events.map(({ event, audit }) => ({
      actor: auditActor(event.actor),
      action: auditAction(event.kind),
      subjectType: 'dsr_request',
      subjectId: request.id,
      data: { type: request.type, status: request.status, ...(audit ?? {}) },
    })),
    now ? { now } : {},
  );
}
