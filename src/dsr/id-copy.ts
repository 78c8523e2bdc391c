import { randomToken, sha256Hex } from '../access/secrets.js';
import { appendAudit } from '../audit/log.js';
import { GrondslagError } from '../errors.js';
import type { IdCopyCheck, IdCopyOptions } from '../pii/idcopy/check.js';
import type { Queryable } from '../store/db.js';
import type { DsrDeps } from './deps.js';
import { idCopyLetter } from './letters.js';
import { type DsrRequest, recordDoubt, verify } from './request.js';
import { addMessage, auditActor, insertEvent, loadIdentity, loadRequest, saveTransitions } from './store.js';
import { ID_COPY_LINK_TTL_DAYS, portalPath, requireMailer } from './verification.js';

/**
 * The ID-copy route, used only after an operator records a reasonable doubt (Art. 12(6); the AP
 * fined DPG Media for asking everyone). The person uploads a copy through a link mailed to them; it
 * is checked for readable BSN, MRZ, document number and photo and refused while any is readable;
 * an accepted copy is stored sealed and deleted the moment the identity is settled — only the fact,
 * method and date remain (the request's `verification`).
 */

export type IdCopyChecker = (file: Buffer, options?: IdCopyOptions) => Promise<IdCopyCheck>;

/** Accepted upload types and their limits: the server refuses bodies over 1 MB anyway. */
export const ID_COPY_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

/**
 * Records the operator's doubt and mails the person an upload link.
 *
 * @example
 *   await recordDoubtAndRequestIdCopy(deps, id, { by: 'user:…', reason: 'Address differs from the account.' });
 */
export async function recordDoubtAndRequestIdCopy(
  deps: DsrDeps,
  idOrReference: string,
  input: { by: string; reason: string },
): Promise<{ request: DsrRequest; uploadToken: string }> {
  const mailer = requireMailer(deps);
  const now = deps.clock();
  const token = randomToken();
  const request = await deps.db.transaction(async (tx) => {
    const before = await loadRequest(tx, deps.sealer, idOrReference, { forUpdate: true });
    const t = recordDoubt(before, input, now);
    const identity = await loadIdentity(tx, deps.sealer, before.id);
    await tx.query(
      `insert into grondslag.dsr_portal_token (token_hash, request_id, purpose, created_at, expires_at)
       values ($1, $2, 'id_copy', $3, $4)`,
      [sha256Hex(token), before.id, now, new Date(now.getTime() + ID_COPY_LINK_TTL_DAYS * 24 * 3600_000)],
    );
    const letter = idCopyLetter(before.language, {
      sender: deps.sender,
      reference: before.reference,
      uploadUrl: `${deps.publicUrl}${portalPath('id_copy', token)}`,
      reason: t.request.doubt?.reason ?? '',
      validDays: ID_COPY_LINK_TTL_DAYS,
    });
    await addMessage(tx, deps.sealer, {
      requestId: before.id,
      direction: 'out',
      channel: 'email',
      purpose: 'id_copy_link',
      subject: letter.subject,
      body: letter.text.replace(token, '…'),
      at: now,
    });
    await mailer.send({ to: identity.email, subject: letter.subject, text: letter.text });
    return saveTransitions(tx, deps.sealer, before, [t], { now: deps.clock });
  });
  return { request, uploadToken: token };
}

/** The request an ID-copy upload link belongs to, while it is valid and the request still waits. */
export async function resolveIdCopyLink(
  q: Queryable,
  deps: Pick<DsrDeps, 'sealer'>,
  token: string,
  now: Date,
): Promise<DsrRequest | undefined> {
  const { rows } = await q.query<{ request_id: string }>(
    `select request_id from grondslag.dsr_portal_token
      where token_hash = $1 and purpose = 'id_copy' and expires_at > $2`,
    [sha256Hex(token), now],
  );
  if (!rows[0]) return undefined;
  const request = await loadRequest(q, deps.sealer, rows[0].request_id);
  return request.status === 'awaiting_verification' && request.doubt ? request : undefined;
}

export type UploadOutcome =
  | { accepted: true; request: DsrRequest }
  | { accepted: false; readable: IdCopyCheck['readable'] };

/**
 * Checks an uploaded copy and stores it sealed when nothing that must be masked is readable. A
 * refused copy is not stored at all.
 */
