import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../errors.js';
import {
  allowedFrom,
  approve,
  availableActions,
  complete,
  type DsrRequest,
  decideObjection,
  deny,
  extend,
  type RequestDetails,
  type RequestStatus,
  recordDoubt,
  requestStatuses,
  setType,
  startsOnVerification,
  startVerification,
  type Transition,
  verify,
  withdraw,
} from './request.js';

const received = new Date('2026-03-02T09:00:00Z');
const at = new Date('2026-03-05T10:00:00Z');

function request(status: RequestStatus, details: RequestDetails = { type: 'access' }): DsrRequest {
  return {
    id: 'dsr_test',
    reference: 'DSR-2026-0001',
    type: details.type,
    details,
    status,
    channel: 'portal',
    language: 'nl',
    receivedAt: received,
    dueAt: new Date('2026-03-30T09:00:00Z'),
    initialDueAt: new Date('2026-03-30T09:00:00Z'),
    duplicates: 0,
    updatedAt: received,
  };
}

const extendInput = {
  reasons: 'Many systems to search.',
  notice: 'We need more time because many systems must be searched.',
  newDueAt: new Date('2026-05-30T09:00:00Z'),
  capAt: new Date('2026-06-02T09:00:00Z'),
  by: 'user:1',
  noticeSentAt: at,
};

/**
 * Each action with an input that is valid apart from the status, and the statuses the life cycle of
 * Art. 12 allows it from (written out here, independently of the implementation's table).
 */
const cases: {
  action: string;
  legal: RequestStatus[];
  run: (r: DsrRequest) => Transition;
  to?: RequestStatus;
}[] = [
  {
    action: 'startVerification',
    legal: ['received', 'awaiting_verification'],
    run: (r) => startVerification(r, { method: 'email_code' }, at),
    to: 'awaiting_verification',
  },
  {
    action: 'verify',
    legal: ['received', 'awaiting_verification'],
    run: (r) => verify(r, { method: 'email_code' }, at),
    to: 'verified',
  },
  {
    action: 'recordDoubt',
    legal: ['received', 'awaiting_verification'],
    run: (r) => recordDoubt(r, { reason: 'Address differs from the account.', by: 'user:1' }, at),
    to: 'awaiting_verification',
  },
  {
    action: 'setType',
    legal: ['received', 'awaiting_verification', 'verified'],
    run: (r) => setType(r, { details: { type: 'erasure' }, by: 'user:1' }, at),
  },
  {
    action: 'decideObjection',
    legal: ['verified'],
    run: (r) =>
      decideObjection(
        {
          ...r,
          type: 'objection',
          details: { type: 'objection', ground: 'legitimate_interest', purposes: [] },
        },
        { outcome: 'upheld', reasons: 'No compelling grounds.', by: 'user:dpo' },
        at,
      ),
    to: 'in_progress',
  },
  { action: 'approve', legal: ['verified'], run: (r) => approve(r, { by: 'user:1' }, at), to: 'in_progress' },
  {
    action: 'extend',
    legal: ['received', 'awaiting_verification', 'verified', 'in_progress'],
    run: (r) => extend(r, extendInput, at),
  },
  {
    action: 'deny',
    legal: ['received', 'awaiting_verification', 'verified', 'in_progress'],
    run: (r) =>
      deny(
        r,
        { ground: 'manifestly_unfounded', reasons: 'Fifth identical request this week.', by: 'user:1' },
        at,
      ),
    to: 'denied',
  },
  {
    action: 'withdraw',
    legal: ['received', 'awaiting_verification', 'verified', 'in_progress'],
    run: (r) => withdraw(r, { by: 'person' }, at),
    to: 'withdrawn',
  },
  {
    action: 'complete',
    legal: ['in_progress'],
    run: (r) => complete(r, { by: 'user:1' }, at),
    to: 'completed',
  },
];

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof GrondslagError ? e.code : `not a GrondslagError: ${String(e)}`;
  }
}

