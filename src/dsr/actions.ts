import type { Queryable } from '../store/db.js';
import { extendedDueAt, extensionCapAt } from './deadline.js';
import type { DsrDeps } from './deps.js';
import { discardIdCopy } from './id-copy.js';
import { mailLetter } from './letter-mail.js';
import { answerLetter, denialLetter, extensionLetter } from './letters.js';
import { packageLinkPath, reissuePackageLink } from './package-link.js';
import {
  approve,
  complete,
  type DenialGround,
  type DsrRequest,
  decideObjection,
  deny,
  extend,
  type RequestDetails,
  setType,
  startsOnVerification,
  type Transition,
  verify,
  withdraw,
} from './request.js';
import { loadRequest, saveTransitions, transitionRequest } from './store.js';
import { requireMailer } from './verification.js';

/**
 * What an operator (console, API, CLI) does to a request. Each action is one transaction: the pure
 * transition from request.ts, any mail it depends on (sent before commit, so a refused mail records
 * nothing), the letter kept as evidence, the event and the audit entry.
 */

/** Operator confirms identity by other means (e.g. the person is signed in to their account). */
export async function markVerified(
  deps: DsrDeps,
  id: string,
  input: { by: string; note?: string },
): Promise<DsrRequest> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const before = await loadRequest(tx, deps.sealer, id, { forUpdate: true });
    const ts: Transition[] = [
      verify(before, { method: 'operator', by: input.by, ...(input.note ? { note: input.note } : {}) }, now),
    ];
    if (startsOnVerification(ts[0]!.request)) ts.push(approve(ts[0]!.request, { by: 'system' }, now));
    return saveTransitions(tx, deps.sealer, before, ts, {
      now: deps.clock,
      alongside: async (inner) => {
        await discardIdCopy(inner, before.id, input.by, now);
      },
    });
  });
}

export async function setRequestType(
  deps: DsrDeps,
  id: string,
  input: { by: string; details: RequestDetails },
): Promise<DsrRequest> {
  const now = deps.clock();
  return (
    await transitionRequest(deps.db, deps.sealer, id, (r) => setType(r, input, now), { now: deps.clock })
  ).request;
}

export async function approveRequest(deps: DsrDeps, id: string, input: { by: string }): Promise<DsrRequest> {
  const now = deps.clock();
  return (
    await transitionRequest(deps.db, deps.sealer, id, (r) => approve(r, input, now), { now: deps.clock })
  ).request;
}

/** The DPO's decision on an objection on legitimate interest; a rejection is mailed as a refusal. */
export async function decideObjectionRequest(
  deps: DsrDeps,
  id: string,
  input: { by: string; outcome: 'upheld' | 'rejected'; reasons: string },
): Promise<DsrRequest> {
  const now = deps.clock();
  const t = await transitionRequest(
    deps.db,
    deps.sealer,
    id,
    async (r, tx) => {
      const t = decideObjection(r, input, now);
      if (input.outcome === 'rejected')
        await sendDenial(deps, tx, t.request, 'legal_exception', input.reasons);
      return t;
    },
    {
      now: deps.clock,
      audit: { outcome: input.outcome },
      alongside: async (tx, t) => {
        if (t.request.status === 'denied') await discardIdCopy(tx, t.request.id, input.by, now);
      },
    },
  );
  return t.request;
}

async function sendDenial(
  deps: DsrDeps,
  tx: Queryable,
  request: DsrRequest,
  ground: DenialGround,
  reasons: string,
): Promise<void> {
  const mailer = requireMailer(deps);
  const letter = denialLetter(request.language, {
    sender: deps.sender,
    reference: request.reference,
    type: request.type,
    receivedAt: request.receivedAt,
    ground,
    reasons,
  });
  await mailLetter(deps, mailer, tx, { requestId: request.id, letter, purpose: 'denial', at: deps.clock() });
}

/**
 * Refuses a request with reasons and mails the Art. 12(4) letter (reasons, complaint to the AP,
 * court). The letter's text is generated from the reasons; see `denialLetter`.
 */
