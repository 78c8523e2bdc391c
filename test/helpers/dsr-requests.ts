import type { Sealer } from '../../src/crypto/sealed.js';
import type { DsrDeps } from '../../src/dsr/deps.js';
import { submitRequest } from '../../src/dsr/intake.js';
import { senderFromPolicy } from '../../src/dsr/letters.js';
import {
  approve,
  type DsrRequest,
  type RequestDetails,
  type SubjectIdentity,
  verify,
} from '../../src/dsr/request.js';
import { transitionRequest } from '../../src/dsr/store.js';
import type { Policy } from '../../src/policy/schema.js';
import type { Db } from '../../src/store/db.js';

/**
 * A request as intake files it, verified and approved through the request life cycle's own
 * transitions (src/dsr/request.ts): what execution receives in production.
 *
 * @example
 *   const r = await approvedRequest(db, sealer, policy, { details: { type: 'access' }, identity: { email } });
 */
export async function approvedRequest(
  db: Db,
  sealer: Sealer,
  policy: Policy,
  input: {
    details: RequestDetails;
    identity: SubjectIdentity;
    language?: 'nl' | 'en';
    /** `email_code` (the default): only the e-mail address counts as verified. */
    method?: 'email_code' | 'operator';
    now?: Date;
  },
): Promise<DsrRequest> {
  const now = input.now ?? new Date();
  const deps: DsrDeps = {
    db,
    sealer,
    clock: () => now,
    sender: senderFromPolicy(policy),
    publicUrl: 'http://127.0.0.1:3000',
  };
  const { request } = await submitRequest(deps, {
    details: input.details,
    identity: input.identity,
    channel: 'cli',
    language: input.language ?? 'nl',
    actor: 'cli',
    receivedAt: now,
  });
  const method = input.method ?? 'email_code';
  await transitionRequest(db, sealer, request.id, (r) =>
    verify(r, method === 'operator' ? { method, by: 'user:test' } : { method }, now),
  );
  return (await transitionRequest(db, sealer, request.id, (r) => approve(r, { by: 'user:test' }, now)))
    .request;
}
