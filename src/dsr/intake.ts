import { appendAudit } from '../audit/log.js';
import type { Queryable } from '../store/db.js';
import { initialDueAt } from './deadline.js';
import type { DsrDeps } from './deps.js';
import { identityEntries, identityLookup } from './identity.js';
import type {
  DsrRequest,
  IntakeChannel,
  RequestDetails,
  RequestEvent,
  RequestLanguage,
  SubjectIdentity,
} from './request.js';
import {
  addMessage,
  auditActor,
  findOpenDuplicate,
  insertEvent,
  insertRequest,
  loadRequest,
  newRequestId,
  nextReference,
  updateRequest,
} from './store.js';

/**
 * Intake: one function for every channel (portal, API, CLI, e-mail). A submission either becomes a
 * new request or — when the same person already has an open request of the same type — is grouped
 * into that one, with its text kept as further evidence. The caller cannot tell the difference from
 * the outside it shows the person (src/http/routes/dsr-portal.ts), so intake reveals nothing about
 * who is known.
 */

export interface SubmitInput {
  details: RequestDetails;
  identity: SubjectIdentity;
  channel: IntakeChannel;
  language: RequestLanguage;
  /** The person's own words (form text, e-mail body): kept sealed. */
  text?: string;
  subject?: string;
  /** The raw message as received (an .eml): kept sealed as evidence; `sourceId` deduplicates imports. */
  evidence?: { raw: string; sourceId: string };
  /** When the request arrived (default now); deadlines count from here. */
  receivedAt?: Date;
  /** Who filed it: `person` (portal, e-mail), `user:<id>`, `token:<id>`, `cli`. */
  actor: string;
}

export interface SubmitResult {
  request: DsrRequest;
  /** The submission was added to an open request of the same person and type. */
  grouped: boolean;
  /** The e-mail (by Message-ID) had been imported before; nothing was added. */
  alreadyImported: boolean;
}

async function keepMessages(tx: Queryable, deps: DsrDeps, requestId: string, input: SubmitInput, at: Date) {
  if (input.evidence) {
    await addMessage(tx, deps.sealer, {
      requestId,
      direction: 'in',
      channel: input.channel,
      purpose: 'email',
      ...(input.subject === undefined ? {} : { subject: input.subject }),
      body: input.evidence.raw,
      sourceId: input.evidence.sourceId,
      at,
    });
  } else if (input.text?.trim() || input.subject) {
    await addMessage(tx, deps.sealer, {
      requestId,
      direction: 'in',
      channel: input.channel,
      purpose: 'request',
      ...(input.subject === undefined ? {} : { subject: input.subject }),
      body: input.text ?? '',
      at,
    });
  }
}

/**
 * Files a request, or groups it into the person's open request of the same type.
 *
 * @example
 *   const { request, grouped } = await submitRequest(deps, {
 *     details: { type: 'access' }, identity: { email: 'jan@example.nl' }, channel: 'cli',
 *     language: 'nl', actor: 'cli' });
 */
export async function submitRequest(deps: DsrDeps, input: SubmitInput): Promise<SubmitResult> {
  const now = deps.clock();
  const receivedAt = input.receivedAt ?? now;
  const emailLookup = identityLookup(deps.sealer, 'email', identityEntries(input.identity)[0]?.value ?? '');
  return deps.db.transaction(async (tx) => {
    // Two submissions from one person at the same moment must not both become new requests.
    await tx.query(`select pg_advisory_xact_lock(hashtext('grondslag.dsr.intake:' || $1))`, [emailLookup]);

    if (input.evidence) {
      const { rows } = await tx.query<{ request_id: string }>(
        'select request_id from grondslag.dsr_message where source_lookup = $1',
        [deps.sealer.lookup('dsr:message-id', input.evidence.sourceId)],
      );
      if (rows[0]) {
        return {
          request: await loadRequest(tx, deps.sealer, rows[0].request_id),
          grouped: false,
          alreadyImported: true,
        };
      }
    }

    const duplicate = await findOpenDuplicate(tx, deps.sealer, input.identity, input.details.type);
    if (duplicate) {
      const request: DsrRequest = { ...duplicate, duplicates: duplicate.duplicates + 1, updatedAt: now };
      await updateRequest(tx, deps.sealer, request);
      const event: RequestEvent = {
        kind: 'duplicate_received',
        at: now,
        actor: input.actor,
        data: { channel: input.channel, count: request.duplicates + 1 },
      };
      await insertEvent(tx, request.id, event);
      await keepMessages(tx, deps, request.id, input, receivedAt);
      await appendAudit(
        tx,
        {
          actor: auditActor(input.actor),
          action: 'dsr.duplicate_received',
          subjectType: 'dsr_request',
          subjectId: request.id,
          data: { type: request.type, channel: input.channel, status: request.status },
        },
        { now: deps.clock },
      );
      return { request, grouped: true, alreadyImported: false };
    }

    const due = initialDueAt(receivedAt);
    const request: DsrRequest = {
      id: newRequestId(),
      reference: await nextReference(tx, receivedAt),
      type: input.details.type,
      details: input.details,
      status: 'received',
      channel: input.channel,
      language: input.language,
      receivedAt,
      dueAt: due,
      initialDueAt: due,
      duplicates: 0,
      updatedAt: now,
    };
    await insertRequest(tx, deps.sealer, request, input.identity, {
      kind: 'received',
      at: now,
      actor: input.actor,
      data: { channel: input.channel, type: request.type },
    });
    await keepMessages(tx, deps, request.id, input, receivedAt);
    await appendAudit(
      tx,
      {
        actor: auditActor(input.actor),
        action: 'dsr.received',
        subjectType: 'dsr_request',
        subjectId: request.id,
        data: { type: request.type, channel: input.channel, dueAt: request.dueAt.toISOString() },
      },
      { now: deps.clock },
    );
    return { request, grouped: false, alreadyImported: false };
  });
}
