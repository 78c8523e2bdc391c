import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/log.js';
import type { Db, Queryable } from '../store/db.js';
import { type AuditDiff, diffAudits } from './diff.js';
import type { CookieAuditReport } from './report.js';

/**
 * The history of scheduled cookie audits (table grondslag.cookie_audit, migration 0007): each run's
 * report and what changed since the previous completed run of the same URL.
 */

export interface CookieAuditRun {
  id: string;
  url: string;
  site: string | null;
  startedAt: Date;
  finishedAt: Date;
  status: 'completed' | 'failed';
  jobId: string | null;
  errors: number;
  warnings: number;
  cookies: number;
  thirdParties: number;
  diff: AuditDiff | null;
  error: string | null;
}

export interface CookieAuditRunWithReport extends CookieAuditRun {
  report: CookieAuditReport | null;
}

interface Row {
  id: string;
  url: string;
  site: string | null;
  started_at: Date;
  finished_at: Date;
  status: 'completed' | 'failed';
  job_id: string | null;
  errors: number;
  warnings: number;
  cookies: number;
  third_parties: number;
  diff: AuditDiff | string | null;
  error: string | null;
  report?: CookieAuditReport | string | null;
}

/** jsonb arrives parsed from pg and PGlite alike, but tolerate text from a driver that does not parse it. */
function json<T>(value: T | string | null | undefined): T | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

function fromRow(r: Row): CookieAuditRun {
  return {
    id: r.id,
    url: r.url,
    site: r.site,
    startedAt: new Date(r.started_at),
    finishedAt: new Date(r.finished_at),
    status: r.status,
    jobId: r.job_id,
    errors: r.errors,
    warnings: r.warnings,
    cookies: r.cookies,
    thirdParties: r.third_parties,
    diff: json<AuditDiff>(r.diff),
    error: r.error,
  };
}

const SUMMARY_COLUMNS =
  'id, url, site, started_at, finished_at, status, job_id, errors, warnings, cookies, third_parties, diff, error';

export type CookieAuditOutcome =
  | { url: string; startedAt: Date; finishedAt: Date; report: CookieAuditReport }
  | { url: string; startedAt: Date; finishedAt: Date; error: string };

async function insertRun(
  tx: Queryable,
  outcome: CookieAuditOutcome,
  jobId: string | undefined,
): Promise<CookieAuditRun> {
  const { rows: previous } = await tx.query<{ id: string; report: CookieAuditReport | string }>(
    `select id, report from grondslag.cookie_audit
      where url = $1 and status = 'completed' order by started_at desc, finished_at desc limit 1`,
    [outcome.url],
  );
  const prior = previous[0];
  const report = 'report' in outcome ? outcome.report : null;
  const diff = report ? diffAudits(prior ? json(prior.report) : null, report, prior?.id ?? null) : null;
  const { rows } = await tx.query<Row>(
    `insert into grondslag.cookie_audit
       (id, url, site, started_at, finished_at, status, job_id, errors, warnings, cookies, third_parties, report, diff, error)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     returning ${SUMMARY_COLUMNS}`,
    [
      randomUUID(),
      outcome.url,
      report?.site ?? null,
      outcome.startedAt,
      outcome.finishedAt,
      report ? 'completed' : 'failed',
      jobId ?? null,
      report?.summary.error ?? 0,
      report?.summary.warning ?? 0,
      report?.summary.cookies ?? 0,
      report?.summary.thirdParties.length ?? 0,
      report ? JSON.stringify(report) : null,
      diff ? JSON.stringify(diff) : null,
      'error' in outcome ? outcome.error : null,
    ],
  );
  return fromRow(rows[0] as Row);
}

/**
 * Stores runs in the caller's transaction, each with its diff against the previous completed run of
 * its URL, then records them in the audit log (ids and counts only) as the transaction's last step.
 *
 * @example
 *   await db.transaction((tx) => recordCookieAudits(tx, [{ url, startedAt, finishedAt, report }]));
 */
export async function recordCookieAudits(
  tx: Queryable,
  outcomes: CookieAuditOutcome[],
  options: { jobId?: string; actor?: string } = {},
): Promise<CookieAuditRun[]> {
  const runs: CookieAuditRun[] = [];
  for (const outcome of outcomes) runs.push(await insertRun(tx, outcome, options.jobId));
  for (const run of runs) {
    await appendAudit(tx, {
      actor: options.actor ?? 'system:cookies',
      action: run.status === 'completed' ? 'cookies.audited' : 'cookies.audit_failed',
      subjectType: 'cookie_audit',
      subjectId: run.id,
      data:
        run.status === 'completed'
          ? {
              errors: run.errors,
              warnings: run.warnings,
              cookies: run.cookies,
              newCookies: run.diff?.newCookies.length ?? 0,
              newThirdParties: run.diff?.newThirdParties.length ?? 0,
            }
          : {},
    });
  }
  return runs;
}

/** The latest runs, newest first, without their reports. */
export async function listCookieAudits(
  db: Queryable,
  options: { limit?: number } = {},
): Promise<CookieAuditRun[]> {
  const { rows } = await db.query<Row>(
    `select ${SUMMARY_COLUMNS} from grondslag.cookie_audit order by started_at desc, id limit $1`,
    [options.limit ?? 50],
  );
  return rows.map(fromRow);
}

/** One run with its report, or undefined. */
export async function getCookieAudit(
  db: Db | Queryable,
  id: string,
): Promise<CookieAuditRunWithReport | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await db.query<Row>(
    `select ${SUMMARY_COLUMNS}, report from grondslag.cookie_audit where id = $1`,
    [id],
  );
  const r = rows[0];
  return r ? { ...fromRow(r), report: json<CookieAuditReport>(r.report) } : undefined;
}