export async function receiveIdCopy(
  deps: DsrDeps,
  token: string,
  file: { bytes: Buffer; mediaType: string },
  check: IdCopyChecker,
): Promise<UploadOutcome> {
  const now = deps.clock();
  const request = await resolveIdCopyLink(deps.db, deps, token, now);
  if (!request) {
    throw new GrondslagError('DSR_LINK_INVALID', 'this upload link is no longer valid', {
      kind: 'not_found',
    });
  }
  // Throws IDCOPY_UNSUPPORTED_TYPE / IDCOPY_UNREADABLE (kind input) for files it cannot read.
  const result = await check(file.bytes, { mimeType: file.mediaType });
  return deps.db.transaction(async (tx) => {
    if (!result.ok) {
      const readable = Object.entries(result.readable)
        .filter(([, v]) => v)
        .map(([k]) => k);
      await insertEvent(tx, request.id, {
        kind: 'id_copy_refused',
        at: now,
        actor: 'person',
        data: { readable },
      });
      await appendAudit(
        tx,
        {
          actor: 'person',
          action: 'dsr.id_copy_refused',
          subjectType: 'dsr_request',
          subjectId: request.id,
          data: { readable },
        },
        { now: deps.clock },
      );
      return { accepted: false, readable: result.readable };
    }
    await tx.query(
      `insert into grondslag.dsr_id_copy (request_id, sealed, media_type, byte_length, received_at)
       values ($1, $2, $3, $4, $5)
       on conflict (request_id) do update set sealed = excluded.sealed, media_type = excluded.media_type,
         byte_length = excluded.byte_length, received_at = excluded.received_at`,
      [request.id, deps.sealer.seal(file.bytes), file.mediaType, file.bytes.length, now],
    );
    await insertEvent(tx, request.id, {
      kind: 'id_copy_received',
      at: now,
      actor: 'person',
      data: { method: result.method, bytes: file.bytes.length },
    });
    await appendAudit(
      tx,
      { actor: 'person', action: 'dsr.id_copy_received', subjectType: 'dsr_request', subjectId: request.id },
      { now: deps.clock },
    );
    return { accepted: true, request };
  });
}

export interface StoredIdCopy {
  bytes: Buffer;
  mediaType: string;
  receivedAt: Date;
}

/** The stored copy for the operator to look at (only while the identity is unsettled). */
export async function loadIdCopy(q: Queryable, deps: Pick<DsrDeps, 'sealer'>, requestId: string) {
  const { rows } = await q.query<{ sealed: string; media_type: string; received_at: Date }>(
    'select sealed, media_type, received_at from grondslag.dsr_id_copy where request_id = $1',
    [requestId],
  );
  const r = rows[0];
  return r
    ? ({
        bytes: deps.sealer.open(r.sealed),
        mediaType: r.media_type,
        receivedAt: r.received_at,
      } as StoredIdCopy)
    : undefined;
}

/**
 * Deletes the copy and the upload links; records the deletion when there was a copy. Called when the
 * identity is settled either way (verified, or the request denied or withdrawn).
 */
export async function discardIdCopy(
  tx: Queryable,
  requestId: string,
  actor: string,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await tx.query('delete from grondslag.dsr_id_copy where request_id = $1', [requestId]);
  await tx.query(`delete from grondslag.dsr_portal_token where request_id = $1 and purpose = 'id_copy'`, [
    requestId,
  ]);
  if (rowCount > 0) {
    await insertEvent(tx, requestId, { kind: 'id_copy_deleted', at: now, actor });
  }
  return rowCount > 0;
}

/**
 * The operator has looked at the masked copy and is satisfied: the request is verified by ID copy and
 * the copy deleted in the same transaction.
 */
export async function verifyWithIdCopy(
  deps: DsrDeps,
  idOrReference: string,
  input: { by: string; note?: string },
): Promise<DsrRequest> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const before = await loadRequest(tx, deps.sealer, idOrReference, { forUpdate: true });
    const stored = await tx.query('select 1 from grondslag.dsr_id_copy where request_id = $1', [before.id]);
    if (stored.rows.length === 0) {
      throw new GrondslagError(
        'DSR_NO_ID_COPY',
        `request ${before.reference} has no ID copy to verify with`,
        {
          kind: 'conflict',
        },
      );
    }
    const t = verify(
      before,
      { method: 'id_copy', by: input.by, ...(input.note ? { note: input.note } : {}) },
      now,
    );
    return saveTransitions(tx, deps.sealer, before, [t], {
      now: deps.clock,
      alongside: async (inner) => {
        await discardIdCopy(inner, before.id, auditActor(input.by), now);
      },
    });
  });
}
