import { GrondslagError } from '../errors.js';

/**
 * A data-subject request (Art. 12–22): what the person asked for, where it stands, and every move it
 * made. This file is the contract between intake/verification/deadlines (src/dsr/intake*, verify*,
 * deadline.ts) and execution (src/dsr/execute*, owned separately): both read and write requests
 * through these types, and every change of state goes through one of the pure transitions below, so
 * that the rules of the law live in one place and the store merely persists their result.
 *
 * Life cycle:
 *
 *   received ─► awaiting_verification ─► verified ─► in_progress ─► completed
 *       │               │                   │             │
 *       └───────────────┴───────────────────┴─────────────┴──► denied | withdrawn
 *
 * `extended` is a flag on an open request, not a state: the work continues while the person has
 * been told, with reasons, that the answer takes longer (Art. 12(3)).
 */

// ---------------------------------------------------------------------------------------------
// Types of request

/**
 * The rights a request can invoke. `unknown` is for e-mail whose wording did not reveal the right;
 * an operator sets the type before the request can be approved.
 */
export const requestTypes = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'withdraw_consent',
  'minor_report',
  'unknown',
] as const;
export type RequestType = (typeof requestTypes)[number];

/** The article each type rests on, for texts and the audit trail. */
export const requestTypeArticle: Record<RequestType, string> = {
  access: 'Art. 15',
  portability: 'Art. 20',
  rectification: 'Art. 16',
  erasure: 'Art. 17',
  restriction: 'Art. 18',
  objection: 'Art. 21',
  withdraw_consent: 'Art. 7(3)',
  minor_report: 'Art. 8 / Art. 17(1)(f)',
  unknown: 'Art. 12',
};

/** Where a portability package goes: to the person, or directly to another controller (Art. 20(2)). */
export type PortabilityDestination =
  | { kind: 'person' }
  | {
      kind: 'controller';
      /** Name of the receiving organisation, as the person gave it. */
      organisation: string;
      /** The receiver's HTTPS endpoint; plain HTTP is refused (the package is personal data). */
      endpoint: string;
    };

/** One change the person asks for (Art. 16): which item, and what it should become. */
export interface RectificationChange {
  /**
   * What to correct, as the person or operator named it: a data-map field (`crm.customers.email`)
   * or a category key (`user.contact.address`). Execution resolves it against the data map.
   */
  field: string;
  /** The corrected value. Sealed in storage like every other personal value. */
  value: string;
  /** Why the current value is wrong, in the person's words (optional). */
  note?: string;
}

/**
 * Art. 21: objection to direct marketing is absolute and immediate (21(3)); objection to processing
 * on legitimate interest (6(1)(e)/(f)) needs a weighing by the DPO (21(1)).
 */
export type ObjectionGround = 'direct_marketing' | 'legitimate_interest';

export interface ObjectionDecision {
  outcome: 'upheld' | 'rejected';
  /** The compelling legitimate grounds (rejected) or what stops (upheld). */
  reasons: string;
  decidedAt: Date;
  /** User id of the DPO. */
  decidedBy: string;
}

/** Type-specific details; the discriminant is the request type. */
export type RequestDetails =
  | { type: 'access' }
  | { type: 'portability'; destination: PortabilityDestination }
  | { type: 'rectification'; changes: RectificationChange[] }
  | { type: 'erasure' }
  | { type: 'restriction' }
  | {
      type: 'objection';
      ground: ObjectionGround;
      /** Policy purpose ids the objection is about; empty means "all on that ground". */
      purposes: string[];
      decision?: ObjectionDecision;
    }
  | {
      type: 'withdraw_consent';
      /** Policy purpose ids whose consent is withdrawn; empty means every consent-based purpose. */
      purposes: string[];
    }
  | {
      type: 'minor_report';
      /** Age of the child when the data was collected, if stated. */
      childAge?: number;
      /** Who reports: the parent/guardian, or the (now older) person themself. */
      reporter: 'parent' | 'guardian' | 'self' | 'other';
    }
  | { type: 'unknown' };

