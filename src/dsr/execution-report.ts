import type { Sealer } from '../crypto/sealed.js';
import type { Queryable } from '../store/db.js';
import { summariseStep } from './certificate.js';
import { type ExecutionRecord, type KeptCount, loadExecution, loadSteps } from './execution-store.js';
import type { DsrRequest } from './request.js';
import { loadRequest } from './store.js';

/**
 * Where a request's execution stands, for `grondslag dsr show`, the console's request page and the
 * API: the request's status and due date, and per system/collection the rows found, erased,
 * anonymised, kept (and why) and updated. Counts, reasons and field names only — never a value.
 */

export interface CollectionProgress {
  system: string;
  collection: string;
  status: 'pending' | 'found' | 'acting' | 'done';
  /** What the plan does with the rows: read, delete, anonymise, update, restrict. */
  action: string;
  found: number;
  erased: number;
  anonymised: number;
  kept: number;
  updated: number;
  keptFor: KeptCount[];
  fields: { field: string; treatment: string; operator?: string }[];
}

export interface ExecutionReport {
  request: {
    id: string;
    reference: string;
    type: DsrRequest['type'];
    status: DsrRequest['status'];
    language: DsrRequest['language'];
    receivedAt: string;
    dueAt: string;
    overdue: boolean;
  };
  execution: {
    kind: ExecutionRecord['kind'];
    status: ExecutionRecord['status'];
    startedAt: string;
    finishedAt: string | null;
    attempts: number;
    lastError: string | null;
    warnings: string[];
    collections: CollectionProgress[];
    totals: { found: number; erased: number; anonymised: number; kept: number; updated: number };
    outcome: Record<string, unknown> | null;
  } | null;
}

/**
 * @example
 *   const report = await executionReport(db, sealer, 'DSR-2026-0001', new Date());
 *   report.execution?.collections.find((c) => c.collection === 'invoices')?.keptFor;
 *   // [{ reason: 'tax_record', article: 'GDPR Art. 17(3)(b); AWR art. 52 (7 years)', rows: 4 }]
 */
export async function executionReport(
  q: Queryable,
  sealer: Sealer,
  idOrReference: string,
  now: Date,
): Promise<ExecutionReport> {
  const r = await loadRequest(q, sealer, idOrReference);
  const request = {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    language: r.language,
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    overdue: r.dueAt.getTime() < now.getTime() && !['completed', 'denied', 'withdrawn'].includes(r.status),
  };
  const exec = await loadExecution(q, r.id);
  if (!exec) return { request, execution: null };
  const steps = new Map((await loadSteps(q, r.id)).map((s) => [s.step, s]));
  const collections = exec.plan.steps.map((ps): CollectionProgress => {
    const s = steps.get(ps.step);
    return {
      ...summariseStep(ps, s),
      status: s?.status ?? 'pending',
      action: ps.rows,
      updated: s?.rowsUpdated ?? 0,
    };
  });
  const sum = (f: (c: CollectionProgress) => number) => collections.reduce((n, c) => n + f(c), 0);
  return {
    request,
    execution: {
      kind: exec.kind,
      status: exec.status,
      startedAt: exec.startedAt.toISOString(),
      finishedAt: exec.finishedAt?.toISOString() ?? null,
      attempts: exec.attempts,
      lastError: exec.lastError,
      warnings: exec.plan.warnings,
      collections,
      totals: {
        found: sum((c) => c.found),
        erased: sum((c) => c.erased),
        anonymised: sum((c) => c.anonymised),
        kept: sum((c) => c.kept),
        updated: sum((c) => c.updated),
      },
      outcome: exec.outcome,
    },
  };
}
