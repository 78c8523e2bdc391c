import type { Context } from 'hono';
import { z } from 'zod';
import { dpoOnly, workers } from '../../access/roles.js';
import {
  approveRequest,
  decideObjectionRequest,
  denyRequest,
  extendRequest,
  markVerified,
  sendAnswer,
  setRequestType,
  withdrawRequest,
} from '../../dsr/actions.js';
import type { DsrDeps } from '../../dsr/deps.js';
import { detailsSchema, parseDetails, requestTypeSchema } from '../../dsr/details-schema.js';
import { type DsrRequest, denialGrounds } from '../../dsr/request.js';
import { requestSummary } from '../../dsr/summary.js';
import { sendVerificationCode } from '../../dsr/verification.js';
import { actorOf, dsrDepsOf } from '../dsr-deps.js';
import type { AppEnv } from '../env.js';
import { summaryJson } from './dsr.js';
import { type AnyApiRoute, apiRoute } from './route.js';

/**
 * The operator's decisions over the API — the console's buttons for automation (a ticketing system
 * that approves what its agents checked): the same domain actions (src/dsr/actions.ts), each one
 * transaction with its event and audit entry under the token's actor. A move the request's state
 * does not allow answers 409 with its stable code (`DSR_ILLEGAL_TRANSITION`, `DSR_ALREADY_EXTENDED`,
 * …); bad input 400 naming the field; an unknown id 404. Letters to the person (deny, extend,
 * answer, decide) are mailed before the transaction commits, so a refused mail records nothing.
 */

const params = z.object({ id: z.string().min(1).max(64) });
const response = z.object({ request: summaryJson });
const reasons = z.string().trim().min(1, 'give the reasons').max(5_000);

function decision<B>(d: {
  action: string;
  operationId: string;
  summary: string;
  access?: typeof workers;
  body?: z.ZodType<B>;
  act(deps: DsrDeps, id: string, body: B, by: string): Promise<DsrRequest>;
}): AnyApiRoute {
  return apiRoute({
    method: 'post',
    path: `/api/dsr/:id/${d.action}`,
    operationId: d.operationId,
    summary: d.summary,
    tag: 'requests',
    access: d.access ?? workers,
    params,
    ...(d.body ? { body: d.body } : {}),
    response,
    async handle(c: Context<AppEnv>, input: { params: { id: string }; body: B }) {
      const deps = dsrDepsOf(c);
      const request = await d.act(deps, input.params.id, input.body, actorOf(c));
      return { request: requestSummary(request, deps.clock()) };
    },
  });
}

export const dsrDecisionApiRoutes: AnyApiRoute[] = [
  decision({
    action: 'send-code',
    operationId: 'sendVerificationCode',
    summary: 'Mail the person a (new) one-time verification code',
    act: async (deps, id) => (await sendVerificationCode(deps, id)).request,
  }),
  decision({
    action: 'verify',
    operationId: 'verifyRequest',
    summary: 'Record that the identity was confirmed by other means (the person signed in, for example)',
    body: z.strictObject({ note: z.string().trim().max(2_000).optional() }),
    act: (deps, id, body, by) => markVerified(deps, id, { by, ...(body.note ? { note: body.note } : {}) }),
  }),
  decision({
    action: 'type',
    operationId: 'setRequestType',
    summary: 'Set the type (and its details) of a request whose wording did not reveal it, before approval',
    body: z.strictObject({ type: requestTypeSchema, details: detailsSchema.optional() }),
    act: (deps, id, body, by) =>
      setRequestType(deps, id, { by, details: parseDetails(body.type, body.details) }),
  }),
  decision({
    action: 'approve',
    operationId: 'approveRequest',
    summary: 'Approve a verified request for execution',
    act: (deps, id, _body, by) => approveRequest(deps, id, { by }),
  }),
  decision({
    action: 'decide',
    operationId: 'decideObjection',
    summary: 'The DPO’s decision on an objection on legitimate interest; a rejection mails the refusal',
    access: dpoOnly,
    body: z.strictObject({ outcome: z.enum(['upheld', 'rejected']), reasons }),
    act: (deps, id, body, by) => decideObjectionRequest(deps, id, { by, ...body }),
  }),
  decision({
    action: 'deny',
    operationId: 'denyRequest',
    summary: 'Refuse with reasons; the Art. 12(4) letter (reasons, complaint to the AP, court) is mailed',
    body: z.strictObject({ ground: z.enum(denialGrounds), reasons }),
    act: (deps, id, body, by) => denyRequest(deps, id, { by, ...body }),
  }),
  decision({
    action: 'extend',
    operationId: 'extendRequest',
    summary: 'Extend the deadline by 1 or 2 months by mailing the notice with reasons (Art. 12(3))',
    body: z.strictObject({ reasons, months: z.union([z.literal(1), z.literal(2)]).default(2) }),
    act: (deps, id, body, by) => extendRequest(deps, id, { by, ...body }),
  }),
  decision({
    action: 'answer',
    operationId: 'answerRequest',
    summary: 'Mail the answer (with a fresh download link when there is a package) and complete the request',
    body: z.strictObject({ message: z.string().trim().min(1, 'write the answer').max(20_000) }),
    // The download link is the person's key to their data: it goes in their mail, not in this response.
    act: async (deps, id, body, by) => (await sendAnswer(deps, id, { by, message: body.message })).request,
  }),
  decision({
    action: 'withdraw',
    operationId: 'withdrawRequest',
    summary: 'Record that the person withdrew the request',
    act: (deps, id, _body, by) => withdrawRequest(deps, id, { by }),
  }),
];