/** Default details for a type, used when intake knows only the type. */
export function defaultDetails(type: RequestType): RequestDetails {
  switch (type) {
    case 'portability':
      return { type, destination: { kind: 'person' } };
    case 'rectification':
      return { type, changes: [] };
    case 'objection':
      return { type, ground: 'direct_marketing', purposes: [] };
    case 'withdraw_consent':
      return { type, purposes: [] };
    case 'minor_report':
      return { type, reporter: 'other' };
    default:
      return { type };
  }
}

// ---------------------------------------------------------------------------------------------
// Status and the request record

export const requestStatuses = [
  'received',
  'awaiting_verification',
  'verified',
  'in_progress',
  'completed',
  'denied',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const terminalStatuses: readonly RequestStatus[] = ['completed', 'denied', 'withdrawn'];

export function isOpen(status: RequestStatus): boolean {
  return !terminalStatuses.includes(status);
}

export const intakeChannels = ['portal', 'api', 'cli', 'email'] as const;
export type IntakeChannel = (typeof intakeChannels)[number];

export type RequestLanguage = 'nl' | 'en';

/** How identity was established. `id_copy` only ever after a recorded doubt (Art. 12(6)). */
export type VerificationMethod = 'email_code' | 'id_copy' | 'operator';

export interface Verification {
  method: VerificationMethod;
  verifiedAt: Date;
  /** User id of the operator for `operator` and `id_copy`; absent for a code the person entered. */
  by?: string;
  /** Operator's note (e.g. "signed in to the customer portal"); never the ID copy's contents. */
  note?: string;
}

/** A reasonable doubt about identity recorded by an operator (Art. 12(6)); opens the ID-copy route. */
export interface IdentityDoubt {
  reason: string;
  recordedAt: Date;
  by: string;
}

/** The Art. 12(3) extension: only valid once the notice with reasons has gone out. */
export interface Extension {
  /** Why the request needs longer (complexity, number of requests). */
  reasons: string;
  /** The text sent to the person. */
  notice: string;
  noticeSentAt: Date;
  /** The due date after the extension (never past receipt + 3 months). */
  dueAt: Date;
  by: string;
}

/** Art. 12(4)/12(5) grounds to refuse. */
export const denialGrounds = [
  /** The person's identity could not be established (Art. 11(2), 12(2)). */
  'identity_not_established',
  /** Manifestly unfounded or excessive (Art. 12(5)). */
  'manifestly_unfounded',
  'excessive',
  /** An exception in the article itself (e.g. 17(3), 20(4)), or the DPO rejected an objection. */
  'legal_exception',
  'other',
] as const;
export type DenialGround = (typeof denialGrounds)[number];

export interface Denial {
  ground: DenialGround;
  /** The reasons, as the operator wrote them; the letter (src/dsr/denial-text.ts) wraps them. */
  reasons: string;
  deniedAt: Date;
  by: string;
}

/**
 * One request as the application sees it. Identity values are not on it: they live sealed in
 * `dsr_identity` and are unsealed only where they are needed (sending mail, execution).
 */
export interface DsrRequest {
  /** `dsr_` + 26 characters; stable, safe for URLs and the audit log. */
  id: string;
  /** Human reference on letters and in the console, e.g. `V-2025-0042`. */
  reference: string;
  type: RequestType;
  details: RequestDetails;
  status: RequestStatus;
  channel: IntakeChannel;
  language: RequestLanguage;
  receivedAt: Date;
  /** Current due date: the original one, or the extension's. */
  dueAt: Date;
  /** Original due date (Art. 12(3) first month), kept after an extension. */
  initialDueAt: Date;
  extension?: Extension;
  verification?: Verification;
  doubt?: IdentityDoubt;
  denial?: Denial;
  /** When the answer (package link, certificate, confirmation) was sent. */
  answeredAt?: Date;
  closedAt?: Date;
  /** How many further submissions were grouped into this one (same person, same type, open). */
  duplicates: number;
  updatedAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Events

export const eventKinds = [
  'received',
  'duplicate_received',
  'verification_sent',
  'verification_failed',
  'verified',
  'doubt_recorded',
  'id_copy_received',
  'id_copy_refused',
  'id_copy_deleted',
  'type_set',
  'details_changed',
  'objection_decided',
  'approved',
  'extended',
  'denied',
  'withdrawn',
  'execution_started',
  'execution_step',
  'execution_finished',
  'answer_sent',
  'completed',
  'deadline_near',
  'deadline_overdue',
  'note',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** What happened to a request, for the detail page and the person's status page. No personal data. */
export interface RequestEvent {
  kind: EventKind;
  at: Date;
  /** User id, `person` (the data subject), or `system`. */
  actor: string;
  /** Small structured facts (ids, counts, codes); never identity values. */
  data?: Record<string, unknown>;
}

/** The outcome of a transition: the new request and the event that records it. */
export interface Transition {
  request: DsrRequest;
  event: RequestEvent;
}

// ---------------------------------------------------------------------------------------------
// Errors

export const dsrErrorCodes = {
  illegalTransition: 'DSR_ILLEGAL_TRANSITION',
  typeUnknown: 'DSR_TYPE_UNKNOWN',
  reasonsRequired: 'DSR_REASONS_REQUIRED',
  alreadyExtended: 'DSR_ALREADY_EXTENDED',
  extensionTooLate: 'DSR_EXTENSION_TOO_LATE',
  extensionTooLong: 'DSR_EXTENSION_TOO_LONG',
  objectionDecisionRequired: 'DSR_OBJECTION_DECISION_REQUIRED',
  notAnObjection: 'DSR_NOT_AN_OBJECTION',
  doubtPending: 'DSR_DOUBT_PENDING',
  invalidDetails: 'DSR_INVALID_DETAILS',
  notFound: 'DSR_NOT_FOUND',
} as const;

function illegal(request: DsrRequest, action: string): GrondslagError {
  return new GrondslagError(
    dsrErrorCodes.illegalTransition,
    `request ${request.reference} is ${request.status}; "${action}" is not allowed from there`,
    { kind: 'conflict' },
  );
}

function requireFrom(request: DsrRequest, action: string, from: readonly RequestStatus[]): void {
  if (!from.includes(request.status)) throw illegal(request, action);
}

function requireText(text: string | undefined, what: string): string {
  const t = text?.trim() ?? '';
  if (t.length === 0) {
    throw new GrondslagError(dsrErrorCodes.reasonsRequired, `${what} must be given`);
  }
  return t;
}

function step(
  request: DsrRequest,
  changes: Partial<DsrRequest>,
  event: Omit<RequestEvent, 'at'>,
  at: Date,
): Transition {
  return { request: { ...request, ...changes, updatedAt: at }, event: { ...event, at } };
}

// ---------------------------------------------------------------------------------------------
// Transitions. Each is pure: (request, input, at) → { request, event } or a GrondslagError.

const preVerification: readonly RequestStatus[] = ['received', 'awaiting_verification'];
const openStatuses: readonly RequestStatus[] = [
  'received',
  'awaiting_verification',
  'verified',
  'in_progress',
];

/**
 * A verification was started (a code sent, or an ID-copy upload link after a doubt).
 *
 * @example
 *   const { request: r } = startVerification(req, { method: 'email_code' }, now);
 */
export function startVerification(
  request: DsrRequest,
  input: { method: 'email_code' | 'id_copy'; attemptId?: string },
  at: Date,
): Transition {
  requireFrom(request, 'start verification', preVerification);
  return step(
    request,
    { status: 'awaiting_verification' },
    { kind: 'verification_sent', actor: 'system', data: { method: input.method, attempt: input.attemptId } },
    at,
  );
}

/**
 * Identity established. While an operator's doubt stands, only an ID copy (or the operator who
 * recorded/reviews it) may settle it: a code to the same mailbox is exactly what was doubted.
 *
 * @example
 *   verify(req, { method: 'email_code' }, now).request.status // 'verified'
 */
export function verify(
  request: DsrRequest,
  input: { method: VerificationMethod; by?: string; note?: string },
  at: Date,
): Transition {
  requireFrom(request, 'verify', preVerification);
  if (request.doubt && input.method === 'email_code') {
    throw new GrondslagError(
      dsrErrorCodes.doubtPending,
      `request ${request.reference} has a recorded doubt about identity; an e-mail code does not settle it`,
      { kind: 'conflict' },
    );
  }
  const verification: Verification = { method: input.method, verifiedAt: at };
  if (input.by !== undefined) verification.by = input.by;
  if (input.note !== undefined) verification.note = input.note;
  return step(
    request,
    { status: 'verified', verification },
    { kind: 'verified', actor: input.by ?? 'person', data: { method: input.method } },
    at,
  );
}

/**
 * An operator records a reasonable doubt about the person's identity (Art. 12(6)), with the reason.
 * The request waits for an ID copy (or the operator's own verification).
 */
export function recordDoubt(
  request: DsrRequest,
  input: { reason: string; by: string },
  at: Date,
): Transition {
  requireFrom(request, 'record doubt', preVerification);
  const reason = requireText(input.reason, 'the reason for the doubt (Art. 12(6))');
  return step(
    request,
    { status: 'awaiting_verification', doubt: { reason, recordedAt: at, by: input.by } },
    { kind: 'doubt_recorded', actor: input.by },
    at,
  );
}

/** Sets or corrects the type (and its details) before work starts — e.g. an e-mail read as `unknown`. */
export function setType(
  request: DsrRequest,
  input: { details: RequestDetails; by: string },
  at: Date,
): Transition {
  requireFrom(request, 'set type', ['received', 'awaiting_verification', 'verified']);
  return step(
    request,
    { type: input.details.type, details: input.details },
    { kind: 'type_set', actor: input.by, data: { from: request.type, to: input.details.type } },
    at,
  );
}

/**
 * The DPO's decision on an objection to processing on legitimate interest (Art. 21(1)). Upheld: the
 * request proceeds like an approved one. Rejected: the request is denied with the compelling grounds
 * as reasons. Direct-marketing objections take no decision (21(3)).
 */
export function decideObjection(
  request: DsrRequest,
  input: { outcome: 'upheld' | 'rejected'; reasons: string; by: string },
  at: Date,
): Transition {
  requireFrom(request, 'decide objection', ['verified']);
  if (request.details.type !== 'objection') {
    throw new GrondslagError(
      dsrErrorCodes.notAnObjection,
      `request ${request.reference} is not an objection`,
    );
  }
  if (request.details.ground === 'direct_marketing') {
    throw new GrondslagError(
      dsrErrorCodes.illegalTransition,
      'an objection to direct marketing is absolute (Art. 21(3)); there is nothing to decide',
      { kind: 'conflict' },
    );
  }
  const reasons = requireText(input.reasons, 'the reasons for the decision');
  const decision: ObjectionDecision = { outcome: input.outcome, reasons, decidedAt: at, decidedBy: input.by };
  const details: RequestDetails = { ...request.details, decision };
  if (input.outcome === 'rejected') {
    return step(
      request,
      {
        details,
        status: 'denied',
        closedAt: at,
        denial: { ground: 'legal_exception', reasons, deniedAt: at, by: input.by },
      },
      { kind: 'objection_decided', actor: input.by, data: { outcome: 'rejected' } },
      at,
    );
  }
  return step(
    request,
    { details, status: 'in_progress' },
    { kind: 'objection_decided', actor: input.by, data: { outcome: 'upheld' } },
    at,
  );
}

/**
 * True when a verified request goes straight to work without an operator: an objection to direct
 * marketing is absolute and immediate (Art. 21(3)), and a consent withdrawal must be as easy as
 * giving consent (Art. 7(3)).
 */
export function startsOnVerification(request: Pick<DsrRequest, 'details'>): boolean {
  const d = request.details;
  return (d.type === 'objection' && d.ground === 'direct_marketing') || d.type === 'withdraw_consent';
}

/**
 * An operator approves a verified request; execution may start. Refused for an `unknown` type and for
 * an objection on legitimate interest (that takes `decideObjection`). `by: 'system'` for the
 * immediate cases of `startsOnVerification`.
 */
export function approve(request: DsrRequest, input: { by: string }, at: Date): Transition {
  requireFrom(request, 'approve', ['verified']);
  if (request.type === 'unknown') {
    throw new GrondslagError(
      dsrErrorCodes.typeUnknown,
      `request ${request.reference} has no type yet; set it before approving`,
    );
  }
  if (request.details.type === 'objection' && request.details.ground === 'legitimate_interest') {
    throw new GrondslagError(
      dsrErrorCodes.objectionDecisionRequired,
      `request ${request.reference} objects to processing on legitimate interest; the DPO decides it (Art. 21(1))`,
    );
  }
  return step(request, { status: 'in_progress' }, { kind: 'approved', actor: input.by }, at);
}

/**
 * Art. 12(3) extension by up to two further months. Only once, only while the first month runs, and
 * only together with the notice to the person — the caller sends the notice in the same step and
 * passes `noticeSentAt`. `newDueAt` comes from src/dsr/deadline.ts `extendedDueAt` and is checked
 * against the cap the caller computed (`capAt`: receipt + 3 months).
 */
export function extend(
  request: DsrRequest,
  input: { reasons: string; notice: string; newDueAt: Date; capAt: Date; by: string; noticeSentAt: Date },
  at: Date,
): Transition {
  requireFrom(request, 'extend', openStatuses);
  if (request.extension) {
    throw new GrondslagError(
      dsrErrorCodes.alreadyExtended,
      `request ${request.reference} was already extended`,
      {
        kind: 'conflict',
      },
    );
  }
  if (at.getTime() > request.initialDueAt.getTime()) {
    throw new GrondslagError(
      dsrErrorCodes.extensionTooLate,
      `request ${request.reference}: an extension must be notified within the first month (Art. 12(3))`,
      { kind: 'conflict' },
    );
  }
  if (
    input.newDueAt.getTime() > input.capAt.getTime() ||
    input.newDueAt.getTime() <= request.dueAt.getTime()
  ) {
    throw new GrondslagError(
      dsrErrorCodes.extensionTooLong,
      `request ${request.reference}: the new due date must be later than the current one and at most three months after receipt`,
    );
  }
  const reasons = requireText(input.reasons, 'the reasons for the extension');
  const notice = requireText(input.notice, 'the extension notice');
  const extension: Extension = {
    reasons,
    notice,
    noticeSentAt: input.noticeSentAt,
    dueAt: input.newDueAt,
    by: input.by,
  };
  return step(
    request,
    { extension, dueAt: input.newDueAt },
    { kind: 'extended', actor: input.by, data: { dueAt: input.newDueAt.toISOString() } },
    at,
  );
}

/** Refusal with reasons (Art. 12(4)); the letter itself is generated by src/dsr/denial-text.ts. */
export function deny(
  request: DsrRequest,
  input: { ground: DenialGround; reasons: string; by: string },
  at: Date,
): Transition {
  requireFrom(request, 'deny', openStatuses);
  const reasons = requireText(input.reasons, 'the reasons for the refusal (Art. 12(4))');
  return step(
    request,
    { status: 'denied', closedAt: at, denial: { ground: input.ground, reasons, deniedAt: at, by: input.by } },
    { kind: 'denied', actor: input.by, data: { ground: input.ground } },
    at,
  );
}

/** The person (or an operator on their behalf) withdraws the request. */
export function withdraw(request: DsrRequest, input: { by: string }, at: Date): Transition {
  requireFrom(request, 'withdraw', openStatuses);
  return step(request, { status: 'withdrawn', closedAt: at }, { kind: 'withdrawn', actor: input.by }, at);
}

/**
 * The answer went out (package link, erasure certificate, confirmation): the request is done.
 * Execution is expected to be finished; the caller checks that against its own records.
 */
export function complete(request: DsrRequest, input: { by: string }, at: Date): Transition {
  requireFrom(request, 'complete', ['in_progress']);
  return step(
    request,
    { status: 'completed', answeredAt: at, closedAt: at },
    { kind: 'completed', actor: input.by },
    at,
  );
}

/**
 * Every status each transition accepts, for tests and the console (which buttons to show).
 * `decideObjection` is listed under `verified` only for objections on legitimate interest.
 */
export const allowedFrom = {
  startVerification: preVerification,
  verify: preVerification,
  recordDoubt: preVerification,
  setType: ['received', 'awaiting_verification', 'verified'],
  decideObjection: ['verified'],
  approve: ['verified'],
  extend: openStatuses,
  deny: openStatuses,
  withdraw: openStatuses,
  complete: ['in_progress'],
} as const satisfies Record<string, readonly RequestStatus[]>;

export type ActionName = keyof typeof allowedFrom;

/** Actions available to an operator on this request right now (the console shows these buttons). */
export function availableActions(request: DsrRequest): ActionName[] {
  return (Object.keys(allowedFrom) as ActionName[]).filter((a) => {
    if (!(allowedFrom[a] as readonly RequestStatus[]).includes(request.status)) return false;
    if (a === 'extend') return !request.extension;
    if (a === 'decideObjection') {
      return request.details.type === 'objection' && request.details.ground === 'legitimate_interest';
    }
    if (a === 'approve') {
      return (
        request.type !== 'unknown' &&
        !(request.details.type === 'objection' && request.details.ground === 'legitimate_interest')
      );
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Store shape (migration 0004_dsr_requests).

/**
 * Tables in schema `grondslag` (the migration is the authority; read it for every column):
 *
 * - `dsr_request` (id pk, reference unique, type, details_sealed — the RequestDetails JSON, sealed,
 *   since a rectification carries corrected values —, status, channel, language, received_at,
 *   due_at, initial_due_at, extension/verification/doubt/denial jsonb, answered_at, closed_at,
 *   duplicates, updated_at). Index on (status, due_at). Read it through src/dsr/store.ts.
 * - `dsr_identity` (request_id, kind 'email'|'phone'|'customer_number', lookup — keyed hash of the
 *   normalised value —, sealed — AES-256-GCM of the value as given, needed to execute). Index on
 *   (kind, lookup). `loadIdentity` unseals.
 * - `dsr_verification` (id, request_id, method, code_hash, created_at, expires_at, attempts,
 *   max_attempts, outcome, settled_at): one-time code attempts.
 * - `dsr_id_copy` (request_id pk, sealed, media_type, byte_length, received_at) — deleted when the
 *   identity is settled; the request keeps only `verification` { method: 'id_copy', verifiedAt }.
 * - `dsr_message` (request_id, direction 'in'|'out', channel, purpose, subject_sealed, body_sealed,
 *   source_lookup — hashed Message-ID of imported mail —, at): evidence, sealed.
 * - `dsr_event` (request_id, kind, at, actor, data jsonb): the request's own history.
 * - `dsr_portal_token` (token_hash pk, request_id, purpose 'status'|'id_copy', verification_id,
 *   verified_at, created_at, expires_at): the person's bearer links.
 * - `dsr_package_link` (id, token_hash, request_id, path, file_name, media_type, byte_length, sha256,
 *   created_at, expires_at, downloads, last_download_at, revoked_at) — src/dsr/package-link.ts.
 * - `dsr_rate` (bucket, window_start, hits): the portal's rate limit per client address (keyed hash).
 */
export const dsrTables = {
  request: 'grondslag.dsr_request',
  identity: 'grondslag.dsr_identity',
  verification: 'grondslag.dsr_verification',
  idCopy: 'grondslag.dsr_id_copy',
  message: 'grondslag.dsr_message',
  event: 'grondslag.dsr_event',
  portalToken: 'grondslag.dsr_portal_token',
  packageLink: 'grondslag.dsr_package_link',
  rate: 'grondslag.dsr_rate',
} as const;

/** Identity kinds a person can be found by. */
export const identityKinds = ['email', 'phone', 'customer_number'] as const;
export type IdentityKind = (typeof identityKinds)[number];

/** A person's identifiers as given on intake (raw; only ever held in memory). */
export interface SubjectIdentity {
  email: string;
  phone?: string;
  customerNumber?: string;
}