export async function denyRequest(
  deps: DsrDeps,
  id: string,
  input: { by: string; ground: DenialGround; reasons: string },
): Promise<DsrRequest> {
  const now = deps.clock();
  const t = await transitionRequest(
    deps.db,
    deps.sealer,
    id,
    async (r, tx) => {
      const t = deny(r, input, now);
      await sendDenial(deps, tx, t.request, input.ground, t.request.denial?.reasons ?? input.reasons);
      return t;
    },
    {
      now: deps.clock,
      audit: { ground: input.ground },
      alongside: async (tx, t) => {
        await discardIdCopy(tx, t.request.id, input.by, now);
      },
    },
  );
  return t.request;
}

/**
 * Extends the deadline (Art. 12(3)) by sending the notice with reasons; without a sent notice there
 * is no extension. `months` is 1 or 2 from the first due date, capped at receipt + 3 months.
 */
export async function extendRequest(
  deps: DsrDeps,
  id: string,
  input: { by: string; reasons: string; months?: 1 | 2 },
): Promise<DsrRequest> {
  const mailer = requireMailer(deps);
  const now = deps.clock();
  const t = await transitionRequest(
    deps.db,
    deps.sealer,
    id,
    async (r, tx) => {
      const newDueAt = extendedDueAt(r.receivedAt, input.months ?? 2);
      const letter = extensionLetter(r.language, {
        sender: deps.sender,
        reference: r.reference,
        type: r.type,
        receivedAt: r.receivedAt,
        reasons: input.reasons.trim(),
        newDueAt,
      });
      // Validate first (too late, already extended, no reasons) so that no notice goes out in vain.
      const t = extend(
        r,
        {
          reasons: input.reasons,
          notice: letter.text,
          newDueAt,
          capAt: extensionCapAt(r.receivedAt),
          by: input.by,
          noticeSentAt: now,
        },
        now,
      );
      await mailLetter(deps, mailer, tx, { requestId: r.id, letter, purpose: 'notice', at: now });
      return t;
    },
    { now: deps.clock },
  );
  return t.request;
}

/**
 * Sends the answer and completes the request. Where execution made a package, the mail carries a
 * fresh expiring download link to it (src/dsr/package-link.ts).
 */
export async function sendAnswer(
  deps: DsrDeps,
  id: string,
  input: { by: string; message: string },
): Promise<{ request: DsrRequest; downloadUrl?: string }> {
  const mailer = requireMailer(deps);
  const now = deps.clock();
  let downloadUrl: string | undefined;
  const t = await transitionRequest(
    deps.db,
    deps.sealer,
    id,
    async (r, tx) => {
      const t = complete(r, input, now);
      const link = await reissuePackageLink(tx, r.id, now);
      const download = link
        ? { url: `${deps.publicUrl}${packageLinkPath(link.token)}`, expiresAt: link.link.expiresAt }
        : undefined;
      downloadUrl = download?.url;
      const letter = answerLetter(r.language, {
        sender: deps.sender,
        reference: r.reference,
        type: r.type,
        receivedAt: r.receivedAt,
        message: input.message.trim(),
        ...(download ? { download } : {}),
      });
      await mailLetter(deps, mailer, tx, {
        requestId: r.id,
        letter,
        purpose: 'answer',
        at: now,
        ...(link ? { kept: letter.text.replace(link.token, '…') } : {}),
      });
      return t;
    },
    { now: deps.clock },
  );
  return downloadUrl ? { request: t.request, downloadUrl } : { request: t.request };
}

export async function withdrawRequest(deps: DsrDeps, id: string, input: { by: string }): Promise<DsrRequest> {
  const now = deps.clock();
  return (
    await transitionRequest(deps.db, deps.sealer, id, (r) => withdraw(r, input, now), {
      now: deps.clock,
      alongside: async (tx, t) => {
        await discardIdCopy(tx, t.request.id, input.by, now);
      },
    })
  ).request;
}