describe('request state machine', () => {
  for (const c of cases) {
    for (const status of requestStatuses) {
      const legal = c.legal.includes(status);
      it(`${c.action} from ${status} is ${legal ? 'allowed' : 'refused'}`, () => {
        const before = request(status);
        if (legal) {
          const t = c.run(before);
          expect(t.request.status).toBe(c.to ?? status);
          expect(t.event.at).toEqual(at);
          expect(t.request.updatedAt).toEqual(at);
          // The input request is never modified: transitions are pure.
          expect(before.status).toBe(status);
        } else {
          expect(errorCode(() => c.run(before))).toBe('DSR_ILLEGAL_TRANSITION');
        }
      });
    }
  }

  it('offers the same actions the life cycle allows', () => {
    for (const c of cases) {
      expect([...allowedFrom[c.action as keyof typeof allowedFrom]].sort(), c.action).toEqual(
        [...c.legal].sort(),
      );
    }
  });

  it('closes the request with a timestamp on deny, withdraw and complete', () => {
    expect(
      deny(request('verified'), { ground: 'excessive', reasons: 'x', by: 'u' }, at).request.closedAt,
    ).toEqual(at);
    expect(withdraw(request('received'), { by: 'person' }, at).request.closedAt).toEqual(at);
    const done = complete(request('in_progress'), { by: 'u' }, at).request;
    expect(done.closedAt).toEqual(at);
    expect(done.answeredAt).toEqual(at);
  });

  it('refuses a refusal or doubt without reasons', () => {
    expect(errorCode(() => deny(request('verified'), { ground: 'other', reasons: '  ', by: 'u' }, at))).toBe(
      'DSR_REASONS_REQUIRED',
    );
    expect(errorCode(() => recordDoubt(request('received'), { reason: '', by: 'u' }, at))).toBe(
      'DSR_REASONS_REQUIRED',
    );
  });

  it('refuses an e-mail code as proof once an operator doubts the identity, but takes an ID copy', () => {
    const doubted = recordDoubt(
      request('awaiting_verification'),
      { reason: 'Mailbox may be shared.', by: 'u' },
      at,
    ).request;
    expect(errorCode(() => verify(doubted, { method: 'email_code' }, at))).toBe('DSR_DOUBT_PENDING');
    const v = verify(doubted, { method: 'id_copy', by: 'user:1' }, at).request;
    expect(v.status).toBe('verified');
    expect(v.verification).toEqual({ method: 'id_copy', verifiedAt: at, by: 'user:1' });
  });

  it('refuses to approve an unknown type until an operator sets it', () => {
    const r = request('verified', { type: 'unknown' });
    expect(errorCode(() => approve(r, { by: 'u' }, at))).toBe('DSR_TYPE_UNKNOWN');
    expect(availableActions(r)).not.toContain('approve');
    const typed = setType(r, { details: { type: 'access' }, by: 'u' }, at).request;
    expect(approve(typed, { by: 'u' }, at).request.status).toBe('in_progress');
  });

  describe('objection (Art. 21)', () => {
    const marketing: RequestDetails = { type: 'objection', ground: 'direct_marketing', purposes: [] };
    const interest: RequestDetails = {
      type: 'objection',
      ground: 'legitimate_interest',
      purposes: ['fraud'],
    };

    it('to direct marketing starts on verification and takes no decision', () => {
      expect(startsOnVerification({ details: marketing })).toBe(true);
      expect(
        errorCode(() =>
          decideObjection(request('verified', marketing), { outcome: 'rejected', reasons: 'x', by: 'u' }, at),
        ),
      ).toBe('DSR_ILLEGAL_TRANSITION');
    });

    it('on legitimate interest waits for the DPO: approve is refused, a rejection denies with reasons', () => {
      const r = request('verified', interest);
      expect(startsOnVerification(r)).toBe(false);
      expect(errorCode(() => approve(r, { by: 'u' }, at))).toBe('DSR_OBJECTION_DECISION_REQUIRED');
      expect(availableActions(r)).toContain('decideObjection');
      const t = decideObjection(
        r,
        { outcome: 'rejected', reasons: 'Fraud prevention outweighs.', by: 'user:dpo' },
        at,
      );
      expect(t.request.status).toBe('denied');
      expect(t.request.denial?.reasons).toBe('Fraud prevention outweighs.');
      expect(t.request.details).toMatchObject({ decision: { outcome: 'rejected', decidedBy: 'user:dpo' } });
    });

    it('decision on something that is not an objection is refused', () => {
      expect(
        errorCode(() =>
          decideObjection(request('verified'), { outcome: 'upheld', reasons: 'x', by: 'u' }, at),
        ),
      ).toBe('DSR_NOT_AN_OBJECTION');
    });
  });

  describe('extension (Art. 12(3))', () => {
    it('moves the due date and keeps the first one', () => {
      const t = extend(request('in_progress'), extendInput, at);
      expect(t.request.dueAt).toEqual(extendInput.newDueAt);
      expect(t.request.initialDueAt).toEqual(new Date('2026-03-30T09:00:00Z'));
      expect(t.request.extension?.notice).toContain('more time');
    });

    it('only once', () => {
      const once = extend(request('in_progress'), extendInput, at).request;
      expect(errorCode(() => extend(once, extendInput, at))).toBe('DSR_ALREADY_EXTENDED');
    });

    it('only within the first month', () => {
      const late = new Date('2026-03-30T09:00:01Z');
      expect(errorCode(() => extend(request('in_progress'), extendInput, late))).toBe(
        'DSR_EXTENSION_TOO_LATE',
      );
    });

    it('never past receipt + 3 months, and never to an earlier date', () => {
      const past = { ...extendInput, newDueAt: new Date('2026-06-02T09:00:01Z') };
      expect(errorCode(() => extend(request('verified'), past, at))).toBe('DSR_EXTENSION_TOO_LONG');
      const earlier = { ...extendInput, newDueAt: new Date('2026-03-20T09:00:00Z') };
      expect(errorCode(() => extend(request('verified'), earlier, at))).toBe('DSR_EXTENSION_TOO_LONG');
    });

    it('needs reasons and a notice', () => {
      expect(errorCode(() => extend(request('verified'), { ...extendInput, reasons: '' }, at))).toBe(
        'DSR_REASONS_REQUIRED',
      );
      expect(errorCode(() => extend(request('verified'), { ...extendInput, notice: ' ' }, at))).toBe(
        'DSR_REASONS_REQUIRED',
      );
    });
  });

  it('shows no actions on a closed request', () => {
    for (const s of ['completed', 'denied', 'withdrawn'] as const)
      expect(availableActions(request(s))).toEqual([]);
  });
});
