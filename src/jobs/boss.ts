import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import { GrondslagError } from '../errors.js';
import type { Db, Queryable } from '../store/db.js';

/**
 * pg-boss on Grondslag's store. On PostgreSQL pg-boss gets the connection string and its own small
 * pool; on the embedded PGlite it gets an adapter over the one PGlite instance, since nothing else can
 * open that database.
 */

/** pg-boss's database contract: run one statement, or a parameterless script, and return rows. */
export type BossDb = PgBoss.Db;

/** Intervals of pg-boss's housekeeping; the defaults suit production, tests shorten them. */
export interface BossTuning {
  /**
   * How often expired attempts are failed (and so retried) and old jobs archived (pg-boss default
   * 120 s). A job held by a crashed process is retried within `expireInSeconds` plus this.
   */
  maintenanceIntervalSeconds?: number;
  /** How often the cron schedules are evaluated (1–45, default 30). */
  cronMonitorIntervalSeconds?: number;
  /** How often jobs due from cron are moved into their queues (1–45, default 5). */
  cronWorkerIntervalSeconds?: number;
}

export interface BossTarget {
  db: Db;
  /** Required when `db` is PostgreSQL: pg-boss opens its own pool on it. */
  url?: string;
}

/**
 * Creates (does not start) a pg-boss instance on the store.
 *
 * @param background run maintenance (expiry of crashed attempts, archiving) and cron in this process;
 *   off for short-lived clients such as CLI commands that only enqueue.
 * @example
 *   const boss = createBoss({ db }, { background: true });
 *   await boss.start();
 */
export function createBoss(
  target: BossTarget,
  options: { background: boolean; tuning?: BossTuning },
): PgBoss {
  const common = {
    supervise: options.background,
    schedule: options.background,
    ...options.tuning,
  };
  if (target.db.driver === 'postgres') {
    if (!target.url) {
      throw new GrondslagError('JOBS_NEEDS_URL', 'pg-boss on PostgreSQL needs the connection URL', {
        kind: 'internal',
      });
    }
    return new PgBoss({
      connectionString: target.url,
      application_name: 'grondslag-jobs',
      max: 4,
      ...common,
    });
  }
  return new PgBoss({ db: pgliteBossDb(target.db), ...common });
}

function pgliteOf(db: Db): PGlite {
  const pg = (db as Db & { pglite?: PGlite }).pglite;
  if (!pg) throw new GrondslagError('JOBS_NEEDS_PGLITE', 'expected a PGlite store', { kind: 'internal' });
  return pg;
}

/**
 * pg-boss over the PGlite instance. PGlite's parameterised `query` takes exactly one statement, but
 * pg-boss sends its schema set-up and maintenance as parameterless multi-statement scripts wrapped in
 * BEGIN … COMMIT; those go through `exec` (simple protocol) and return the last statement's rows,
 * which is what node-postgres callers of a single statement expect.
 */
export function pgliteBossDb(db: Db): BossDb {
  const pg = pgliteOf(db);
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) {
        const r = await pg.query(text, values);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
      }
      try {
        const results = await pg.exec(text);
        const last = results.at(-1);
        return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0 };
      } catch (e) {
        // A script that fails after its BEGIN leaves PGlite's only connection inside an aborted
        // transaction, and every later statement would fail too. On a server that is one pooled
        // connection; here it would be the whole database.
        if (/^\s*BEGIN\b/i.test(text)) await pg.exec('ROLLBACK').catch(() => {});
        throw e;
      }
    },
  };
}

/** pg-boss over an open transaction, so that pg-boss's write (complete, fail, send) joins it. */
export function transactionBossDb(tx: Queryable): BossDb {
  return {
    async executeSql(text: string, values?: unknown[]) {
      return tx.query(text, values ?? []);
    },
  };
}
