import { appendAudit } from '../audit/log.js';
import type { Queryable } from '../store/db.js';
import { deadlineState, NEAR_DUE_DAYS } from './deadline.js';
import type { EventKind, RequestStatus, RequestType } from './request.js';
import { insertEvent } from './store.js';

/**
 * The daily deadline check (job `dsr.deadline-check`): open requests past or near their due date are
 * flagged once per due date — an event on the request and an audit entry — so that the console, the
 * audit log and the DPO's mail all show the same thing. After an extension the new due date can be
 * flagged again.
 */

export interface FlaggedRequest {
  id: string;
  reference: string;
  type: RequestType;
  dueAt: Date;
}

export interface DeadlineReport {
  overdue: FlaggedRequest[];
  near: FlaggedRequest[];
  /** Flagged for the first time (for this due date) by this run. */
  newlyOverdue: FlaggedRequest[];
  newlyNear: FlaggedRequest[];
}

/**
 * Flags overdue and near-due requests in `tx` (the job's completion transaction) and returns them.
 *
 * @example
 *   const report = await ctx.complete((tx) => checkDeadlines(tx, new Date()));
 */
export async function checkDeadlines(
  tx: Queryable,
  now: Date,
  actor = 'system:dsr',
): Promise<DeadlineReport> {
  const horizon = new Date(now.getTime() + NEAR_DUE_DAYS * 24 * 3600_000);
  const { rows } = await tx.query<{
    id: string;
    reference: string;
    type: RequestType;
    status: RequestStatus;
    due_at: Date;
    flagged: string[] | null;
  }>(
    `select r.id, r.reference, r.type, r.status, r.due_at,
            (select array_agg(e.kind) from grondslag.dsr_event e
              where e.request_id = r.id and e.kind in ('deadline_overdue', 'deadline_near')
                and e.data->>'dueAt' = to_char(r.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) as flagged
       from grondslag.dsr_request r
      where r.status not in ('completed', 'denied', 'withdrawn') and r.due_at <= $1
      order by r.due_at, r.id`,
    [horizon],
  );
  const report: DeadlineReport = { overdue: [], near: [], newlyOverdue: [], newlyNear: [] };
  const toFlag: { r: FlaggedRequest; kind: EventKind; status: RequestStatus }[] = [];
  for (const row of rows) {
    const r: FlaggedRequest = { id: row.id, reference: row.reference, type: row.type, dueAt: row.due_at };
    const flag = deadlineState({ dueAt: row.due_at, status: row.status }, now).flag;
    const flagged = row.flagged ?? [];
    if (flag === 'overdue') {
      report.overdue.push(r);
      if (!flagged.includes('deadline_overdue')) {
        report.newlyOverdue.push(r);
        toFlag.push({ r, kind: 'deadline_overdue', status: row.status });
      }
    } else if (flag === 'near') {
      report.near.push(r);
      if (!flagged.includes('deadline_near')) {
        report.newlyNear.push(r);
        toFlag.push({ r, kind: 'deadline_near', status: row.status });
      }
    }
  }
  for (const { r, kind } of toFlag) {
    await insertEvent(tx, r.id, { kind, at: now, actor: 'system', data: { dueAt: r.dueAt.toISOString() } });
  }
  // Audit entries last (they take the log's lock until commit).
  for (const { r, kind, status } of toFlag) {
    await appendAudit(
      tx,
      {
        actor,
        action: `dsr.${kind}`,
        subjectType: 'dsr_request',
        subjectId: r.id,
        data: { type: r.type, status, dueAt: r.dueAt.toISOString() },
      },
      { now: () => now },
    );
  }
  await appendAudit(
    tx,
    {
      actor,
      action: 'dsr.deadline_check',
      data: {
        overdue: report.overdue.length,
        near: report.near.length,
        newlyOverdue: report.newlyOverdue.length,
        newlyNear: report.newlyNear.length,
      },
    },
    { now: () => now },
  );
  return report;
}
