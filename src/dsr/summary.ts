import { deadlineState } from './deadline.js';
import type { DsrRequest } from './request.js';

/** A request as the CLI and the API show it: status and dates, never identity values. */
export function requestSummary(r: DsrRequest, now: Date) {
  const deadline = deadlineState(r, now);
  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    channel: r.channel,
    language: r.language,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    extended: r.extension !== undefined,
    deadline: deadline.flag,
    daysLeft: deadline.daysLeft,
    duplicates: r.duplicates,
    ...(r.verification
      ? {
          verification: {
            method: r.verification.method,
            verifiedAt: r.verification.verifiedAt.toISOString(),
          },
        }
      : {}),
    ...(r.closedAt ? { closedAt: r.closedAt.toISOString() } : {}),
  };
}

export type RequestSummary = ReturnType<typeof requestSummary>;
